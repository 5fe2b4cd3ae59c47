import Foundation

/// The issuance center's share: one kiosk's payments over loopback, and fifty kiosks on one center, each beside
/// the embedded store making the same payments in the same run. Each kiosk makes the PIN checks its payments need
/// before the timed loop, so the figures leave out PBKDF2 (slow on purpose, stated on its own), as the target says.
/// After each payment, untimed but inside the rate's wall time, the copies are said to be on paper, on both sides.
struct CenterFigures {
    let plan: BenchPlan
    let workspace: Workspace

    func measure() throws -> [Figure] {
        let embedded = try workspace.copyOfBase(named: "payments-embedded")
        let local = try WorkerOutput(try workspace.command([
            "bench", "issue-worker", "--db", embedded, "--key", workspace.key, "--terminal", "BENCH-K1",
            "--count", String(plan.centerSales), "--mark-printed"]).succeed())

        let database = try workspace.copyOfBase(named: "payments-center")
        let keys = try (0...plan.kiosks).map { number in
            let key = workspace.file("BENCH-C\(number).token")
            try workspace.command(["center", "terminal", "add", "--db", database, "--id", "BENCH-C\(number)",
                                   "--kind", "kiosk", "--site", "bench", "--key-file", key]).succeed()
            return key
        }
        let center = try RunningCenter(plan: plan, workspace: workspace, database: database)
        defer { center.stop() }
        let worker = { (number: Int, count: Int) in
            ["bench", "issue-worker", "--center", center.url, "--terminal-key", keys[number],
             "--spool", workspace.file("spool-BENCH-C\(number)"), "--terminal", "BENCH-C\(number)",
             "--count", String(count)]
        }
        let one = try WorkerOutput(try workspace.command(worker(0, plan.centerSales)).succeed())
        let (wall, outputs, centerTime) = try WorkerGang(plan: plan, workspace: workspace).run(
            "center", (1...plan.kiosks).map { worker($0, plan.salesPerKiosk) }, server: center.process.processIdentifier)
        guard let centerTime else { throw BenchError.missing("the center's processor time in /proc") }
        let many = Samples(outputs.flatMap(\.latencies))
        let rate = Double(many.count) / wall * 1000

        let (remote, near) = (Samples(one.latencies), Samples(local.latencies))
        return [
            Figure(figure: "payment over the center, one kiosk, p50", unit: "ms", kofu: remote.median,
                   peer: near.median, peerName: "embedded store", ratio: remote.median / near.median,
                   runs: remote.count, spread: [remote.minimum, remote.maximum], target: "stated", meets: nil),
            Figure(figure: "payment over the center, one kiosk, p99", unit: "ms", kofu: remote.percentile(99),
                   peer: near.percentile(99), peerName: "embedded store",
                   ratio: remote.percentile(99) / near.percentile(99), runs: remote.count,
                   spread: [remote.minimum, remote.maximum], target: "≤ 20 ms", meets: remote.percentile(99) <= 20),
            Figure(figure: "paid issuances per second, \(plan.kiosks) kiosks on one center", unit: "/s", kofu: rate,
                   peer: local.perSecond, peerName: "embedded store, one process", ratio: rate / local.perSecond,
                   runs: 1, spread: [rate, rate], target: "≥ 0.7× embedded", meets: rate / local.perSecond >= 0.7),
            // On this machine the kiosks share the center's two cores; this is what a center on its own pays.
            Figure(figure: "center's processor time per payment, \(plan.kiosks) kiosks", unit: "ms",
                   kofu: centerTime / Double(many.count), peer: 1000 / local.perSecond,
                   peerName: "embedded store, wall time per payment", ratio: centerTime / Double(many.count) / (1000 / local.perSecond),
                   runs: 1, spread: [centerTime / Double(many.count), centerTime / Double(many.count)], target: "stated",
                   meets: nil),
            Figure(figure: "payment among \(plan.kiosks) kiosks on one center, p99", unit: "ms",
                   kofu: many.percentile(99), runs: many.count, spread: [many.minimum, many.maximum],
                   target: "stated", meets: nil),
        ]
    }
}

/// `kofu center` on a free loopback port, on the center's morning clock, its request log kept in the workspace.
private final class RunningCenter {
    let process = Process()
    let url: String

    init(plan: BenchPlan, workspace: Workspace, database: String) throws {
        let output = workspace.file("center.out")
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        _ = FileManager.default.createFile(atPath: workspace.file("center.log"), contents: nil)
        process.executableURL = URL(fileURLWithPath: plan.kofu)
        process.environment = plan.environment
        process.arguments = ["center", "--db", database, "--key", workspace.key, "--listen", "127.0.0.1:0",
                             "--now", BenchPlan.morning]
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle(forWritingAtPath: workspace.file("center.log"))
        try process.run()
        let deadline = ContinuousClock.now + .seconds(30)
        var found: String?
        while found == nil, process.isRunning, ContinuousClock.now < deadline {
            let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            found = printed.firstMatch(of: /listening on (http:\/\/127\.0\.0\.1:\d+)/).map { String($0.1) }
            if found == nil { usleep(20_000) }
        }
        guard let found else {
            if process.isRunning { process.terminate() }
            throw BenchError.missing("kofu center listening within 30 seconds")
        }
        url = found
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
