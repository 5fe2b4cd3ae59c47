import Foundation

/// The header clock of every screen, in city time: "2026/11/25 (水) 10:02".
public enum ScreenClock {
    public static func text(_ date: Date, weekdayName: (Int) -> String) -> String {
        let p = CityClock.japan.parts(date)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(p.year!)/\(two(p.month!))/\(two(p.day!)) (\(weekdayName(p.weekday!))) "
            + "\(two(p.hour!)):\(two(p.minute!))"
    }
}
