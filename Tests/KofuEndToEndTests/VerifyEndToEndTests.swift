import Foundation
import KofuCore
import KofuStore
import Testing

/// `kofu verify` on paper from the window: genuine while the fee stands, void from the day it was refunded; and
/// checked by someone who has only the city's published key.
@Suite struct VerifyEndToEndTests {
    static let morning = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 10)

    /// A 納税証明書 issued at the window and printed to the store's spool: its receipt and the printed file.
    static func printed(_ store: ScratchStore, desk: SQLiteWindowDesk) throws -> (IssuanceReceipt, String) {
        let receipt = try desk.issue(WindowOrder(residentID: "R007", identity: .myNumberCard, proxy: nil,
                                                 request: .taxPayment(fiscalYear: 2026, item: .inhabitantTax),
                                                 copies: 1, cashReceived: 300, staffID: "S001", terminal: "W-01"),
                                     at: morning)
        try SpoolPrinter(database: try KofuDatabase.open(at: store.database), directory: store.spool).print(receipt)
        return (receipt, store.spool.appendingPathComponent("\(receipt.serials[0]).txt").path)
    }

    @Test func aCertificateRefundedAtTheWindowIsVoidFromTheRefundsDay() throws {
        let store = try ScratchStore()
        let desk = try store.windowDesk()
        let morning = Self.morning
        let (receipt, paper) = try Self.printed(store, desk: desk)

        let genuine = try Kofu.outcome(["verify", "--db", store.database, paper])
        #expect(genuine.status == 0 && genuine.output == "\(paper): genuine: taxPayment issued on 2026-11-25\n")

        try desk.refund(RefundRequest(issuanceID: receipt.issuanceID, reason: .clericalError, note: "",
                                      copiesCollected: true),
                        approvedBy: "S101", staffID: "S001", terminal: "W-01", at: morning.addingTimeInterval(3_600))
        let void = try Kofu.outcome(["verify", "--db", store.database, paper])
        #expect(void.status == 2)
        #expect(void.output.contains("refunded and voided on 2026-11-25"))
        #expect(!void.output.contains("genuine"))
    }

    @Test func thePublishedKeyAloneTellsAGenuineFileFromAnEditedOrForgedOne() throws {
        let store = try ScratchStore()
        let (receipt, paper) = try Self.printed(store, desk: try store.windowDesk())
        let published = store.directory.appendingPathComponent("city.pem")
        try Kofu.run(["store", "public-key", "--db", store.database])
            .write(to: published, atomically: true, encoding: .utf8)

        let genuine = try Kofu.outcome(["verify", "--public-key", published.path, paper])
        #expect(genuine.status == 0)
        #expect(genuine.output == "\(paper): genuine: signed by the city, serial \(receipt.serials[0]) "
                + "(whether it was refunded since, the city's database tells)\n")

        let text = try String(contentsOfFile: paper, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.hasPrefix("氏名") })
        let edited = store.directory.appendingPathComponent("edited.txt").path
        try text.replacingOccurrences(of: "加藤", with: "加納")
            .write(toFile: edited, atomically: true, encoding: .utf8)
        let altered = try Kofu.outcome(["verify", "--public-key", published.path, edited])
        #expect(altered.status == 2)
        #expect(altered.output == "\(edited): NOT GENUINE: line \(line + 1) is not as issued: "
                + "「\(lines[line].replacingOccurrences(of: "加藤", with: "加納"))」\n")

        // Another database has another key: its paper is genuine there, and a forgery here.
        let elsewhere = try ScratchStore()
        let (_, foreign) = try Self.printed(elsewhere, desk: try elsewhere.windowDesk())
        let forged = try Kofu.outcome(["verify", "--public-key", published.path, foreign, paper])
        #expect(forged.status == 2)
        #expect(forged.output.hasPrefix("\(foreign): NOT GENUINE: the signature is not the city's"))
        #expect(forged.output.contains("\(paper): genuine"))
    }

    @Test func aCodeTypedFromPaperIsCheckedAgainstTheDatabase() throws {
        let store = try ScratchStore()
        let (receipt, paper) = try Self.printed(store, desk: try store.windowDesk())
        let text = try String(contentsOfFile: paper, encoding: .utf8)
        let codeLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("検証コード") })
        let code = String(try #require(codeLine.split(separator: "　").last))
        let groups = code.lowercased().split(separator: "-").map(String.init)
        let typed = try Kofu.outcome(["verify", "--db", store.database, "--code", receipt.serials[0]] + groups)
        #expect(typed.status == 0)
        #expect(typed.output == "\(receipt.serials[0]): genuine: taxPayment issued on 2026-11-25\n")
        let wrong = try Kofu.outcome(["verify", "--db", store.database, "--code", receipt.serials[0], "00000-00000"])
        #expect(wrong.status == 2 && wrong.output.contains("the verification code does not match"))
    }

    /// The database copied to another machine without its key file: it still verifies, and neither desk starts.
    @Test func aDatabaseCopiedWithoutItsKeyVerifiesButIssuesNothing() throws {
        let store = try ScratchStore()
        let (_, paper) = try Self.printed(store, desk: try store.windowDesk())
        let elsewhere = store.directory.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let copy = elsewhere.appendingPathComponent("kofu.sqlite").path
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: store.database + suffix) {
            try FileManager.default.copyItem(atPath: store.database + suffix, toPath: copy + suffix)
        }
        let verified = try Kofu.outcome(["verify", "--db", copy, paper])
        #expect(verified.status == 0 && verified.output == "\(paper): genuine: taxPayment issued on 2026-11-25\n")
        for command in ["kiosk", "window"] {
            let refused = try Kofu.outcome([command, "--db", copy])
            #expect(refused.status == 1)
            #expect(refused.errors.contains("no signing key at \(copy).key"), "\(command): \(refused.errors)")
        }
        #expect(try Kofu.outcome(["ledger", "list", "--db", copy]).output.contains("300"), "the copy is whole")
    }

    /// A city that makes a new database keeps its key, so its published key stays valid.
    @Test func storeInitTakesUpAnExistingKey() throws {
        let store = try ScratchStore()
        let second = store.directory.appendingPathComponent("second.sqlite").path
        let made = try Kofu.run(["store", "init", "--db", second, "--key", store.database + ".key"])
        #expect(made.contains("Signing key \(store.database).key (existing, kept)"))
        #expect(try Kofu.run(["store", "public-key", "--db", second])
                == (try Kofu.run(["store", "public-key", "--db", store.database])))
        #expect(!FileManager.default.fileExists(atPath: second + ".key"))
    }
}
