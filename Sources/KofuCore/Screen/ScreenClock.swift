import Foundation

/// The header clock of every screen, in city time: "2026/11/25 (水) 10:02".
public enum ScreenClock {
    public static func text(_ date: Date, weekdayName: (Int) -> String) -> String {
        let p = CityClock.japan.parts(date)
        return String(format: "%04d/%02d/%02d ", p.year!, p.month!, p.day!) + "(\(weekdayName(p.weekday!)))"
            + String(format: " %02d:%02d", p.hour!, p.minute!)
    }
}
