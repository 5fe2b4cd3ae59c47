import KofuCore

/// Why an order was not issued. Nothing was written and nothing charged when one of these is thrown.
/// `description` names the resident or credential for the person at the desk; `operatorSummary` does not.
public enum IssuanceError: Error, Equatable, CustomStringConvertible, OperatorLoggable {
    case credentialRefused(credentialID: String, Refusal)
    case credentialOfAnotherResident(credentialID: String, residentID: String)
    case memberNotInHousehold(String)
    case memberNotActive(String)
    case noMembersChosen
    case noSealRegistration(residentID: String)
    case noIncomeRecord(residentID: String, fiscalYear: Int)
    case fiscalYearNotReleased(Int)
    case copiesOutOfRange(Int)
    case unknownIssuance(Int64)
    case alreadyRefunded(Int64)
    /// The issuance was fee-exempt: there is no charge to give back.
    case outsideServiceHours
    case requestKeyReused
    case requestWithdrawn
    /// A payment over the network without a live PIN ticket for its terminal, card and resident.
    case pinNotProven
    /// Refunding as unprinted an issuance whose copies are on paper.
    case alreadyPrinted(Int64)

    public var description: String {
        switch self {
        case .credentialRefused(let id, let refusal): "credential \(id) may not be used: \(refusal.rawValue)"
        case .credentialOfAnotherResident(let id, let resident): "credential \(id) does not belong to \(resident)"
        case .memberNotInHousehold(let id): "resident \(id) is not in the holder's household"
        case .memberNotActive(let id): "resident \(id) has moved out or died and cannot be listed"
        case .noMembersChosen: "no household member was chosen for the resident record"
        case .noSealRegistration(let id): "resident \(id) has no registered seal"
        case .noIncomeRecord(let id, let year): "resident \(id) has no income record for fiscal year \(year)"
        case .fiscalYearNotReleased(let year): "fiscal year \(year) is not released yet (it opens on June 1)"
        case .copiesOutOfRange(let n): "\(n) copies requested; between 1 and \(IssuanceLimits.maxCopies) allowed"
        case .unknownIssuance(let id): "no issuance \(id)"
        case .alreadyRefunded(let id): "issuance \(id) has already been refunded"
        case .requestKeyReused: "this payment's request key was already used for a different order"
        case .requestWithdrawn: "this payment was withdrawn by its terminal and cannot be made any more"
        case .pinNotProven: "no PIN check at this terminal vouches for this payment (none, spent, or expired)"
        case .alreadyPrinted(let id): "issuance \(id) is on paper: it is not refunded as unprinted"
        case .outsideServiceHours: "kiosks do not issue outside service hours (\(KioskHours().openingText), not 12/29–1/3)"
        }
    }

    public var operatorSummary: String {
        switch self {
        case .credentialRefused(_, let refusal): "credential may not be used: \(refusal.rawValue)"
        case .credentialOfAnotherResident: "credential does not belong to the resident of the order"
        case .memberNotInHousehold: "member not in the holder's household"
        case .memberNotActive: "member has moved out or died"
        case .noSealRegistration: "holder has no registered seal"
        case .noIncomeRecord(_, let year): "holder has no income record for fiscal year \(year)"
        // Issuance ids, years and counts identify nobody.
        case .noMembersChosen, .fiscalYearNotReleased, .copiesOutOfRange, .unknownIssuance, .alreadyRefunded,
             .outsideServiceHours, .requestKeyReused, .requestWithdrawn, .pinNotProven, .alreadyPrinted: description
        }
    }
}

extension IssuanceError: ClerkExplained {
    public var clerkReason: String {
        switch self {
        case .credentialRefused: "credentialRefused"
        case .credentialOfAnotherResident: "credentialOfAnotherResident"
        case .memberNotInHousehold, .memberNotActive, .noMembersChosen: "members"
        case .noSealRegistration: "noSealRegistration"
        case .noIncomeRecord, .fiscalYearNotReleased: "noIncomeRecord"
        case .copiesOutOfRange: "copiesOutOfRange"
        case .unknownIssuance: "unknownIssuance"
        case .alreadyRefunded: "alreadyRefunded"
        case .outsideServiceHours: "outsideWindowHours"
        case .requestKeyReused: "requestKeyReused"
        case .requestWithdrawn: "requestWithdrawn"
        case .pinNotProven: "pinNotProven"
        case .alreadyPrinted: "alreadyPrinted"
        }
    }
}

enum IssuanceLimits {
    static let maxCopies = 10
}
