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
            if let date, !Self.isCalendarDate(date) {
                throw ValidationError("--date \(date) is not a date such as 2026-11-25")
            }
        }

        static func isCalendarDate(_ text: String) -> Bool {
            guard let (y, m, d) = JapaneseDate.parse(text) else { return false }
            let clock = CityClock.japan
            return clock.businessDate(clock.date(year: y, month: m, day: d, hour: 12)) == text
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
