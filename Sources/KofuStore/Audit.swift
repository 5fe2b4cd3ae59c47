import Foundation
import GRDB

/// The audit trail of staff actions, written in the same transaction as the action itself. Details name actions,
/// ledger and issuance ids, staff ids, amounts and reasons — never a PIN, a password or a resident's data.
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
    }

    static func write(_ db: Database, staffID: String?, _ action: Action, issuanceID: Int64? = nil, detail: String,
                      at date: Date) throws {
        try db.execute(sql: "INSERT INTO audit (staff_id, action, issuance_id, detail, at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [staffID, action.rawValue, issuanceID, detail, Timestamp.text(date)])
    }
}
