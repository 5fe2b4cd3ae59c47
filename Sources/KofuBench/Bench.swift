import Foundation

/// `kofu bench`: every figure of the performance table, Kofu's beside a peer's measured in the same run, the peers
/// built here from `Assets/bench/`. Fails only when something cannot be measured; whether a target holds is a
/// column of the table, never a failure.
public enum Bench {
    public static func run(_ plan: BenchPlan, progress: (String) -> Void) throws -> BenchReport {
        guard let sqlite3 = TimedCommand.which(["sqlite3"]) else { throw BenchError.missing("the sqlite3 shell") }
        let workspace = try Workspace(plan: plan)
        let build = PeerBuild(sources: plan.assets.appendingPathComponent("bench"), directory: workspace.directory)
        progress("building the C peers")
        let kioskPeer = try build.compile("kiosk_peer.c", libraries: ["ncursesw"])
        let issuePeer = try build.compile("issue_peer.c", libraries: ["sqlite3"])
        let measurer = try build.compile("measure.c", libraries: [])
        progress("the kiosk on a terminal (\(plan.terminalRuns) runs each, \(plan.keySamples) keys a run)")
        var figures = try TerminalFigures(plan: plan, workspace: workspace).measure(peer: kioskPeer)
        progress("paid issuances (\(plan.issuances), then \(plan.processes) processes at once)")
        let store = try StoreFigures(plan: plan, workspace: workspace).measure(peer: issuePeer)
        figures += store.figures
        progress("the center: one kiosk, then \(plan.kiosks) at once, beside the embedded store")
        figures += try CenterFigures(plan: plan, workspace: workspace).measure()
        progress("store init with \(plan.seedCards) more cards, on every core and on one")
        figures += try StoreInitFigures(plan: plan, workspace: workspace, measurer: measurer).measure()
        progress("reports on a ledger of \(plan.ledgerRows) rows")
        figures += try ReportFigures(plan: plan, workspace: workspace, sqlite3: sqlite3,
                                                measurer: measurer).measure(ledger: store.ledger)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return BenchReport(date: formatter.string(from: Date()), build: plan.build, quick: plan.quick,
                           machine: .current(), figures: figures)
    }
}
