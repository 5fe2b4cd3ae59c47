import Foundation

/// What a kiosk installation is set up with; fixed for the life of the process.
public struct KioskConfig: Equatable, Sendable {
    public var terminal: String
    public var idleTimeout: TimeInterval
    /// The countdown shows for this many seconds before an idle session ends.
    public var countdown: TimeInterval = 15
    public var maxCopies = 10
    /// Non-empty only in demo sessions: the help panel lists them.
    public var demoCredentials: [DemoCredential]

    public init(terminal: String, idleTimeout: TimeInterval = 60, demoCredentials: [DemoCredential] = []) {
        self.terminal = terminal
        self.idleTimeout = idleTimeout
        self.demoCredentials = demoCredentials
    }

    public var isDemo: Bool { !demoCredentials.isEmpty }

    /// Banknotes and coins the simulated cash unit takes, by the key that inserts them.
    public static let acceptedCash = [100, 500, 1000, 5000, 10000]
}
