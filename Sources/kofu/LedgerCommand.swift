import ArgumentParser
import KofuCore
import KofuStore

struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger", abstract: "The fee ledger.", subcommands: [List.self])

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print ledger rows (charges, refunds, exemptions) in order, optionally for one business day.")

        @Option(help: "The database file.")
        var db: String

        @Option(help: "Only this business date (YYYY-MM-DD, Japan time).")
        var date: String?

        @Option(help: "table, csv or json.")
        var format: Format = .table

        func validate() throws {
            if let date, date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
                throw ValidationError("--date must look like 2026-11-25")
            }
        }

        func run() throws {
            let entries = try KofuDatabase.open(at: db, readOnly: true).ledgerEntries(businessDate: date)
            switch format {
            case .table: print(LedgerFormat.table(entries), terminator: "")
            case .csv: print(LedgerFormat.csv(entries), terminator: "")
            case .json: print(try LedgerFormat.json(entries), terminator: "")
            }
        }
    }
}
