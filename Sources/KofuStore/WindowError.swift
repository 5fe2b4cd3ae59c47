import KofuCore

/// Why the window refused a step. Nothing was written when one of these is thrown.
/// `description` may name the resident for the clerk; `operatorSummary` does not.
public enum WindowError: Error, Equatable, CustomStringConvertible, OperatorLoggable, ClerkExplained {
    case residentNotFound(String)
    /// Moved out or deceased: a 住民票 was asked for where only the 除票 exists.
    case residentNotActive(String)
    case proxyPurposeMissing
    /// Typed text holds a control or format character.
    case notPlainText
    case notAHouseholdMember
    /// A current resident's record is a 住民票, not a 除票.
    case notRemoved(String)
    /// Another town's resident: only a 広域交付住民票 here.
    case otherTown(String)
    case notInWideArea
    case wideAreaApplicant
    case photoIDRequired
    case sealRegistrationEnded
    case deceasedInPerson
    case relationshipMissing
    case heirOfTheLiving
    case removedRecordAlone
    case protectedNoWideArea
    case myNumberNotOnRemovedRecord
    case notResidentOnJanuary1(Int)
    case unknownSerial(String)
    case proxyUnderProtectionMeasure
    case sealCardMismatch
    case noTaxRecord(residentID: String, fiscalYear: Int, item: TaxItem)
    case unknownBusiness(registrationID: String, residentID: String)
    case approvalMissing
    /// Four eyes: the supervisor approving is the staff member doing the step.
    case ownApproval
    case tillClosed(businessDate: String, terminal: String)
    case alreadyClosed(businessDate: String, terminal: String)
    case notSameBusinessDay(Int64)
    case notAWindowIssuance(Int64)
    case pinIncomplete
    /// Cash handed over or counted outside 0…`CashLimit.yen`.
    case cashOutOfRange(Int)
    /// The ledger says a till took more than any real day could: rows were written by something other than Kofu.
    case implausibleTakings(businessDate: String, terminal: String)
    case copiesNotCollected(Int64)
    case refundReasonMissing
    case cashShort(received: Int, amount: Int)
    case notPaid(Int64)
    /// A receipt reported printed that was not the next one made for the issuance.
    case receiptNotMade(issuanceID: Int64, copy: Int)
    case outsideWindowHours

    public var description: String {
        switch self {
        case .residentNotFound(let id): "no resident \(id)"
        case .residentNotActive(let id): "resident \(id) has moved out or died: their record is the removed one (除票)"
        case .noTaxRecord(let id, let year, let item):
            "resident \(id) has no \(item.rawValue) record for fiscal year \(year)"
        case .unknownBusiness(let registration, let id): "resident \(id) has no registered business \(registration)"
        default: operatorSummary
        }
    }

    public var operatorSummary: String {
        switch self {
        case .residentNotFound: "no such resident"
        case .residentNotActive: "resident has moved out or died: their record is the removed one (除票)"
        case .proxyPurposeMissing: "a proxy states the purpose and where the certificate goes"
        case .notPlainText: "what was typed holds a control character"
        case .notRemoved: "a current resident has no removed record (除票)"
        case .otherTown(let town): "a resident of \(town) gets only a wide-area resident record here"
        case .notInWideArea: "a wide-area resident record shows neither the registered domicile nor My Number"
        case .wideAreaApplicant: "a wide-area resident record is for the resident or the household only"
        case .photoIDRequired: "a wide-area resident record needs an official photo ID"
        case .sealRegistrationEnded: "the seal registration ended with the move or the death"
        case .deceasedInPerson: "a deceased resident's certificates are asked for by the household, an heir or a proxy"
        case .relationshipMissing: "the applicant's relationship to the deceased is not recorded"
        case .heirOfTheLiving: "an heir applies only for a deceased resident"
        case .removedRecordAlone: "a removed record (除票) lists the person alone"
        case .protectedNoWideArea: "a resident under a protection measure gets no wide-area resident record"
        case .myNumberNotOnRemovedRecord: "My Number on a removed record goes only to the person who moved out, in person"
        case .notResidentOnJanuary1(let year): "not a resident here on 1 January \(year): that year's tax is another city's"
        case .unknownSerial(let serial): "no certificate was printed with serial \(serial)"
        case .notAHouseholdMember: "the applicant is not a current member of the resident's household"
        case .proxyUnderProtectionMeasure: "the resident is under a protection measure: issued to the resident in person only"
        case .sealCardMismatch: "the seal registration card number does not match the registered seal"
        case .noTaxRecord(_, let year, let item): "no \(item.rawValue) record for fiscal year \(year)"
        case .unknownBusiness: "no such business registered to the resident"
        case .approvalMissing: "a fee exemption needs a supervisor's approval"
        case .ownApproval: "a supervisor cannot approve their own exemption or refund"
        case .tillClosed(let date, let terminal): "the till of \(terminal) is closed for \(date)"
        case .alreadyClosed(let date, let terminal): "the till of \(terminal) was already closed for \(date)"
        case .notSameBusinessDay(let id): "issuance \(id) is not of today's business day: only same-day refunds"
        case .notAWindowIssuance(let id): "issuance \(id) was not issued at the window"
        case .pinIncomplete: "the new PIN must have \(PIN.length) digits"
        case .cashOutOfRange(let yen): "cash must be 0 to \(CashLimit.yen) yen, not \(yen) yen"
        case .implausibleTakings(let date, let terminal):
            "the ledger's takings of \(terminal) on \(date) are beyond any real day's: check `kofu ledger list`"
        case .copiesNotCollected(let id): "the copies of issuance \(id) must be taken back before a refund"
        case .refundReasonMissing: "a refund for another reason needs the reason in words"
        case .cashShort(let received, let amount): "\(received) yen received for a fee of \(amount) yen"
        case .notPaid(let id): "issuance \(id) has no fee paid that a receipt could be for"
        case .receiptNotMade(let id, let copy): "receipt \(copy) of issuance \(id) was not the next one made"
        case .outsideWindowHours: "the window does not issue outside its hours"
        }
    }

    public var clerkReason: String {
        switch self {
        case .residentNotFound: "residentNotFound"
        case .residentNotActive: "residentNotActive"
        case .proxyPurposeMissing: "proxyPurposeMissing"
        case .notPlainText: "notPlainText"
        case .notRemoved: "notRemoved"
        case .otherTown: "otherTown"
        case .notInWideArea: "notInWideArea"
        case .wideAreaApplicant: "wideAreaApplicant"
        case .photoIDRequired: "photoIDRequired"
        case .sealRegistrationEnded: "sealRegistrationEnded"
        case .deceasedInPerson: "deceasedInPerson"
        case .relationshipMissing: "relationshipMissing"
        case .heirOfTheLiving: "heirOfTheLiving"
        case .removedRecordAlone: "removedRecordAlone"
        case .protectedNoWideArea: "protectedNoWideArea"
        case .myNumberNotOnRemovedRecord: "myNumberNotOnRemovedRecord"
        case .notResidentOnJanuary1: "notResidentOnJanuary1"
        case .unknownSerial: "unknownSerial"
        case .notAHouseholdMember: "notAHouseholdMember"
        case .proxyUnderProtectionMeasure: "proxyUnderProtectionMeasure"
        case .sealCardMismatch: "sealCardMismatch"
        case .noTaxRecord: "noTaxRecord"
        case .unknownBusiness: "unknownBusiness"
        case .approvalMissing: "approvalMissing"
        case .ownApproval: "ownApproval"
        case .tillClosed: "tillClosed"
        case .alreadyClosed: "alreadyClosed"
        case .notSameBusinessDay: "notSameBusinessDay"
        case .notAWindowIssuance: "notAWindowIssuance"
        case .pinIncomplete: "pinIncomplete"
        case .cashOutOfRange: "cashOutOfRange"
        case .implausibleTakings: "implausibleTakings"
        case .copiesNotCollected: "copiesNotCollected"
        case .refundReasonMissing: "refundReasonMissing"
        case .cashShort: "cashShort"
        case .notPaid: "notPaid"
        case .receiptNotMade: "receiptNotMade"
        case .outsideWindowHours: "outsideWindowHours"
        }
    }
}
