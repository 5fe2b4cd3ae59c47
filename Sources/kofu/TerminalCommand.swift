import ArgumentParser
import Foundation
import KofuCore
import KofuStore

/// The terminals a kiosk or window may run as. Nothing takes money under an id that is not registered here.
struct TerminalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminal",
        abstract: "Register, list and revoke the kiosks and window tills of this store.",
        subcommands: [Add.self, List.self, Revoke.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Register a kiosk or a window till.")

        @OptionGroup var fields: TerminalFields

        func run() throws {
            let terminal = try TerminalRegistry(database: try StoreLocation.open(fields.db))
                .add(fields.id, kind: fields.kind, site: fields.site, at: Date())
            print("Registered \(terminal.kind.rawValue) terminal \(terminal.id).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the terminals: id, kind, site, when registered and revoked.")

        @Option(help: "The database file.")
        var db: String

        func run() throws {
            let rows = try TerminalRegistry(database: try StoreLocation.open(db, readOnly: true)).list().map {
                [$0.id, $0.kind.rawValue, $0.site, LedgerTime.minute($0.registeredAt), $0.revokedAt.map { LedgerTime.minute($0) } ?? ""]
            }
            print(TextTable.render(header: ["id", "kind", "site", "registered", "revoked"], rows: rows), terminator: "")
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke",
            abstract: "Revoke a terminal: it can no longer start or take money; its ledger rows stay.")

        @Option(help: "The database file.")
        var db: String

        @Option(help: "The terminal id.")
        var id: String

        func run() throws {
            try TerminalRegistry(database: try StoreLocation.open(db)).revoke(id, at: Date())
            print("Revoked terminal \(id).")
        }
    }
}

/// What registering a terminal takes, for `terminal add` and `center terminal add`.
struct TerminalFields: ParsableArguments {
    @Option(help: "The database file.")
    var db: String

    @Option(help: "The terminal id: 1 to 32 letters, digits or hyphens (e.g. KIOSK-0001).")
    var id: String

    @Option(help: "kiosk or window.")
    var kind: Channel

    @Option(help: "Where it stands (shop, counter), for the operator.")
    var site = ""
}

extension Channel: ExpressibleByArgument {}
