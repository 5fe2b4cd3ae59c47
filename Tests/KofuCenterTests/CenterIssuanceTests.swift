import Foundation
import HTTPTypes
import HummingbirdTesting
import KofuCenterAPI
import KofuCore
@testable import KofuStore
import Testing

/// A kiosk's whole payment over the center: read, PIN, pay once per key, fetch the copies, say they are printed.
@Suite struct CenterIssuanceTests {
    let holder = CenterFixture.holder

    func order(copies: Int = 1) -> IssuanceOrder {
        IssuanceOrder(credentialID: holder.id, residentID: holder.resident, request: .sealRegistration, copies: copies,
                      channel: .kiosk, terminal: "ignored: the center takes the token's")
    }

    func key(_ key: String) -> HTTPFields { [HTTPField.Name("Idempotency-Key")!: key] }

    /// The ticket a right PIN at `terminal` earns.
    func ticket(_ client: any TestClientProtocol, _ terminal: TerminalToken) async throws -> String {
        let pin = try await client.send(.post, "/v1/kiosk/credentials/authenticate", token: terminal,
                                        json: AuthenticateBody(credentialID: holder.id, pin: PIN(holder.pin)))
        return try #require(try pin.decoded(AuthenticationBody.self).ticket)
    }

    /// A payment as a kiosk makes it: a PIN check, then the order with its ticket.
    func pay(_ client: any TestClientProtocol, _ center: CenterFixture, copies: Int = 1, key name: String) async throws
        -> ReceiptBody {
        let ticket = try await ticket(client, center.kiosk)
        return try await client.send(.post, "/v1/kiosk/issuances", token: center.kiosk,
                                     json: IssueBody(order(copies: copies), ticket: ticket), headers: key(name))
            .decoded(ReceiptBody.self)
    }

    @Test func aPaymentIsChargedOnceWhateverTheRetries() async throws {
        let center = try CenterFixture()
        try await center.test { client in
            let reading = try await client.send(.post, "/v1/kiosk/credentials/read", token: center.kiosk,
                                                json: ReadCredentialBody(credentialID: holder.id, kind: .card))
            #expect(try reading.decoded(CredentialReadingBody.self).reading == .ready(triesLeft: 3))
            let pin = try await client.send(.post, "/v1/kiosk/credentials/authenticate", token: center.kiosk,
                                            json: AuthenticateBody(credentialID: holder.id, pin: PIN(holder.pin)))
            let outcome = try #require(try pin.decoded(AuthenticationBody.self).authentication)
            guard case .authenticated(let profile) = outcome else { Issue.record("not authenticated: \(outcome)"); return }
            #expect(profile.residentID == holder.resident)
            let ticket = try #require(try pin.decoded(AuthenticationBody.self).ticket)

            var receipts: [ReceiptBody] = []
            for attempt in 0..<3 {
                let paid = try await client.send(.post, "/v1/kiosk/issuances", token: center.kiosk,
                                                 json: IssueBody(order(copies: 2), ticket: ticket), headers: key("pay-1"))
                // Made the first time; the same receipt, made before, every time after.
                #expect(paid.status == (attempt == 0 ? .created : .ok))
                receipts.append(try paid.decoded(ReceiptBody.self))
            }
            #expect(receipts.allSatisfy { $0 == receipts[0] })
            #expect(receipts[0].amount == 300 && receipts[0].serials.count == 2)
            let rows = try center.ledgerRows().filter { $0.issuance == receipts[0].issuanceID }
            #expect(rows.count == 1)
            // The ledger names the terminal the token proved, not anything the request said.
            #expect(rows.first?.terminal == "KIOSK-0001" && rows.first?.type == "charge")

            // The ticket was spent by the first payment: a second one takes the PIN again.
            let unproven = try await client.send(.post, "/v1/kiosk/issuances", token: center.kiosk,
                                                 json: IssueBody(order(), ticket: ticket), headers: key("pay-2"))
            #expect(unproven.status == .conflict)
            #expect(try unproven.decoded(ProblemBody.self).code == "pinNotProven")
            let second = try await client.send(.post, "/v1/kiosk/issuances", token: center.kiosk,
                                               json: IssueBody(order(), ticket: try await self.ticket(client, center.kiosk)),
                                               headers: key("pay-3"))
            #expect(second.status == .created)
            #expect(try second.decoded(ReceiptBody.self).issuanceID != receipts[0].issuanceID)

            // Two payments counted, whatever the retries; every answer counted by operation and status.
            let metrics = String(buffer: try await client.send(.get, "/metrics", token: nil).body)
            #expect(metrics.contains(#"kofu_center_issuances_total{channel="kiosk"} 2"#))
            #expect(metrics.contains(#"kofu_center_yen_total{channel="kiosk"} 450"#))
            #expect(metrics.contains(#"kofu_center_requests_total{operation="issue",status="200"} 2"#))
            #expect(metrics.contains(#"kofu_center_requests_total{operation="issue",status="409"} 1"#))
            #expect(metrics.contains(#"kofu_center_request_duration_seconds_count{operation="issue"} 5"#))
        }
    }

    @Test func theSameKeyForAnotherOrderIsRefused() async throws {
        let center = try CenterFixture()
        try await center.test { client in
            _ = try await pay(client, center, key: "k")
            let reused = try await client.send(.post, "/v1/kiosk/issuances", token: center.kiosk,
                                               json: IssueBody(order(copies: 3), ticket: try await ticket(client, center.kiosk)),
                                               headers: key("k"))
            #expect(reused.status == .conflict)
            #expect(try reused.decoded(ProblemBody.self).code == "requestKeyReused")
            #expect(try center.ledgerRows().filter { $0.type == "charge" }.count == 1)
        }
    }

    @Test func aPaymentNeedsAKeyATicketAndAWellFormedOrder() async throws {
        let center = try CenterFixture()
        try await center.test { client in
            let ticket = try await ticket(client, center.kiosk)
            let noKey = try await client.send(.post, "/v1/kiosk/issuances", token: center.kiosk,
                                              json: IssueBody(order(), ticket: ticket))
            #expect(noKey.status == .badRequest)
            let badKey = try await client.send(.post, "/v1/kiosk/issuances", token: center.kiosk,
                                               json: IssueBody(order(), ticket: ticket), headers: key("名前"))
            #expect(badKey.status == .badRequest)
            let badTicket = try await client.send(.post, "/v1/kiosk/issuances", token: center.kiosk,
                                                  json: IssueBody(order(), ticket: "1234"), headers: key("k0"))
            #expect(badTicket.status == .badRequest)
            var windowOnly = IssueBody(order(), ticket: ticket)
            windowOnly.request.kind = .taxPayment
            let refused = try await client.send(.post, "/v1/kiosk/issuances", token: center.kiosk, json: windowOnly,
                                                headers: key("k1"))
            #expect(refused.status == .badRequest)
            let garbage = try await client.send(.post, "/v1/kiosk/issuances", token: center.kiosk,
                                                json: ["copies": "many"], headers: key("k2"))
            #expect(garbage.status == .badRequest)
            #expect(try garbage.decoded(ProblemBody.self).code == "badRequest")
            #expect(try center.ledgerRows().isEmpty)
        }
    }

    /// A PIN proved at one kiosk pays nothing at another: the key file of a kiosk is not a resident's consent.
    @Test func aTicketPaysOnlyAtTheKioskWhereThePINWasTyped() async throws {
        let center = try CenterFixture()
        let other = try TerminalRegistry(database: center.database).addNetworked("KIOSK-0002", kind: .kiosk, site: "",
                                                                                 at: CenterFixture.now).1
        try await center.test { client in
            let ticket = try await ticket(client, center.kiosk)
            let elsewhere = try await client.send(.post, "/v1/kiosk/issuances", token: other,
                                                  json: IssueBody(order(), ticket: ticket), headers: key("e"))
            #expect(elsewhere.status == .conflict)
            #expect(try elsewhere.decoded(ProblemBody.self).code == "pinNotProven")
            let wrong = try await client.send(.post, "/v1/kiosk/credentials/authenticate", token: center.kiosk,
                                              json: AuthenticateBody(credentialID: holder.id, pin: PIN("0000")))
            #expect(try wrong.decoded(AuthenticationBody.self).ticket == nil)
            #expect(try center.ledgerRows().isEmpty)
            let here = try await client.send(.post, "/v1/kiosk/issuances", token: center.kiosk,
                                             json: IssueBody(order(), ticket: ticket), headers: key("h"))
            #expect(here.status == .created)
        }
    }

    @Test func onlyTheTerminalThatPaidGetsTheCopies() async throws {
        let center = try CenterFixture()
        let other = try TerminalRegistry(database: center.database).addNetworked("KIOSK-0002", kind: .kiosk, site: "",
                                                                                 at: CenterFixture.now).1
        try await center.test { client in
            let receipt = try await pay(client, center, copies: 2, key: "p")
            let copiesPath = "/v1/issuances/\(receipt.issuanceID)/copies"
            let copies = try await client.send(.get, copiesPath, token: center.kiosk).decoded(CopiesBody.self)
            #expect(copies.copies.map(\.serial) == receipt.serials)
            #expect(copies.copies.allSatisfy { $0.text.contains($0.serial) && !$0.seal.isEmpty })

            for (method, path, body) in [(HTTPRequest.Method.get, copiesPath, nil as PrintedBody?),
                                         (.post, "/v1/issuances/\(receipt.issuanceID)/printed",
                                          PrintedBody(serials: receipt.serials))] {
                let foreign = try await client.send(method, path, token: other, json: body)
                #expect(foreign.status == .notFound)
            }
            let refund = try await client.send(.post, "/v1/kiosk/issuances/\(receipt.issuanceID)/refund-unprinted",
                                               token: other, json: RefundUnprintedBody(reason: "paper jam"))
            #expect(refund.status == .notFound)

            let printed = try await client.send(.post, "/v1/issuances/\(receipt.issuanceID)/printed",
                                                token: center.kiosk, json: PrintedBody(serials: receipt.serials))
            #expect(printed.status == .noContent)
            let marks = try center.database.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE issuance_id = ? AND printed_at IS NOT NULL",
                                 arguments: [receipt.issuanceID])
            }
            #expect(marks == 2)
            // On paper, it is not refunded as unprinted.
            let late = try await client.send(.post, "/v1/kiosk/issuances/\(receipt.issuanceID)/refund-unprinted",
                                             token: center.kiosk, json: RefundUnprintedBody(reason: "paper jam"))
            #expect(late.status == .conflict)
            #expect(try late.decoded(ProblemBody.self).code == "alreadyPrinted")
            #expect(try center.ledgerRows().map(\.type) == ["charge"])
        }
    }

    @Test func aCopyThatCouldNotBePrintedIsRefundedOnce() async throws {
        let center = try CenterFixture()
        try await center.test { client in
            let receipt = try await pay(client, center, key: "r")
            let path = "/v1/kiosk/issuances/\(receipt.issuanceID)/refund-unprinted"
            let first = try await client.send(.post, path, token: center.kiosk, json: RefundUnprintedBody(reason: "paper jam"))
            #expect(first.status == .noContent)
            let again = try await client.send(.post, path, token: center.kiosk, json: RefundUnprintedBody(reason: "paper jam"))
            #expect(again.status == .conflict)
            #expect(try center.ledgerRows().map(\.type) == ["charge", "refund"])
            // The fee is back: the copies are void, neither handed out nor marked printed.
            let copies = try await client.send(.get, "/v1/issuances/\(receipt.issuanceID)/copies", token: center.kiosk)
            #expect(copies.status == .conflict)
            #expect(try copies.decoded(ProblemBody.self).code == "alreadyRefunded")
            let printed = try await client.send(.post, "/v1/issuances/\(receipt.issuanceID)/printed",
                                                token: center.kiosk, json: PrintedBody(serials: receipt.serials))
            #expect(printed.status == .conflict)
        }
    }
}
