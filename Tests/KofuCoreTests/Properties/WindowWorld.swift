import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// The window's outside world as the property tests model it: staff accounts that lock after five wrong passwords,
/// the fake register, and a desk and printer that check, as they are asked, what the counter must never do.
final class WindowWorld: StaffDirectory, WindowDesk, CertificatePrinter, @unchecked Sendable {
    struct Account {
        var member: StaffMember
        var password: String
        var failures = 0
        var locked = false
    }

    static let passwords = ["clerk01": "clerk-pass", "clerk02": "clerk-pass2", "super01": "super-pass",
                            "super02": "super-pass2"]

    var accounts: [String: Account] = [
        "clerk01": Account(member: fixtureClerk, password: "clerk-pass"),
        "clerk02": Account(member: StaffMember(id: "clerk02", name: "窓口 二郎", role: .clerk), password: "clerk-pass2"),
        "super01": Account(member: fixtureSupervisor, password: "super-pass"),
        "super02": Account(member: StaffMember(id: "super02", name: "監督 三郎", role: .supervisor),
                           password: "super-pass2"),
    ]
    let registry = FakeRegistry()
    /// The last answer to a login, and to an approval, for each id.
    private(set) var logins: [String: LoginOutcome] = [:]
    private(set) var approvals: [String: LoginOutcome] = [:]
    private(set) var orders: [WindowOrder] = []
    private(set) var printed: Set<Int64> = []
    private(set) var unprinted: Set<Int64> = []
    private(set) var refunded: Set<Int64> = []
    private(set) var closes: [DailySummary.Close] = []
    private(set) var lockouts = 0
    var printerJams = false

    private func check(_ id: String, _ password: String) -> LoginOutcome {
        guard var account = accounts[id] else { return .rejected }
        defer { accounts[id] = account }
        if account.locked { return .locked }
        guard password == account.password else {
            account.failures += 1
            account.locked = account.failures >= 5
            if account.locked { lockouts += 1 }
            return account.locked ? .locked : .rejected
        }
        account.failures = 0
        return .loggedIn(account.member)
    }

    func login(staffID: String, password: String, at date: Date) throws -> LoginOutcome {
        let outcome = check(staffID, password)
        logins[staffID] = outcome
        return outcome
    }

    func approve(supervisorID: String, password: String, at date: Date) throws -> LoginOutcome {
        var outcome = check(supervisorID, password)
        if case .loggedIn(let member) = outcome, member.role != .supervisor { outcome = .rejected }
        approvals[supervisorID] = outcome
        return outcome
    }

    func unlock(staffID: String, by supervisor: StaffMember, at date: Date) throws {
        Issue.record("the window unlocks no account")
    }

    /// Only someone who logged in can log out.
    func logout(staffID: String, at date: Date) throws {
        guard case .loggedIn = logins[staffID] else {
            Issue.record("logout of \(staffID), who is not logged in")
            return
        }
    }

    /// Whoever works the counter logged in with their own password, and their account still answered so.
    func expectLoggedIn(_ staffID: String) {
        guard case .loggedIn(let member)? = logins[staffID], member.id == staffID else {
            Issue.record("\(staffID) acted without logging in")
            return
        }
    }

    /// Four eyes: another supervisor than the one serving, who gave their own password for this approval.
    func expectApproval(by supervisorID: String?, for staffID: String) {
        guard let supervisorID, supervisorID != staffID,
              case .loggedIn(let member)? = approvals[supervisorID], member.role == .supervisor else {
            Issue.record("approved by \(supervisorID ?? "nobody") for \(staffID)")
            return
        }
    }

    func issue(_ order: WindowOrder, at date: Date) throws -> IssuanceReceipt {
        expectLoggedIn(order.staffID)
        if order.exemption != nil {
            expectApproval(by: order.approvedBy, for: order.staffID)
            #expect(order.amount == 0 && order.cashReceived == nil)
        } else {
            let received = try #require(order.cashReceived, "a fee is paid in cash")
            #expect(order.amount <= received && received <= CashLimit.yen, "paid no more than was handed over")
            #expect(order.change == received - order.amount)
        }
        #expect((1...10).contains(order.copies))
        for text in [order.proxy?.name, order.proxy?.purpose, order.proxy?.submitTo].compactMap({ $0 }) {
            #expect(PlainText.isPlain(text) && text.unicodeScalars.count <= WindowReducer.inputLimit)
        }
        orders.append(order)
        let id = Int64(orders.count)
        return IssuanceReceipt(issuanceID: id, serials: (1...order.copies).map { "W-\(id)-\($0)" }, amount: order.amount,
                               businessDate: CityClock.japan.businessDate(date))
    }

    func refundableIssuances(businessDate: String) throws -> [IssuanceSummary] {
        orders.indices.reversed().compactMap { index in
            let id = Int64(index + 1)
            guard !refunded.contains(id), !unprinted.contains(id) else { return nil }
            return IssuanceSummary(issuanceID: id, residentName: "試験", kind: orders[index].request.kind,
                                   copies: orders[index].copies, channel: .window, businessDate: businessDate,
                                   amount: orders[index].amount)
        }
    }

    func refund(_ request: RefundRequest, approvedBy supervisorID: String, staffID: String, terminal: String,
                at date: Date) throws {
        expectLoggedIn(staffID)
        expectApproval(by: supervisorID, for: staffID)
        #expect(request.copiesCollected && (request.reason != .other || !request.note.isEmpty))
        #expect(refunded.insert(request.issuanceID).inserted, "refunded once")
    }

    func receipt(for reference: ReceiptReference, staffID: String, at date: Date) throws -> FeeReceipt {
        expectLoggedIn(staffID)
        guard case .issuance(let id) = reference, orders.indices.contains(Int(id) - 1) else {
            throw FakeFailure.unavailable
        }
        return FeeReceipt(issuanceID: id, copy: 1, text: "領収書")
    }

    func receiptPrinted(_ receipt: FeeReceipt, staffID: String, terminal: String, at date: Date) throws {}

    func refundUnprinted(issuanceID: Int64, staffID: String, terminal: String, at date: Date) throws {
        #expect(!printed.contains(issuanceID))
        #expect(unprinted.insert(issuanceID).inserted)
    }

    func resetPIN(credentialID: String, newPIN: PIN, identity: IdentityDocument, staffID: String, at date: Date) throws {
        expectLoggedIn(staffID)
        #expect(newPIN.isComplete)
    }

    func dailySummary(businessDate: String) throws -> DailySummary {
        DailySummary(businessDate: businessDate, lines: [], closes: closes)
    }

    func issuanceReport(businessDate: String) throws -> IssuanceReport {
        IssuanceReport(businessDate: businessDate, entries: [])
    }

    func closeOf(businessDate: String, terminal: String) throws -> DailySummary.Close? {
        closes.first { $0.terminal == terminal }
    }

    /// Fees kept: what was charged, less refunds and the fees of copies that never printed.
    func takings(businessDate: String, terminal: String) throws -> Int {
        orders.indices.filter { !refunded.contains(Int64($0 + 1)) && !unprinted.contains(Int64($0 + 1)) }
            .reduce(0) { $0 + orders[$1].amount }
    }

    func close(businessDate: String, terminal: String, countedCash: Int, changeFloat: Int, staffID: String,
               at date: Date) throws -> DailySummary.Close {
        expectLoggedIn(staffID)
        #expect(CashLimit.contains(countedCash))
        #expect(closes.isEmpty, "a till is closed once")
        let close = DailySummary.Close(terminal: terminal, staffID: staffID, changeFloat: changeFloat,
                                       expectedCash: changeFloat + (try takings(businessDate: businessDate, terminal: terminal)),
                                       countedCash: countedCash, closedAt: "2026-11-25T08:00:00Z")
        closes.append(close)
        return close
    }

    func print(_ receipt: IssuanceReceipt) throws {
        #expect(orders.indices.contains(Int(receipt.issuanceID) - 1), "only what was issued is printed")
        if printerJams { throw FakeFailure.jammed }
        printed.insert(receipt.issuanceID)
    }

    func printReceipt(_ receipt: FeeReceipt) throws {
        if printerJams { throw FakeFailure.jammed }
    }

    func printedText(_ receipt: IssuanceReceipt) throws -> [String] { [] }
}

extension WindowWorld: ResidentRegistry {
    func find(cardNumber: String) throws -> ResidentMatch? { try registry.find(cardNumber: cardNumber) }

    func search(kana: String, birthDate: String) throws -> [ResidentMatch] {
        try registry.search(kana: kana, birthDate: birthDate)
    }

    func windowProfile(residentID: String, at date: Date) throws -> WindowProfile {
        try registry.windowProfile(residentID: residentID, at: date)
    }

    func sealCardMatches(residentID: String, number: String) throws -> Bool {
        try registry.sealCardMatches(residentID: residentID, number: number)
    }
}
