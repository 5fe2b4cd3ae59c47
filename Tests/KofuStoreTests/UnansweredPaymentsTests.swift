import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// A terminal's journal of open payments: each state read back as written, one folder per terminal, and a file
/// that says nothing known is never taken for a payment to withdraw.
@Suite struct UnansweredPaymentsTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    @Test func statesReadBackAsWrittenPerTerminal() throws {
        let mine = UnansweredPayments(spool: directory.url, terminal: "KIOSK-A")
        let theirs = UnansweredPayments(spool: directory.url, terminal: "KIOSK-B")
        try mine.record("k1")
        try mine.record("k2")
        try mine.write(.issued(7, serials: ["K-1-1", "K-1-2"]), "k2")
        try theirs.record("k3")
        try theirs.write(.printed(9, serials: ["K-2-1"]), "k3")
        #expect(mine.entries().map(\.state) == [.sent, .issued(7, serials: ["K-1-1", "K-1-2"])])
        #expect(theirs.entries().map(\.key) == ["k3"] && theirs.key(of: 9) == "k3")
        #expect(mine.key(of: 9) == nil && mine.key(of: 7) == "k2")
        mine.settled("k1")
        #expect(mine.entries().map(\.key) == ["k2"])
    }

    @Test func aDamagedFileIsUnreadableNotSent() throws {
        let journal = UnansweredPayments(spool: directory.url, terminal: "KIOSK-A")
        try journal.record("k")
        try Data().write(to: journal.directory.appendingPathComponent("k"))
        #expect(journal.entries().map(\.state) == [.unreadable])
    }

    /// A terminal that died in the middle of printing: the copy it sealed stands, the one it did not is not on paper.
    @Test func onlyWhollySealedCopiesCountAsOnPaper() throws {
        let journal = UnansweredPayments(spool: directory.url, terminal: "KIOSK-A")
        #expect(journal.sealed([]).isEmpty)
        let (storeDirectory, database, desk) = try Fixture.seededDesk()
        defer { withExtendedLifetime(storeDirectory) {} }
        let receipt = try desk.issue(IssuanceOrder(
            credentialID: Fixture.everyRecord.id, residentID: Fixture.everyRecord.resident, request: .sealRegistration,
            copies: 2, channel: .kiosk, terminal: "T-0042"), at: now)
        try SpoolPrinter(database: database, directory: directory.url).print(receipt)
        #expect(journal.sealed(receipt.serials) == receipt.serials)
        let second = directory.url.appendingPathComponent("\(receipt.serials[1]).txt")
        let text = try String(contentsOf: second, encoding: .utf8)
        let unsealed = text[..<text.range(of: DocumentSeal.codeLabel)!.lowerBound]
        try String(unsealed).write(to: second, atomically: true, encoding: .utf8)
        #expect(journal.sealed(receipt.serials) == [receipt.serials[0]])
        #expect(journal.sealed(["K-9-9"]).isEmpty)
    }
}
