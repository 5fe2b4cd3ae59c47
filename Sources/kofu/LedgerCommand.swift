import ArgumentParser
import Foundation
import KofuCore
import KofuStore

struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger", abstract: "The fee ledger.", subcommands: [List.self, Verify.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list",
            abstract: "Print ledger rows (charges, refunds, exemptions) in order, optionally for one business day.",
            discussion: """
                CSV is written as the rows are read, from one consistent snapshot of the file: while an export is \
                being read (a pager left open on it), kiosks go on writing, but the database's WAL file cannot be \
                folded back into it and grows until the export ends.
                """)

        @Option(help: "The database file.")
        var db: String

        @Option(help: "Only this business date (YYYY-MM-DD, Japan time).")
        var date: String?

        @Option(help: "table, csv or json.")
        var format: OutputFormat = .table

        func validate() throws {
            if let date { try BusinessDateArgument.validate(date) }
        }

        func run() throws {
            let database = try StoreLocation.open(db, readOnly: true)
            let output = StandardOutput()
            // CSV goes out row by row as it is read; a table needs every row for its widths, JSON for its brackets.
            var entries: [LedgerEntry] = []
            if format == .csv { try output.write(LedgerFormat.csvHeader) }
            let unexpected = try database.forEachLedgerEntry(businessDate: date) { entry in
                if format == .csv { try output.write(LedgerFormat.csvLine(entry)) } else { entries.append(entry) }
            }
            switch format {
            case .table: try output.write(LedgerFormat.table(entries))
            case .csv: break
            case .json: try output.write(try LedgerFormat.json(entries))
            }
            try output.flush()
            try UnexpectedRowsReport.report(unexpected)
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "verify",
            abstract: "Check the hash chains of the ledger, the till closes and the audit trail.",
            discussion: """
                Exits 0 and prints the ledger's row count, yen total and head hash when every chain is intact; \
                otherwise exits 1 and names the first row that was edited, deleted, inserted or moved, and what \
                differs. Each till close recorded the ledger head it saw and is signed with the city's key, so a \
                closed day rewritten with every later hash recomputed is caught too, even with its close remade.
                """)

        @Option(help: "The database file.")
        var db: String

        @Option(name: .customLong("public-key"),
                help: ArgumentHelp("The city's published key (PEM) to check the closes' signatures with (default: the "
                                   + "key the database holds, which whoever can write the file could replace).",
                                   valueName: "file"))
        var publicKey: String?

        @Option(name: .customLong("signed-from"),
                help: ArgumentHelp("With --public-key: the seq of the first till close the city signed (default 1, "
                                   + "every close; less only for a database older than signed closes).",
                                   valueName: "seq"))
        var signedFrom: Int64?

        func validate() throws {
            if signedFrom != nil, publicKey == nil { throw ValidationError("--signed-from goes with --public-key") }
            if let signedFrom, signedFrom < 1 { throw ValidationError("--signed-from is a seq, 1 or more") }
        }

        func run() throws {
            let key = try publicKey.map(CityPublicKey.read(file:))
            let database = try StoreLocation.open(db, readOnly: true)
            if let key, let held = try? database.publicKey(), held != key {
                // Said apart from the verdict: a wrong file given here would otherwise read as every close forged.
                FileHandle.standardError.write(Data(("note: the database holds another public key than \(publicKey!): "
                    + "it was replaced in the file, or that file is not this city's key\n").utf8))
            }
            let verdict = try database.verifyLedger(key: key, signedFrom: signedFrom)
            print(verdict)
            if case .tampered = verdict { throw ExitCode(1) }
        }
    }
}
