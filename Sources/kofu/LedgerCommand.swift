import ArgumentParser
import KofuCore
import KofuStore

struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger", abstract: "The fee ledger.", subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print ledger rows (charges, refunds, exemptions) in order, optionally for one business day.")

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
            let database = try KofuDatabase.open(at: db, readOnly: true)
            let entries = try database.ledgerEntries(businessDate: date)
            switch format {
            case .table: print(LedgerFormat.table(entries), terminator: "")
            case .csv: print(LedgerFormat.csv(entries), terminator: "")
            case .json: print(try LedgerFormat.json(entries), terminator: "")
            }
            try UnexpectedRowsReport.report(try database.unexpectedLedgerRows(businessDate: date))
        }
    }
}
