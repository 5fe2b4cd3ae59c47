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
}
