import Foundation

/// The audit trail of staff actions, written in the same transaction as the action itself. Details name actions,
/// ledger and issuance ids, staff ids, amounts and reasons — never a PIN, a password or a resident's data. The rows
/// form a hash chain of their own (`ChainedTable`).
enum Audit {
    enum Action: String {
        case staffAdded = "staff-add"
        case login
        case approve
        case unlock
        /// A supervisor account unlocked with the signing key file (`kofu staff recover`).
        case recover
        case issue
        case exemption
        case refund
        case pinReset = "pin-reset"
        case close
        case receipt
        /// A copy of an issued document printed again for staff (`kofu print`), free of charge.
        case reprint
    }

    static func write(_ db: any SQLConnection, staffID: String?, _ action: Action, issuanceID: Int64? = nil, detail: String,
                      at date: Date) throws {
        try ChainedTable.audit.append(db, ["staff_id": staffID, "action": action.rawValue, "issuance_id": issuanceID,
                                           "detail": detail, "at": Timestamp.text(date)])
    }
}
