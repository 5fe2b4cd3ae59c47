import ArgumentParser
import Foundation
import KofuCore
import KofuStore

/// The terminals that reach the store through the center: each gets a secret, shown once, kept only as a hash.
struct CenterTerminalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminal",
        abstract: "Add (with a secret), list and revoke the terminals that use the center.",
        subcommands: [Add.self, TerminalCommand.List.self, TerminalCommand.Revoke.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Register a kiosk or window for the center and print its token once (`--terminal-key` file).")

        @OptionGroup var fields: TerminalFields

        @Option(help: "Write the token to this new owner-only file instead of printing it.")
        var keyFile: String?

        func run() throws {
            if let keyFile, FileManager.default.fileExists(atPath: keyFile) {
                throw CommandFailure("\(keyFile) exists already; a token goes only into a new file")
            }
            let registry = TerminalRegistry(database: try StoreLocation.open(fields.db))
            let (terminal, token) = try registry.addNetworked(fields.id, kind: fields.kind, site: fields.site, at: Date())
            if let keyFile {
                guard FileManager.default.createFile(atPath: keyFile, contents: Data((token.text + "\n").utf8),
                                                     attributes: [.posixPermissions: 0o600]) else {
                    throw CommandFailure("cannot write \(keyFile); the terminal is registered: revoke it and add it again")
                }
                print("Registered \(terminal.kind.rawValue) terminal \(terminal.id); its token is in \(keyFile).")
            } else {
                print("Registered \(terminal.kind.rawValue) terminal \(terminal.id). Its token, shown only now:")
                print(token.text)
            }
        }
    }
}
