import ArgumentParser
import Foundation
import Hummingbird
import KofuCenter
import KofuCenterClient
import KofuCore
import KofuStore
import Logging

/// `kofu center`: the issuance center that terminals on the network reach (`CenterRoute`), and its terminals.
struct CenterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "center",
        abstract: "Serve the store to kiosks and windows over HTTP (the issuance center), and manage their secrets.",
        subcommands: [Serve.self, CenterTerminalCommand.self],
        defaultSubcommand: Serve.self)

    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve", abstract: "Serve the center's API (the default): `kofu center --db PATH`.")

        @Option(help: "The store's database file (made by `kofu store init`).")
        var db: String

        @Option(help: "HOST:PORT to listen on; port 0 takes a free one, printed when the center is ready.")
        var listen = "127.0.0.1:8443"

        @Option(help: "Start the center's clock here (as for the kiosk), for demos and tests.")
        var now: String?

        @Option(name: .customLong("tls-cert"), help: "The center's certificate chain (PEM); with --tls-key, HTTPS only.")
        var tlsCert: String?

        @Option(name: .customLong("tls-key"), help: "The private key of --tls-cert (PEM).")
        var tlsKey: String?

        @OptionGroup var signing: KeyOption

        func validate() throws {
            guard (tlsCert == nil) == (tlsKey == nil) else { throw ValidationError("--tls-cert and --tls-key go together") }
            _ = try address()
            _ = try RunningClock.start(from: now)
        }

        func address() throws -> (host: String, port: Int) {
            guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
                  (0...65535).contains(port), colon != listen.startIndex else {
                throw ValidationError("--listen \(listen) is not HOST:PORT, such as 127.0.0.1:8443")
            }
            return (String(listen[..<colon]), port)
        }

        func run() throws {
            let database = try StoreLocation.open(db)
            let signingKey = try database.signingKey(at: signing.path(besideDatabase: db))
            let assets = try Assets.locate()
            let clock = RunningClock(start: try RunningClock.start(from: now))
            let services = try CenterWiring.services(database: database, signingKey: signingKey, assets: assets,
                                                     now: clock.now)
            let (host, port) = try address()
            var logger = Logger(label: "kofu.center")
            logger.logLevel = .info
            let tls = tlsCert.flatMap { cert in tlsKey.map { CenterTLS(certificateFile: cert, keyFile: $0) } }
            let scheme = tls == nil ? "http" : "https"
            let app = try CenterServer.application(services, host: host, port: port, tls: tls, logger: logger) { bound in
                // Unbuffered: whoever started the center waits for this line to know where it is.
                FileHandle.standardOutput.write(Data("kofu center listening on \(scheme)://\(host):\(bound)\n".utf8))
            }
            try Waiting.result { try await app.runService() }.get()
        }
    }
}
