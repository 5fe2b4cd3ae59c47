import Foundation

/// A line left on the start screen about how the last session ended: cash given back, and the card or
/// smartphone still on the reader, which the resident must take.
public enum KioskNotice: Equatable, Sendable {
    case cancelled(returned: Int, onReader: CredentialKind? = nil)
    case timedOut(returned: Int, onReader: CredentialKind? = nil)
    case interrupted(returned: Int, onReader: CredentialKind? = nil)
    case hoursEnded(returned: Int, onReader: CredentialKind? = nil)
}

/// Everything the kiosk shows and decides from. Pure data: the reducer changes it, the view draws it.
public struct KioskState: Equatable, Sendable {
    public var config: KioskConfig
    public var language: Language
    public var now: Date
    public var lastActivity: Date
    public var screen: KioskScreen
    public var session: KioskSession?
    /// The highlighted option on option screens.
    public var cursor = 0
    /// Shown from the end of a session until the next one begins or `KioskConfig.noticeDuration` passes.
    public var notice: KioskNotice?
    public var message: KioskMessage?
    /// Demo only: the help panel listing demo credentials, and which page of it.
    public var helpPage: Int?
    /// Cash the machine has just given back (change, or a cancelled payment), shown until the next session.
    public var returnedCash = 0
    public var isFinished = false

    public init(config: KioskConfig, language: Language, now: Date, screen: KioskScreen) {
        self.config = config
        self.language = language
        self.now = now
        self.lastActivity = now
        self.screen = screen
    }

    /// Seconds left before an idle session ends, while the screen asks whether to continue.
    public var idleCountdown: Int? {
        guard screen.endsWhenIdle else { return nil }
        let left = config.idleTimeout - now.timeIntervalSince(lastActivity)
        guard left <= config.countdown else { return nil }
        return max(0, Int(left.rounded(.up)))
    }
}
