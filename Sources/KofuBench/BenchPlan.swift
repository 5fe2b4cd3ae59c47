import Foundation

/// What one bench run measures and how much: `--quick` keeps every figure but takes fewer samples on a smaller
/// ledger, so `make test` proves the bench still measures without spending minutes on it.
public struct BenchPlan: Sendable {
    public var kofu: String
    public var assets: URL
    /// "release" or "debug": the figures mean little for a debug build, so the table says which it was.
    public var build: String
    public var quick: Bool
    /// The kiosk's start screen as text, for the C peer to draw the same.
    public var startFrame: String

    var terminalRuns: Int { quick ? 2 : 5 }
    var keySamples: Int { quick ? 8 : 50 }
    var issuances: Int { quick ? 160 : 2000 }
    var processes: Int { 8 }
    /// Kiosks on one center, each a process of its own, and the payments each makes; payments of one kiosk alone.
    /// A kiosk keeps the tickets of its latest 256 PIN checks, and each payment spends one made beforehand. Quick
    /// runs take ten kiosks: each checks every card's PIN as it warms up, and a debug build's PBKDF2 is slow.
    var kiosks: Int { quick ? 10 : 50 }
    var salesPerKiosk: Int { quick ? 4 : 40 }
    var centerSales: Int { quick ? 40 : 250 }
    var pinChecks: Int { quick ? 3 : 20 }
    var seedCards: Int { quick ? 40 : 400 }
    var ledgerRows: Int { quick ? 20_000 : 1_000_000 }
    var commandRuns: Int { quick ? 2 : 5 }

    public init(kofu: String, assets: URL, build: String, quick: Bool, startFrame: String) {
        self.kofu = kofu
        self.assets = assets
        self.build = build
        self.quick = quick
        self.startFrame = startFrame
    }

    /// A fixed morning on a weekday the kiosk is open, as the end-to-end tests use.
    public static let morning = "2026-11-25T10:00:00+09:00"

    /// The same for every program the bench starts: a UTF-8 locale and a common terminal type.
    var environment: [String: String] {
        var environment = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "KOFU_ASSETS": assets.path]
        for name in ["PATH", "HOME"] { environment[name] = ProcessInfo.processInfo.environment[name] }
        return environment
    }
}
