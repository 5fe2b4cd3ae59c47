import Foundation

/// The kiosk on a terminal against the C ncursesw peer, run after run in turn: the first frame, a menu move and a
/// PIN digit (time from key to the last byte drawn, and the bytes sent), and the peak memory.
struct TerminalFigures {
    let plan: BenchPlan
    let workspace: Workspace

    /// Start, agree to the terms, and the credential menu is up; then the card, its number, and the PIN field.
    static func script(_ samples: Int) -> TerminalScript {
        TerminalScript(marker: "証明書交付サービス", toMenu: [Array("1".utf8), Array("1".utf8)],
                       toPIN: [Array("1".utf8), Array("100001".utf8), [0x0D]], samples: samples)
    }

    func measure(peer: String) throws -> [Figure] {
        let database = try workspace.copyOfBase(named: "kiosk")
        let frame = workspace.file("start-frame.txt")
        try plan.startFrame.write(toFile: frame, atomically: true, encoding: .utf8)
        let kiosk = [plan.kofu, "kiosk", "--db", database, "--spool", workspace.file("kiosk-spool"),
                     "--key", workspace.key, "--terminal", "BENCH-K1", "--now", BenchPlan.morning]
        var kofu: [TerminalMeasurement] = [], c: [TerminalMeasurement] = []
        for _ in 0..<plan.terminalRuns {
            kofu.append(try TerminalRun.measure(kiosk, environment: plan.environment, script: Self.script(plan.keySamples)))
            c.append(try TerminalRun.measure([peer, frame], environment: plan.environment,
                                             script: Self.script(plan.keySamples)))
        }
        let runs = plan.terminalRuns
        func pooled(_ runs: [TerminalMeasurement], _ samples: KeyPath<TerminalMeasurement, Samples>) -> Samples {
            Samples(runs.flatMap { $0[keyPath: samples].values })
        }
        let firstFrame = Samples(kofu.map(\.firstFrame)), peerFrame = Samples(c.map(\.firstFrame))
        let rss = Samples(kofu.map { Double($0.peakKilobytes) / 1024 })
        let peerRSS = Samples(c.map { Double($0.peakKilobytes) / 1024 })
        var figures = [
            Figure.compared("exec to first full kiosk frame in a pty", unit: "ms", firstFrame, peerFrame,
                            peerName: "C ncursesw", runs: runs, target: "≤ 3× peer (stretch 1.5×)") { $0 <= 3 },
        ]
        for (name, key, bytes) in [("PIN digit", \TerminalMeasurement.digit, \TerminalMeasurement.digitBytes),
                                   ("menu move", \.move, \.moveBytes)] {
            let mine = pooled(kofu, key), theirs = pooled(c, key)
            figures.append(Figure(figure: "key to last byte, \(name), p50", unit: "ms", kofu: mine.median,
                                  peer: theirs.median, peerName: "C ncursesw", ratio: mine.median / theirs.median,
                                  runs: mine.count, spread: [mine.minimum, mine.maximum], target: "≤ 0.5 ms",
                                  meets: mine.median <= 0.5))
            figures.append(Figure(figure: "key to last byte, \(name), p99", unit: "ms", kofu: mine.percentile(99),
                                  peer: theirs.percentile(99), peerName: "C ncursesw",
                                  ratio: mine.percentile(99) / theirs.percentile(99), runs: mine.count,
                                  spread: [mine.minimum, mine.maximum], target: "≤ 2 ms",
                                  meets: mine.percentile(99) <= 2))
            let sent = pooled(kofu, bytes), peerSent = pooled(c, bytes)
            let limit = name == "PIN digit" ? 40.0 : 150.0
            figures.append(Figure(figure: "bytes sent for one \(name)", unit: "bytes", kofu: sent.median,
                                  peer: peerSent.median, peerName: "C ncursesw", ratio: sent.median / peerSent.median,
                                  runs: sent.count, spread: [sent.minimum, sent.maximum],
                                  target: "≤ \(Int(limit))", meets: sent.median <= limit))
        }
        figures.append(Figure.compared("peak RSS of the kiosk", unit: "MB", rss, peerRSS, peerName: "C ncursesw",
                                       runs: runs, target: "≤ 15 MB") { _ in rss.median <= 15 })
        return figures
    }
}

extension Figure {
    /// Medians side by side; `holds` reads the ratio.
    static func compared(_ name: String, unit: String, _ kofu: Samples, _ peer: Samples, peerName: String,
                         runs: Int, target: String, holds: (Double) -> Bool) -> Figure {
        let ratio = kofu.median / peer.median
        return Figure(figure: name, unit: unit, kofu: kofu.median, peer: peer.median, peerName: peerName,
                      ratio: ratio, runs: runs, spread: [kofu.minimum, kofu.maximum], target: target,
                      meets: holds(ratio))
    }
}
