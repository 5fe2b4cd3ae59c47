import Foundation

public enum WindowAction: Equatable, Sendable {
    case key(KeyInput)
    case tick(Date)
    case loggedIn(LoginOutcome)
    /// This terminal's close of today, if any: what the menu may offer depends on it.
    case closeLoaded(DailySummary.Close?)
    case approved(LoginOutcome)
    case found([ResidentMatch])
    case profileLoaded(WindowProfile)
    case sealCardChecked(number: String, matches: Bool)
    case issued(IssuanceReceipt)
    /// Issued but not printed; `refunded` says whether the fee went back by itself.
    case printFailed(IssuanceReceipt, refunded: Bool)
    case refundableLoaded([IssuanceSummary])
    case refunded(Int64)
    case receiptPrinted(FeeReceipt)
    case pinReset
    case summaryLoaded(DailySummary)
    case reportLoaded(IssuanceReport)
    case tillCounted(TillCount)
    case closed(DailySummary.Close)
    /// A rule refused the step; `reason` names its `window.refusal.*` text.
    case refused(reason: String)
    /// A store step failed for a reason no rule names (disk, database); the text is for the clerk as it is.
    case failed(String)
    case interrupt
}

public enum WindowEffect: Equatable, Sendable {
    case login(staffID: String, password: String)
    /// The clerk left (logged out, or idle too long): a session kept for them elsewhere ends.
    case logout(staffID: String)
    case loadClose(businessDate: String)
    case approve(supervisorID: String, password: String)
    case findCard(String)
    case search(kana: String, birthDate: String)
    case loadProfile(residentID: String)
    case checkSealCard(residentID: String, number: String)
    case issue(WindowOrder)
    case loadRefundable(businessDate: String)
    case refund(RefundRequest, approvedBy: String)
    case printReceipt(ReceiptReference)
    case resetPIN(credentialID: String, pin: PIN, identity: IdentityDocument)
    case loadSummary(businessDate: String)
    case loadReport(businessDate: String)
    case countTill(businessDate: String, counted: Int)
    case close(businessDate: String, countedCash: Int, changeFloat: Int)
}
