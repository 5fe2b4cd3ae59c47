import ArgumentParser
import KofuCore
import KofuStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports from the fee ledger.", subcommands: [Daily.self, Monthly.self, Chart.self, OpenData.self])

    struct Daily: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "daily",
            abstract: "日計表: one business day by channel and certificate kind, with exemptions, refunds and till closes.")

        @Option(help: "The database file.")
        var db: String

        @Option(help: "The business date (YYYY-MM-DD, Japan time).")
        var date: String

        @Option(help: "table, csv or json.")
        var format: OutputFormat = .table

        func validate() throws {
            try BusinessDateArgument.validate(date)
        }

        func run() throws {
            let database = try StoreLocation.open(db, readOnly: true)
            let (summary, unexpected) = try database.dailySummaryAndUnexpectedRows(businessDate: date)
            switch format {
            case .table:
                print(DailySummaryFormat.table(summary), terminator: "")
            case .csv: print(DailySummaryFormat.csv(summary), terminator: "")
            case .json: print(try DailySummaryFormat.json(summary), terminator: "")
            }
            try UnexpectedRowsReport.report(unexpected)
        }
    }
}
