import Foundation
import KofuCore
import KofuTestSupport
import Testing
@testable import KofuStore

/// The kiosk flow on the real store: a seeded SQLite file, the real authority and desk, and a spool directory.
/// Only the cash unit is fake. What the resident does on screen must match what the ledger and the spool hold.
@Suite struct KioskStoreFlowTests {
    typealias StoreKiosk = KioskDriver<SQLiteCertificateAuthority, SQLiteIssuanceDesk, SpoolPrinter>

    /// Card 100001 (PIN 1234, every record) to the menu, then 住民票 for the holder, 2 copies, to the payment screen.
    static let toPayment = "111100001\n1234\n\n" + "1142\n1"
    static let morning = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 10)

    let directory: TemporaryDirectory
    let database: KofuDatabase
    let spool: URL
    var kiosk: StoreKiosk

    init() throws {
        directory = try TemporaryDirectory()
        database = try Fixture.seededDatabase(in: directory)
        spool = directory.url.appendingPathComponent("spool")
        kiosk = try StoreKiosk(
            authority: SQLiteCertificateAuthority(database: database, clock: .japan),
            desk: try Fixture.kioskDesk(database),
            printer: SpoolPrinter(database: database, directory: spool), now: Self.morning)
    }

    func spoolFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: spool.path)) ?? []).sorted()
    }

    func expectNothingWritten() throws {
        for table in ["ledger", "issuance", "document"] {
            #expect(try database.count(table) == 0, "\(table) must stay empty")
        }
        #expect(spoolFiles().isEmpty)
    }

    @Test mutating func paidResidentRecordIsChargedOnceAndPrintedTwice() throws {
        kiosk.type(Self.toPayment)
        #expect(kiosk.state.screen == .payment)
        #expect(kiosk.state.session?.copies == 2)
        kiosk.type("4")  // 500 yen for 300 due
        #expect(kiosk.state.screen == .printing)

        let ledger = try database.ledgerEntries(businessDate: nil)
        #expect(ledger.map(\.amount) == [300])
        #expect(ledger.first?.entryType == .charge)
        #expect(try database.count("issuance") == 1)
        #expect(try database.count("document") == 2)
        let files = spoolFiles()
        #expect(files.count == 2)
        for file in files {
            let text = try String(contentsOf: spool.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains(Fixture.name("R001")))
            #expect(try database.verify(printed: text) == .genuine(kind: .residentRecord, businessDate: "2026-11-25"))
        }
        #expect(kiosk.cash.dispensed == [200])
        #expect(kiosk.log.lines.isEmpty)

        kiosk.advance(KioskReducer.printDuration(copies: 2))
        #expect(kiosk.state.screen == .takeCertificate)
    }

    /// Demo: V reads the certificates back from the spool, through the printer, as they went to paper.
    @Test func aDemoShowsThePrintedCertificatesFromTheSpool() throws {
        var demo = try StoreKiosk(
            authority: SQLiteCertificateAuthority(database: database, clock: .japan),
            desk: try Fixture.kioskDesk(database),
            printer: SpoolPrinter(database: database, directory: spool), now: Self.morning, demo: fixtureDemo)
        demo.type(Self.toPayment + "4")
        demo.advance(KioskReducer.printDuration(copies: 2))
        demo.type("v")
        let lines = try #require(demo.state.session?.printedView?.lines)
        let printed = try spoolFiles().map { try String(contentsOf: spool.appendingPathComponent($0), encoding: .utf8) }
        #expect(printed.count == 2)
        #expect(lines.count >= printed.map { $0.split(separator: "\n").count }.reduce(0, +))
        for text in printed {
            #expect(text.split(separator: "\n").allSatisfy { lines.contains(String($0)) })
        }
        #expect(lines.contains { $0.contains(Fixture.name("R001")) })
    }

    @Test mutating func cancelDuringPaymentWritesNothingAndReturnsTheCash() throws {
        kiosk.type(Self.toPayment + "3")  // 100 yen in
        #expect(kiosk.state.session?.inserted == 100)
        kiosk.type("q")
        #expect(kiosk.state.screen == .start)
        #expect(kiosk.state.notice == .cancelled(returned: 100))
        try expectNothingWritten()
        #expect(kiosk.cash.dispensed == [100])
    }

    @Test mutating func idleTimeoutDuringPaymentWritesNothingAndReturnsTheCash() throws {
        kiosk.type(Self.toPayment + "3")
        kiosk.advance(60)
        #expect(kiosk.state.screen == .start)
        #expect(kiosk.state.notice == .timedOut(returned: 100))
        try expectNothingWritten()
        #expect(kiosk.cash.dispensed == [100])
    }
}
