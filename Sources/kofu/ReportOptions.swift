import ArgumentParser
import KofuCore

/// How `kofu ledger list` and `kofu report daily` print: a table for people, CSV for spreadsheets, JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// A business date given on the command line: `YYYY-MM-DD` and a real day of the calendar (no 2026-02-30).
enum BusinessDateArgument {
    static func isCalendarDate(_ text: String) -> Bool {
        JapaneseDate.parse(text) != nil
    }

    static func validate(_ date: String) throws {
        guard isCalendarDate(date) else { throw ValidationError("--date \(date) is not a date such as 2026-11-25") }
    }
}
