import ArgumentParser
import Foundation
import KofuCore
import KofuStore

struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "The mock individual-number certificate store.",
        subcommands: [Init.self, PublicKey.self, Cards.self, Migrate.self])

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "init",
            abstract: "Create a database and load residents, cards, seals and income records from a seed file.")

        @Option(help: "The database file to create (must not exist).")
        var db: String

        @Option(help: "Seed file (JSON; default: the demo residents in Assets/demo/seed.json).")
        var seed: String?

        @OptionGroup var signing: KeyOption

        func run() throws {
            let url = try seed.map { URL(fileURLWithPath: $0) } ?? Assets.locate().demoSeed
            let file = try SeedFile.load(from: url)
            try file.validate()
            let key = try SigningKey.openOrCreate(at: signing.path(besideDatabase: db))
            let database = try SeededDatabase.create(at: db, signingKey: key, seed: file,
                                                     progress: ProgressBar("Hashing PINs and passwords"))
            // The database as its messages name it: a server's URL without the password.
            let named = database.path
            print("Created \(named): \(file.residents.count) residents, \(file.credentials.count) credentials.")
            print("Signing key \(key.path) (\(key.created ? "new" : "existing, kept")); publish its public key, "
                + "printed by `kofu store public-key --db \(named)`.")
        }
    }

    struct PublicKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "public-key",
            abstract: "Print the city's public key (PEM), which anyone can verify printed certificates with.")

        @Option(help: "The database file.")
        var db: String

        func run() throws {
            print(try StoreLocation.open(db, readOnly: true).publicKey().pem)
        }
    }

    struct Cards: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "cards",
            abstract: "List the credentials: id, kind, holder, state and tries left (never a PIN).")

        @Option(help: "The database file.")
        var db: String

        func run() throws {
            let today = CityClock.japan.businessDate(Date())
            let rows = try StoreLocation.open(db, readOnly: true).listCredentials().map {
                [$0.id, $0.kind.rawValue, $0.holder, $0.expiresOn < today ? "expired" : $0.state.rawValue,
                 String($0.triesLeft), $0.expiresOn]
            }
            print(TextTable.render(header: ["id", "kind", "holder", "state", "tries_left", "expires_on"], rows: rows,
                                   rightAligned: ["tries_left"]), terminator: "")
        }
    }

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Move a city's store from its SQLite file to a PostgreSQL database, verifying both sides.",
            discussion: """
                The file's ledger must verify; every table is copied in one transaction, then the copy's ledger is \
                verified and every table counted on both sides. The file is left as it was. Stop the terminals \
                first: what they write during the copy would stay behind in the file.
                """)

        @Option(help: "The SQLite database file to move.")
        var from: String

        @Option(help: "The PostgreSQL database to move it to (postgres://user@host:port/dbname), holding no store.")
        var to: String

        func run() throws {
            guard StoreLocation.isServer(to), !StoreLocation.isServer(from) else {
                throw ValidationError("--from is an SQLite file and --to a postgres:// URL")
            }
            // Read only: the file is left exactly as it was (a file of an older Kofu is refused, not upgraded).
            let source = try StoreLocation.open(from, readOnly: true)
            let target = try StoreLocation.createEmpty(to)
            do {
                let report = try source.copy(into: target)
                let counts = KofuDatabase.tables.map { "\($0) \(report.rows[$0] ?? 0)" }.joined(separator: ", ")
                print("Moved \(from) to \(target.path): \(counts).")
                print("Both verify: \(LedgerVerdict.intact(report.ledger).description)")
            } catch {
                try? target.backend.close()
                StoreLocation.remove(to)
                throw error
            }
        }
    }
}
