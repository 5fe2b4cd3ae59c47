import KofuCore

/// Why a staff account could not be used or changed. Staff ids are not residents' data and may be logged.
public enum StaffError: Error, Equatable, CustomStringConvertible, Sendable {
    case unknownStaff(String)
    case notSupervisor(String)
    case locked(String)
    case alreadyExists(String)
    case invalid(String)

    public var description: String {
        switch self {
        case .unknownStaff(let id): "no staff account \(id)"
        case .notSupervisor(let id): "\(id) is not a supervisor: only a supervisor may approve this"
        case .locked(let id): "staff account \(id) is locked — a supervisor must unlock it"
        case .alreadyExists(let id): "a staff account \(id) already exists"
        case .invalid(let problem): problem
        }
    }
}

extension StaffError: ClerkExplained {
    public var clerkReason: String {
        switch self {
        case .unknownStaff, .notSupervisor: "notSupervisor"
        case .locked: "staffLocked"
        case .alreadyExists, .invalid: "staffInvalid"
        }
    }
}
