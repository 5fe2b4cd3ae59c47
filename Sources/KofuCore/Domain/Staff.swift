import Foundation

/// City hall staff. Supervisors approve exemptions and refunds and unlock accounts.
public enum StaffRole: String, Codable, Sendable, CaseIterable {
    case clerk
    case supervisor
}

public struct StaffMember: Equatable, Codable, Sendable {
    public var id: String
    public var name: String
    public var role: StaffRole

    public init(id: String, name: String, role: StaffRole) {
        self.id = id
        self.name = name
        self.role = role
    }
}

/// The answer to a staff id and password. Five consecutive wrong passwords lock the account. An unknown id and a
/// wrong password get the same answer, so that trying ids tells nobody which accounts exist.
public enum LoginOutcome: Equatable, Sendable {
    case loggedIn(StaffMember)
    case rejected
    case locked
    /// The last active supervisor is never locked (nobody could unlock anyone then): after too many wrong
    /// passwords no password is taken before this time.
    case coolingDown(until: Date)
}
