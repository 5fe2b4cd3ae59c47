import ArgumentParser
import Foundation
import KofuCore

/// Options the kiosk and the demo share.
struct SessionOptions: ParsableArguments {
    @Option(help: """
        Language of the first screen: ja, ja-x-easy (easy Japanese), en, pt-BR, zh-Hans, vi or tl \
        (L turns to the next at any time).
        """)
    var lang: Language = .ja

    @Option(help: "Start the clock at this time (ISO 8601, e.g. 2026-11-25T10:00:00+09:00); it then runs.")
    var now: String?

    @Option(name: .customLong("idle-timeout"), help: "Seconds without input before a session ends.")
    var idleTimeout: Int = 60

    @Option(help: "Terminal id written to the ledger and on every certificate.")
    var terminal: String = "KIOSK-01"

    func startTime() throws -> Date { try RunningClock.start(from: now) }

    func validate() throws {
        guard (15...3600).contains(idleTimeout) else {
            throw ValidationError("--idle-timeout must be between 15 and 3600 seconds")
        }
        try TerminalArgument.validate(terminal)
        _ = try startTime()
    }
}

extension Language: ExpressibleByArgument {}
