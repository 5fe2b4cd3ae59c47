import Foundation

/// What a kiosk installation is set up with; fixed for the life of the process.
public struct KioskConfig: Equatable, Sendable {
    public var terminal: String
    public var idleTimeout: TimeInterval
    /// The countdown shows for this many seconds before an idle session ends.
    public var countdown: TimeInterval = 15
    public var maxCopies = 10
    /// How long the start screen keeps the notice of the session that just ended.
    public var noticeDuration: TimeInterval = 10
    /// Where printed certificates are written; a demo tells the resident.
    public var spoolPath: String
    /// Non-empty only in demo sessions: the help panel lists them.
    public var demoCredentials: [DemoCredential]

    public init(terminal: String, idleTimeout: TimeInterval = 60, spoolPath: String = "",
                demoCredentials: [DemoCredential] = []) {
        self.terminal = terminal
        self.idleTimeout = idleTimeout
        self.spoolPath = spoolPath
        self.demoCredentials = demoCredentials
    }

    public var isDemo: Bool { !demoCredentials.isEmpty }

    /// Coins and banknotes the simulated cash unit takes, smallest first: key 1 inserts 10 yen, key 7 a 10,000-yen
    /// note. The 10- and 50-yen coins let a resident pay 150 yen exactly.
    public static let acceptedCash = [10, 50, 100, 500, 1000, 5000, 10000]
}
