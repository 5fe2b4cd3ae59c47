import Foundation
import HTTPTypes
import HummingbirdTesting
import KofuCenterAPI
import KofuCore
@testable import KofuStore
import Testing

/// A window's day on the center: the clerk is the session's, the terminal the token's, and what a supervisor
/// approves takes an approval given at that terminal, good for one act.
@Suite struct CenterWindowDeskTests {
    static let clerk = CenterFixture.seed.staff.first { $0.role == .clerk }!
    static let supervisor = CenterFixture.seed.staff.first { $0.role == .supervisor }!
    static let holder = CenterFixture.holder

    func order(cash: Int? = 500, exemption: ExemptionReason? = nil) -> WindowOrder {
        WindowOrder(residentID: Self.holder.resident, identity: .myNumberCard, proxy: nil,
                    request: .kiosk(.residentRecord(ResidentRecordOptions())), copies: 1, exemption: exemption,
                    cashReceived: cash, staffID: "ignored: the session's", terminal: "ignored: the token's")
    }

    /// Sends as the window, with the clerk's session.
    struct Window {
        let client: any TestClientProtocol
        let token: TerminalToken
        let session: String

        func send(_ method: HTTPRequest.Method, _ uri: String, _ json: (any Encodable)? = nil, key: String? = nil)
            async throws -> TestResponse {
            var headers: HTTPFields = [HTTPField.Name(CenterRoute.staffSessionHeader)!: session]
            if let key { headers[HTTPField.Name("Idempotency-Key")!] = key }
            return try await client.send(method, uri, token: token, json: json, headers: headers)
        }

        func approval(_ staff: SeedFile.Staff) async throws -> LoginOutcomeBody {
            try await send(.post, "/v1/window/staff/approve", LoginBody(staffID: staff.id, password: staff.password))
                .decoded(LoginOutcomeBody.self)
        }
    }

    func window(_ client: any TestClientProtocol, _ token: TerminalToken) async throws -> Window {
        let login = try await client.send(.post, "/v1/window/staff/login", token: token,
                                          json: LoginBody(staffID: Self.clerk.id, password: Self.clerk.password))
        return Window(client: client, token: token, session: try #require(try login.decoded(LoginOutcomeBody.self).session))
    }

    @Test func aDayAtTheCounterOnTheCenter() async throws {
        let center = try CenterFixture()
        try await center.test { client in
            let window = try await window(client, center.window)
            let paid = try await window.send(.post, "/v1/window/issuances", WindowIssueBody(order(), approval: nil), key: "w1")
            #expect(paid.status == .created)
            let receipt = try paid.decoded(ReceiptBody.self)
            // The answer was lost and the clerk's window asks again: the same receipt, one charge.
            let retried = try await window.send(.post, "/v1/window/issuances", WindowIssueBody(order(), approval: nil),
                                                key: "w1")
            #expect(retried.status == .ok)
            #expect(try retried.decoded(ReceiptBody.self) == receipt)
            #expect(receipt.amount == 300 && receipt.serials.count == 1)
            let copies = try await window.send(.get, "/v1/issuances/\(receipt.issuanceID)/copies").decoded(CopiesBody.self)
            #expect(copies.copies.map(\.serial) == receipt.serials)
            // A window's key alone reads no certificate: its copies want the clerk's session too.
            let keyAlone = try await client.send(.get, "/v1/issuances/\(receipt.issuanceID)/copies", token: center.window)
            #expect(keyAlone.status == .forbidden)
            #expect(try await window.send(.post, "/v1/issuances/\(receipt.issuanceID)/printed",
                                          PrintedBody(serials: receipt.serials)).status == .noContent)
            // On paper, it is refunded only as a supervisor approves, never as "not printed".
            let unprinted = try await window.send(.post, "/v1/window/issuances/\(receipt.issuanceID)/refund-unprinted")
            #expect(unprinted.status == .conflict)
            #expect(try unprinted.decoded(ProblemBody.self).code == "alreadyPrinted")
            let fee = try await window.send(.post, "/v1/window/receipts",
                                            ReceiptRequestBody(.issuance(receipt.issuanceID))).decoded(FeeReceipt.self)
            #expect(fee.copy == 1 && fee.text.contains("300"))
            #expect(try await window.send(.post, "/v1/window/receipts/printed", fee).status == .noContent)
            let again = try await window.send(.post, "/v1/window/receipts", ReceiptRequestBody(.issuance(receipt.issuanceID)))
            #expect(try again.decoded(FeeReceipt.self).copy == 2)

            // An exemption without a supervisor's approval is refused; a clerk's password approves nothing.
            let unapproved = try await window.send(.post, "/v1/window/issuances",
                                                   WindowIssueBody(order(cash: nil, exemption: .officialUse), approval: nil),
                                                   key: "w2")
            #expect(unapproved.status == .conflict)
            #expect(try unapproved.decoded(ProblemBody.self).code == "approvalMissing")
            let byClerk = try await window.approval(Self.clerk)
            #expect(byClerk.login == .rejected && byClerk.approval == nil)
            let approval = try #require(try await window.approval(Self.supervisor).approval)
            let exempt = try await window.send(.post, "/v1/window/issuances",
                                               WindowIssueBody(order(cash: nil, exemption: .officialUse), approval: approval),
                                               key: "w3")
            #expect(exempt.status == .created)
            #expect(try exempt.decoded(ReceiptBody.self).amount == 0)
            // Its retry is answered although the approval was used up by the first.
            #expect(try await window.send(.post, "/v1/window/issuances",
                                          WindowIssueBody(order(cash: nil, exemption: .officialUse), approval: approval),
                                          key: "w3").status == .ok)
            // Used up by that one act.
            let reused = try await window.send(.post, "/v1/window/refunds", RefundBody(
                refund: RefundRequest(issuanceID: receipt.issuanceID, reason: .wrongRequest, note: "", copiesCollected: true),
                approval: approval))
            #expect(reused.status == .forbidden)

            let listed = try await window.send(.get, "/v1/window/refundable/2026-11-25").decoded(IssuanceListBody.self)
            #expect(listed.issuances.map(\.issuanceID).contains(receipt.issuanceID))
            let refunded = try await window.send(.post, "/v1/window/refunds", RefundBody(
                refund: RefundRequest(issuanceID: receipt.issuanceID, reason: .wrongRequest, note: "", copiesCollected: true),
                approval: try #require(try await window.approval(Self.supervisor).approval)))
            #expect(refunded.status == .noContent)

            let till = try await window.send(.get, "/v1/window/till/2026-11-25").decoded(TillBody.self)
            #expect(till.takings == 0 && till.close == nil)
            let early = try await window.send(.post, "/v1/window/till/2026-11-26/close",
                                              TillCloseBody(countedCash: 10_000, changeFloat: 10_000))
            #expect(early.status == .badRequest, "tomorrow's till is not closed today")
            let close = try await window.send(.post, "/v1/window/till/2026-11-25/close",
                                              TillCloseBody(countedCash: 10_000, changeFloat: 10_000))
            let closed = try close.decoded(DailySummary.Close.self)
            // The till closed is the token's, by the clerk of the session: no request can name another.
            #expect(closed.terminal == "WINDOW-01" && closed.staffID == Self.clerk.id && closed.expectedCash == 10_000)
            let late = try await window.send(.post, "/v1/window/issuances", WindowIssueBody(order(), approval: nil),
                                             key: "w4")
            #expect(late.status == .conflict)
        }
        let rows = try center.ledgerRows()
        #expect(rows.map(\.type) == ["charge", "exemption", "refund"] && rows.allSatisfy { $0.terminal == "WINDOW-01" })
    }

    @Test func anApprovalServesOnlyTheWindowWhereItWasGiven() async throws {
        let center = try CenterFixture()
        let other = try TerminalRegistry(database: center.database).addNetworked("WINDOW-02", kind: .window, site: "",
                                                                                 at: CenterFixture.now).1
        try await center.test { client in
            let here = try await window(client, center.window)
            let there = try await window(client, other)
            let approval = try #require(try await here.approval(Self.supervisor).approval)
            let elsewhere = try await there.send(.post, "/v1/window/issuances",
                                                 WindowIssueBody(order(cash: nil, exemption: .officialUse), approval: approval),
                                                 key: "x")
            #expect(elsewhere.status == .conflict)
            #expect(try elsewhere.decoded(ProblemBody.self).code == "approvalMissing")
            let locked = try await here.send(.post, "/v1/window/staff/unlock",
                                             UnlockBody(staffID: Self.clerk.id, approval: approval))
            #expect(locked.status == .noContent)
        }
        #expect(try center.ledgerRows().isEmpty)
    }
}
