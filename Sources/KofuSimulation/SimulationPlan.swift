import Foundation
import KofuCore

/// What to simulate: how many sessions, where, over which days, from which seed.
public struct SimulationPlan: Sendable {
    public var terminal: String
    public var channel: Channel
    public var sessions: Int
    public var seed: UInt64
    /// The first business day (`YYYY-MM-DD`) and how many days the sessions spread over.
    public var from: String
    public var days: Int
    /// The center may go down during the run: a session it cannot serve is counted, not a failure; the money
    /// and paper checks hold all the same.
    public var expectOutages: Bool

    public init(terminal: String, channel: Channel, sessions: Int, seed: UInt64, from: String, days: Int,
                expectOutages: Bool = false) {
        self.expectOutages = expectOutages
        self.terminal = terminal
        self.channel = channel
        self.sessions = sessions
        self.seed = seed
        self.from = from
        self.days = days
    }

    /// When each session begins: spread evenly over the days, at random minutes of the hours the channel serves
    /// (`opens`…`closes`, minutes after midnight), in time order; `isOpen` skips days the channel is closed.
    func startTimes(opens: Int, closes: Int, isOpen: (Date) -> Bool, random: inout SimulationRandom) -> [Date] {
        let clock = CityClock.japan
        guard let (y, m, d) = JapaneseDate.parse(from) else { return [] }
        var openDays: [Date] = []
        var day = clock.date(year: y, month: m, day: d, hour: opens / 60, minute: opens % 60)
        // A year ahead is far enough to find the days asked for, whatever the holidays.
        for _ in 0..<400 where openDays.count < days {
            if isOpen(day) { openDays.append(day) }
            day = day.addingTimeInterval(86_400)
        }
        guard !openDays.isEmpty else { return [] }
        return (0..<sessions).map { index in
            // The last half hour is left for the session to end before closing.
            let minute = Int.random(in: 0..<max(1, closes - opens - 30), using: &random)
            return openDays[index * openDays.count / max(sessions, 1)].addingTimeInterval(TimeInterval(minute * 60))
        }.sorted()
    }
}
