import ArgumentParser
import KofuCore

/// How `kofu ledger list` and `kofu report daily` print: a table for people, CSV for spreadsheets, JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// A business date given on the command line: `YYYY-MM-DD` and a real day of the calendar (no 2026-02-30).
enum BusinessDateArgument {
    static func isCalendarDate(_ text: String) -> Bool {
        guard let (y, m, d) = JapaneseDate.parse(text) else { return false }
        let clock = CityClock.japan
        return clock.businessDate(clock.date(year: y, month: m, day: d, hour: 12)) == text
    }

    static func validate(_ date: String) throws {
        guard isCalendarDate(date) else { throw ValidationError("--date \(date) is not a date such as 2026-11-25") }
    }
}
