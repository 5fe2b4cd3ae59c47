import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// The kiosk's outside world as the property tests model it: cards whose wrong PINs count and lock as the national
/// system's do, a desk that charges only what it issues, a printer and a coin unit that may fail. Each port checks,
/// as it is asked, what the kiosk must never ask of it, and keeps what it did so that money can be counted after.
final class KioskWorld: CertificateAuthority, IssuanceDesk, CertificatePrinter, CashUnit, @unchecked Sendable {
    struct Card {
        var pin: String
        var kind: CredentialKind
        var profile: KioskProfile
        var failures = 0
        var locked = false
    }

    static let profile2 = KioskProfile(residentID: "R009", name: "試験 次郎", householdMembers: [],
                                       hasSealRegistration: false, incomeFiscalYears: [2026])

    var cards: [String: Card] = [
        "100001": Card(pin: "1234", kind: .card, profile: fixtureProfile),
        "100009": Card(pin: "5678", kind: .card, profile: profile2),
        "100008": Card(pin: "8124", kind: .card, profile: profile2, failures: 3, locked: true),
        "900001": Card(pin: "5823", kind: .smartphone, profile: profile2),
    ]
    /// The last answer to a PIN for each credential, in the session under way.
    private(set) var answers: [String: AuthenticationOutcome] = [:]
    private(set) var orders: [IssuanceOrder] = []
    private(set) var issued: [IssuanceReceipt] = []
    private(set) var printed: Set<Int64> = []
    private(set) var refunded: Set<Int64> = []
    private(set) var dispensed: [Int] = []
    private(set) var authentications = 0
    private(set) var lockouts = 0
    var deskFails = false
    var printerJams = false
    var unavailable = false

    func read(credentialID: String, kind: CredentialKind, at date: Date) throws -> CredentialReading {
        // A card placed on the reader begins a session: no PIN answered in an earlier one lets anyone in now.
        answers = [:]
        if unavailable { throw FakeFailure.unavailable }
        guard let card = cards[credentialID], card.kind == kind else { return .refused(.unknownCredential) }
        return card.locked ? .refused(.locked) : .ready(triesLeft: 3 - card.failures)
    }

    func authenticate(credentialID: String, pin: PIN, at date: Date) throws -> AuthenticationOutcome {
        if unavailable { throw FakeFailure.unavailable }
        #expect(pin.isComplete, "only a whole PIN is sent")
        guard var card = cards[credentialID] else { return .refused(.unknownCredential) }
        let outcome: AuthenticationOutcome
        if card.locked {
            outcome = .refused(.locked)
        } else if pin.digits == card.pin {
            card.failures = 0
            outcome = .authenticated(card.profile)
            authentications += 1
        } else {
            card.failures += 1
            card.locked = card.failures >= 3
            if card.locked { lockouts += 1 }
            outcome = card.locked ? .refused(.locked) : .wrongPIN(triesLeft: 3 - card.failures)
        }
        cards[credentialID] = card
        answers[credentialID] = outcome
        return outcome
    }

    /// Never issued without authentication: the card's last answer in this session let its holder in.
    func issue(_ order: IssuanceOrder, at date: Date) throws -> IssuanceReceipt {
        let card = cards[order.credentialID]
        #expect(card?.locked == false, "a locked credential never gets a certificate")
        if case .authenticated(let profile)? = answers[order.credentialID] {
            #expect(profile.residentID == order.residentID, "the certificate is the authenticated resident's")
        } else {
            Issue.record("issued for \(order.credentialID) without a PIN that let its holder in")
        }
        #expect((1...10).contains(order.copies) && order.channel == .kiosk)
        if deskFails { throw FakeFailure.unavailable }
        orders.append(order)
        let id = Int64(orders.count)
        let receipt = IssuanceReceipt(issuanceID: id, serials: (1...order.copies).map { "K-\(id)-\($0)" },
                                      amount: order.amount, businessDate: CityClock.japan.businessDate(date))
        issued.append(receipt)
        return receipt
    }

    func refundUnprinted(issuanceID: Int64, reason: String, at date: Date) throws {
        #expect(issued.contains { $0.issuanceID == issuanceID } && !printed.contains(issuanceID))
        #expect(refunded.insert(issuanceID).inserted, "refunded once")
    }

    func print(_ receipt: IssuanceReceipt) throws {
        #expect(issued.contains(receipt), "only what was issued is printed")
        if printerJams { throw FakeFailure.jammed }
        printed.insert(receipt.issuanceID)
    }

    func printReceipt(_ receipt: FeeReceipt) throws {
        Issue.record("the kiosk prints no fee receipt")
    }

    func printedText(_ receipt: IssuanceReceipt) throws -> [String] {
        guard printed.contains(receipt.issuanceID) else { throw FakeFailure.jammed }
        return receipt.serials.map { "証明書 \($0)" }
    }

    func dispense(_ yen: Int) {
        #expect(yen > 0, "the coin unit pays out something or is not asked")
        dispensed.append(yen)
    }

    /// Fees kept: what was charged less what went back for copies that never printed.
    var kept: Int {
        issued.filter { !refunded.contains($0.issuanceID) }.reduce(0) { $0 + $1.amount }
    }
}
