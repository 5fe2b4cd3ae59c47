import Foundation
import KofuCenterAPI
import KofuCore
import KofuStore

/// A window terminal's ports over the center: the staff directory, the register and the desk. The center takes the
/// clerk from the session the login gave and the terminal from the token, so the `staffID` and `terminal` the
/// window flow passes are not sent; what a supervisor approved presents the approval they gave here.
extension CenterClient: StaffDirectory, ResidentRegistry, WindowDesk {
    public func login(staffID: String, password: String, at date: Date) throws -> LoginOutcome {
        let body: LoginOutcomeBody = try call(.staffLogin, json: LoginBody(staffID: staffID, password: password))
        guard let outcome = body.login else { throw CenterClientError.unexpected(status: 200) }
        if case .loggedIn = outcome {
            guard let session = body.session else { throw CenterClientError.unexpected(status: 200) }
            staff.loggedIn(session)
        }
        return outcome
    }

    public func approve(supervisorID: String, password: String, at date: Date) throws -> LoginOutcome {
        let body: LoginOutcomeBody = try call(.staffApprove, json: LoginBody(staffID: supervisorID, password: password))
        guard let outcome = body.login else { throw CenterClientError.unexpected(status: 200) }
        if case .loggedIn(let supervisor) = outcome {
            guard let approval = body.approval else { throw CenterClientError.unexpected(status: 200) }
            staff.approved(by: supervisor.id, approval)
        }
        return outcome
    }

    public func logout(staffID: String, at date: Date) throws {
        defer { staff.loggedOut() }
        try send(.staffLogout)
    }

    public func unlock(staffID: String, by supervisor: StaffMember, at date: Date) throws {
        try send(.staffUnlock, json: UnlockBody(staffID: staffID, approval: try approval(of: supervisor.id)))
    }

    public func find(cardNumber: String) throws -> ResidentMatch? {
        let body: ResidentFoundBody = try call(.residentByCard, json: CardNumberBody(cardNumber: cardNumber))
        return body.match
    }

    public func search(kana: String, birthDate: String) throws -> [ResidentMatch] {
        let body: ResidentMatchesBody = try call(.residentSearch, json: ResidentSearchBody(kana: kana, birthDate: birthDate))
        return body.matches
    }

    public func windowProfile(residentID: String, at date: Date) throws -> WindowProfile {
        try call(.residentProfile, json: ResidentBody(residentID: residentID))
    }

    public func sealCardMatches(residentID: String, number: String) throws -> Bool {
        let body: SealCardMatchBody = try call(.sealCard, json: SealCardBody(residentID: residentID, number: number))
        return body.matches
    }

    /// Issues once: asked again under the same key while no answer comes, and under the same key again when the
    /// clerk tries again for the same customer (the window keeps it), so the customer pays once. A payment whose
    /// answer never came is not withdrawn, as a kiosk's is: the clerk holds the cash and sees it made on a retry.
    public func issue(_ order: WindowOrder, at date: Date) throws -> IssuanceReceipt {
        // Only an exemption is a supervisor's decision.
        let approval: String? = order.exemption == nil ? nil : try self.approval(of: order.approvedBy ?? "")
        let key = order.requestKey ?? UUID().uuidString
        let body: ReceiptBody = try retrying {
            try call(.windowIssue, json: WindowIssueBody(order, approval: approval), key: key)
        }
        return body.receipt
    }

    public func refundableIssuances(businessDate: String) throws -> [IssuanceSummary] {
        let body: IssuanceListBody = try call(.refundable, ["businessDate": businessDate])
        return body.issuances
    }

    public func refund(_ request: RefundRequest, approvedBy supervisorID: String, staffID: String, terminal: String,
                       at date: Date) throws {
        try send(.windowRefund, json: RefundBody(refund: request, approval: try approval(of: supervisorID)))
    }

    public func receipt(for reference: ReceiptReference, staffID: String, at date: Date) throws -> FeeReceipt {
        try call(.receipt, json: ReceiptRequestBody(reference))
    }

    public func receiptPrinted(_ receipt: FeeReceipt, staffID: String, terminal: String, at date: Date) throws {
        try send(.receiptPrinted, json: receipt)
    }

    public func refundUnprinted(issuanceID: Int64, staffID: String, terminal: String, at date: Date) throws {
        try send(.windowRefundUnprinted, ["issuanceID": String(issuanceID)])
    }

    public func resetPIN(credentialID: String, newPIN: PIN, identity: IdentityDocument, staffID: String,
                         at date: Date) throws {
        try send(.pinReset, json: PINResetBody(credentialID: credentialID, pin: newPIN, identity: identity))
    }

    public func dailySummary(businessDate: String) throws -> DailySummary {
        try call(.dailySummary, ["businessDate": businessDate])
    }

    public func issuanceReport(businessDate: String) throws -> IssuanceReport {
        try call(.issuanceReport, ["businessDate": businessDate])
    }

    public func closeOf(businessDate: String, terminal: String) throws -> DailySummary.Close? {
        let till: TillBody = try call(.till, ["businessDate": businessDate])
        return till.close
    }

    public func takings(businessDate: String, terminal: String) throws -> Int {
        let till: TillBody = try call(.till, ["businessDate": businessDate])
        return till.takings
    }

    public func close(businessDate: String, terminal: String, countedCash: Int, changeFloat: Int, staffID: String,
                      at date: Date) throws -> DailySummary.Close {
        try call(.tillClose, ["businessDate": businessDate],
                 json: TillCloseBody(countedCash: countedCash, changeFloat: changeFloat))
    }

    private func approval(of supervisorID: String) throws -> String {
        guard let approval = staff.approval(of: supervisorID) else { throw CenterClientError.noApproval }
        return approval
    }
}
