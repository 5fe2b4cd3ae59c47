import Foundation

/// Paid issuances per second through Kofu's desk against the C peer replaying the same statements, then eight
/// Kofu processes at once on one database.
struct StoreFigures {
    let plan: BenchPlan
    let workspace: Workspace

    func worker(_ database: String, terminal: String, count: Int, extra: [String] = []) -> [String] {
        ["bench", "issue-worker", "--db", database, "--key", workspace.key, "--terminal", terminal,
         "--count", String(count)] + extra
    }

    func measure(peer: String) throws -> (figures: [Figure], ledger: String) {
        let single = try workspace.copyOfBase(named: "single")
        let kofu = try WorkerOutput(try workspace.command(worker(single, terminal: "BENCH-K1", count: plan.issuances))
            .succeed())
        let traced = try workspace.copyOfBase(named: "traced")
        let trace = workspace.file("issuances.trace"), replayed = workspace.file("replayed.sqlite")
        try workspace.command(worker(traced, terminal: "BENCH-K1", count: plan.issuances,
                                     extra: ["--trace", trace, "--snapshot", replayed])).succeed()
        let printed = try TimedCommand(arguments: [peer, replayed, trace], environment: plan.environment).succeed()
            .split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let c = printed.dropFirst().compactMap(Double.init)
        // The same journal as Kofu's, or the comparison is void: a rollback journal syncs more per commit.
        guard printed.first == "wal", c.count == 5, c[0] == Double(plan.issuances) else {
            throw BenchError.missing("the C peer's figures for \(plan.issuances) issuances in WAL mode "
                                     + "(it printed \(printed.joined(separator: " ")))")
        }
        let peerRate = c[0] / c[1] * 1000
        let latency = Samples(kofu.latencies)
        var figures = [
            Figure(figure: "paid issuances per second, one process", unit: "/s", kofu: kofu.perSecond, peer: peerRate,
                   peerName: "C + SQLite replay", ratio: kofu.perSecond / peerRate, runs: 1,
                   spread: [kofu.perSecond, kofu.perSecond], target: "≥ 0.5× peer (stretch 0.8×)",
                   meets: kofu.perSecond / peerRate >= 0.5),
            Figure(figure: "one issuance, one process, p50", unit: "ms", kofu: latency.median, peer: c[2],
                   peerName: "C + SQLite replay", ratio: latency.median / c[2], runs: latency.count,
                   spread: [latency.minimum, latency.maximum], target: "stated", meets: nil),
        ]
        figures += try concurrent(single: kofu.perSecond)
        figures.append(try pinCheck())
        return (figures, single)
    }

    private func pinCheck() throws -> Figure {
        let database = try workspace.copyOfBase(named: "pin")
        let output = try WorkerOutput(try workspace.command(["bench", "pin-worker", "--db", database, "--count",
                                                            String(plan.pinChecks)]).succeed())
        let checks = Samples(output.latencies)
        return Figure(figure: "PIN check (PBKDF2-SHA256), p50", unit: "ms", kofu: checks.median,
                      runs: checks.count, spread: [checks.minimum, checks.maximum], target: "stated", meets: nil)
    }

    /// Eight workers on one database, each its own terminal, started together once all have warmed up.
    private func concurrent(single: Double) throws -> [Figure] {
        let database = try workspace.copyOfBase(named: "concurrent")
        let each = plan.issuances / plan.processes
        let (wall, outputs, _) = try WorkerGang(plan: plan, workspace: workspace).run("issue", (1...plan.processes).map {
            worker(database, terminal: "BENCH-K\($0)", count: each)
        })
        let latencies = outputs.flatMap(\.latencies)
        let samples = Samples(latencies)
        let rate = Double(latencies.count) / wall * 1000
        let spread = [samples.minimum, samples.maximum]
        return [
            Figure(figure: "paid issuances per second, \(plan.processes) processes", unit: "/s", kofu: rate,
                   peer: single, peerName: "Kofu, one process", ratio: rate / single, runs: 1,
                   spread: [rate, rate], target: "≥ 0.9× one process", meets: rate / single >= 0.9),
            Figure(figure: "one issuance among \(plan.processes) processes, p99", unit: "ms",
                   kofu: samples.percentile(99), runs: samples.count, spread: spread, target: "≤ 50 ms",
                   meets: samples.percentile(99) <= 50),
            Figure(figure: "one issuance among \(plan.processes) processes, max", unit: "ms", kofu: samples.maximum,
                   runs: samples.count, spread: spread, target: "≤ 500 ms", meets: samples.maximum <= 500),
        ]
    }
}
