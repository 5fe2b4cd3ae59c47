import Foundation
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

    @Test func onlyWhollySealedCopiesCountAsOnPaper() throws {
        let journal = UnansweredPayments(spool: directory.url, terminal: "KIOSK-A")
        #expect(!journal.onPaper([]))
        try "本文\\n".write(to: directory.url.appendingPathComponent("K-1-1.txt"), atomically: true, encoding: .utf8)
        #expect(!journal.onPaper(["K-1-1"]))
    }
}
