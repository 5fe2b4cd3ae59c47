import Foundation

/// A fiscal year's income and tax certificate (income of the previous calendar year) is released on June 1.
public enum FiscalYearRelease {
    public static func latestReleased(at date: Date, clock: CityClock) -> Int {
        let p = clock.parts(date)
        return p.month! >= 6 ? p.year! : p.year! - 1
    }

    /// The years on record that may be issued now, newest first.
    public static func issuable(_ years: [Int], at date: Date, clock: CityClock) -> [Int] {
        let latest = latestReleased(at: date, clock: clock)
        return years.filter { $0 <= latest }.sorted(by: >)
    }
}
