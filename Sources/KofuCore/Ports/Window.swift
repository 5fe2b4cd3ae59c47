import Foundation

/// Staff accounts: passwords are salted slow hashes; five wrong ones lock the account until a supervisor unlocks it.
public protocol StaffDirectory: Sendable {
    func login(staffID: String, password: String, at date: Date) throws -> LoginOutcome
    /// A supervisor's approval (exemption, refund): the same check as a login, accepted only for a supervisor;
    /// for anyone else it answers `.rejected` (no supervisor by that id), after counting the password as a login.
    func approve(supervisorID: String, password: String, at date: Date) throws -> LoginOutcome
    func unlock(staffID: String, by supervisor: StaffMember, at date: Date) throws
    /// The clerk left the window (logged out, or idle too long): whatever stands for their login elsewhere ends.
    func logout(staffID: String, at date: Date) throws
}

/// The resident register as the window searches it.
public protocol ResidentRegistry: Sendable {
    /// By the number of a My Number card (credential id).
    func find(cardNumber: String) throws -> ResidentMatch?
    /// By name in katakana (a part is enough) and birth date `YYYY-MM-DD`.
    func search(kana: String, birthDate: String) throws -> [ResidentMatch]
    func windowProfile(residentID: String, at date: Date) throws -> WindowProfile
    /// Whether `number` is the resident's seal registration card (印鑑登録証), checked before anything is issued.
    func sealCardMatches(residentID: String, number: String) throws -> Bool
}

/// The counter's money-moving steps; each is one transaction with its ledger row(s) and its audit row.
public protocol WindowDesk: Sendable {
    func issue(_ order: WindowOrder, at date: Date) throws -> IssuanceReceipt
    /// The window issuances of a business day not yet refunded, newest first: what may be refunded today.
    func refundableIssuances(businessDate: String) throws -> [IssuanceSummary]
    /// Refund (void) an issuance of the same business day: a new negative ledger row referencing the charge, with
    /// the reason, after every copy was taken back.
    func refund(_ request: RefundRequest, approvedBy supervisorID: String, staffID: String, terminal: String,
                at date: Date) throws
    /// The 領収書 for a paid issuance (kiosk or window) not refunded, numbered as the next print of it.
    func receipt(for reference: ReceiptReference, staffID: String, at date: Date) throws -> FeeReceipt
    /// Records that the receipt reached paper: the next one of that issuance is a reissue.
    func receiptPrinted(_ receipt: FeeReceipt, staffID: String, terminal: String, at date: Date) throws
    /// A certificate was charged but could not be printed: the fee goes back by a new ledger row, no approval
    /// needed, since nothing left the counter.
    func refundUnprinted(issuanceID: Int64, staffID: String, terminal: String, at date: Date) throws
    /// After an identity check the resident sets a new PIN; the failure counter and the lock are cleared.
    func resetPIN(credentialID: String, newPIN: PIN, identity: IdentityDocument, staffID: String, at date: Date) throws
    func dailySummary(businessDate: String) throws -> DailySummary
    /// The charts' figures for the business day, its month and the twelve months up to it.
    func issuanceReport(businessDate: String) throws -> IssuanceReport
    /// The close of this terminal's till for the day, if it has been closed.
    func closeOf(businessDate: String, terminal: String) throws -> DailySummary.Close?
    /// What the ledger says this terminal's till took in for the day (window charges less refunds paid there).
    func takings(businessDate: String, terminal: String) throws -> Int
    /// Records the counted cash against the change float plus the takings; afterwards no window row can take that
    /// business date at that terminal.
    func close(businessDate: String, terminal: String, countedCash: Int, changeFloat: Int, staffID: String,
               at date: Date) throws -> DailySummary.Close
}
