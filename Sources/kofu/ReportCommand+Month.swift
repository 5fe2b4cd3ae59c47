import ArgumentParser
import Foundation
import KofuCore
import KofuStore

/// A month given on the command line, and the month's report read from the ledger.
struct MonthOptions: ParsableArguments {
    @Option(help: "The database file (or postgres:// URL).")
    var db: String

    @Option(help: "The month (YYYY-MM, business dates in Japan time).")
    var month: String

    func validate() throws {
        guard MonthlyReport.range(of: month) != nil else {
            throw ValidationError("--month \(month) is not a month such as 2026-11")
        }
    }

    /// The report, with the ledger rows its rules do not allow named on standard error (exit 1) after `use`.
    func report(_ use: (MonthlyReport, KofuDatabase) throws -> Void) throws {
        let database = try StoreLocation.open(db, readOnly: true)
        let range = MonthlyReport.range(of: month)!
        let (entries, unexpected) = try database.ledgerEntries(from: range.from, before: range.before)
        try use(MonthlyReport(month: month, entries: entries), database)
        try UnexpectedRowsReport.report(unexpected)
    }
}

extension ReportCommand {
    struct Monthly: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "monthly",
            abstract: "月計表: a month by channel and certificate kind, and day by day.")

        @OptionGroup var options: MonthOptions

        @Option(help: "table, csv or json.")
        var format: OutputFormat = .table

        func run() throws {
            try options.report { report, _ in
                switch format {
                case .table: print(MonthlyReportFormat.table(report), terminator: "")
                case .csv: print(MonthlyReportFormat.csv(report), terminator: "")
                case .json: print(try MonthlyReportFormat.json(report), terminator: "")
                }
            }
        }
    }

    struct Chart: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "chart",
            abstract: "A month's issuances per day as an SVG bar chart, stacked by channel and certificate kind.")

        @OptionGroup var options: MonthOptions

        @Option(help: "The SVG file to write.")
        var out: String

        func run() throws {
            try options.report { report, database in
                let svg = IssuanceChart.svg(report, city: try database.municipality().name,
                                            strings: try Assets.locate().strings())
                do {
                    try Data(svg.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    throw CommandFailure("cannot write \(out): \(error.localizedDescription)")
                }
            }
        }
    }

    struct OpenData: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "opendata",
            abstract: "A month's issuance counts per certificate kind and channel as open-data CSV (UTF-8).",
            discussion: """
                After the Digital Agency's recommended-dataset rules: one header row, the local government code \
                first, ISO dates. No personal data; a count below --threshold is withheld, and no totals are given.
                """)

        @OptionGroup var options: MonthOptions

        @Option(help: "The smallest count published (smaller ones are withheld).")
        var threshold = 10

        func validate() throws {
            guard (2...1000).contains(threshold) else { throw ValidationError("--threshold must be 2 to 1000") }
        }

        func run() throws {
            try options.report { report, database in
                let city = try database.municipality()
                print(OpenDataTable.csv(report, code: city.code, prefecture: city.prefecture, city: city.name,
                                        threshold: threshold), terminator: "")
            }
        }
    }
}
