import Foundation
import KofuCenterClient
import KofuCore
@testable import KofuStore
import KofuTestSupport
import Testing

/// The kiosk flow on the real store: a seeded SQLite file behind the real ports, held by the kiosk's own process
/// or by a `kofu center` on loopback (then the kiosk's ports are its HTTP client), and a spool directory. Only the
/// cash unit is fake. What the resident does on screen must match what the ledger and the spool hold, on either.
@Suite struct KioskStoreFlowTests {
    /// The kiosk's two store ports as one type, whichever backend answers them.
    struct StorePorts: CertificateAuthority, IssuanceDesk {
        let authority: any CertificateAuthority
        let desk: any IssuanceDesk

        func read(credentialID: String, kind: CredentialKind, at date: Date) throws -> CredentialReading {
            try authority.read(credentialID: credentialID, kind: kind, at: date)
        }

        func authenticate(credentialID: String, pin: PIN, at date: Date) throws -> AuthenticationOutcome {
            try authority.authenticate(credentialID: credentialID, pin: pin, at: date)
        }

        func issue(_ order: IssuanceOrder, at date: Date) throws -> IssuanceReceipt {
            try desk.issue(order, at: date)
        }

        func refundUnprinted(issuanceID: Int64, reason: String, at date: Date) throws {
            try desk.refundUnprinted(issuanceID: issuanceID, reason: reason, at: date)
        }
    }

    typealias StoreKiosk = KioskDriver<StorePorts, StorePorts, SpoolPrinter>

    /// Card 100001 (PIN 1234, every record) to the menu, then 住民票 for the holder, 2 copies, to the payment screen.
    static let toPayment = "111100001\n1234\n\n" + "1142\n1"
    static let morning = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 10)

    /// One kiosk on `backend` over a fresh store; on a center, `kofu center` serves it on a free loopback port.
    struct World {
        let store: ScratchStore
        let database: KofuDatabase
        let ports: StorePorts
        let printer: SpoolPrinter
        let center: RunningCenter?

        var spool: URL { store.spool }

        init(_ backend: Backend) throws {
            store = try ScratchStore()
            database = try KofuDatabase.open(at: store.database)
            switch backend {
            case .embedded:
                // The terminal `KioskDriver` names, registered for the store it holds.
                try Kofu.run(["terminal", "add", "--db", store.database, "--id", "T-01", "--kind", "kiosk"])
                let desk = try SQLiteIssuanceDesk(database: database,
                                                  templates: Kofu.repository.appendingPathComponent("Assets/templates"),
                                                  signingKey: try SigningKey.load(from: store.database + ".key"))
                ports = StorePorts(authority: SQLiteCertificateAuthority(database: database, clock: .japan), desk: desk)
                printer = SpoolPrinter(database: database, directory: store.spool)
                center = nil
            case .center:
                let keyFile = store.directory.appendingPathComponent("kiosk.token").path
                try Kofu.run(["center", "terminal", "add", "--db", store.database, "--id", "NET-T-01", "--kind", "kiosk",
                              "--key-file", keyFile])
                let center = try RunningCenter(store)
                let token = try TerminalToken.read(from: keyFile)
                let client = CenterClient(base: center.url, token: token,
                                          unanswered: UnansweredPayments(spool: store.spool, terminal: token.terminalID))
                ports = StorePorts(authority: client, desk: client)
                printer = SpoolPrinter(source: client, directory: store.spool)
                self.center = center
            }
        }

        func kiosk(demo: [DemoCredential] = []) throws -> StoreKiosk {
            try StoreKiosk(authority: ports, desk: ports, printer: printer, now: KioskStoreFlowTests.morning, demo: demo)
        }

        func spoolFiles() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: spool.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        }

        func count(_ table: String) throws -> Int {
            try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")! }
        }

        func expectNothingWritten() throws {
            for table in ["ledger", "issuance", "document"] {
                #expect(try count(table) == 0, "\(table) must stay empty")
            }
            #expect(spoolFiles().isEmpty)
        }
    }

    @Test(arguments: Backend.allCases)
    func paidResidentRecordIsChargedOnceAndPrintedTwice(backend: Backend) throws {
        let world = try World(backend)
        var kiosk = try world.kiosk()
        kiosk.type(Self.toPayment)
        #expect(kiosk.state.screen == .payment)
        #expect(kiosk.state.session?.copies == 2)
        kiosk.type("4")  // 500 yen for 300 due
        #expect(kiosk.state.screen == .printing)

        let ledger = try world.database.ledgerEntries(businessDate: nil)
        #expect(ledger.map(\.amount) == [300])
        #expect(ledger.first?.entryType == .charge)
        #expect(try world.count("issuance") == 1)
        #expect(try world.count("document") == 2)
        let files = world.spoolFiles()
        #expect(files.count == 2)
        for file in files {
            let text = try String(contentsOf: world.spool.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains("小牧 太郎"))
            #expect(try world.database.verify(printed: text) == .genuine(kind: .residentRecord, businessDate: "2026-11-25"))
        }
        // Marked printed in the store, whoever printed.
        #expect(try world.database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document WHERE printed_at IS NOT NULL")!
        } == 2)
        #expect(kiosk.cash.dispensed == [200])
        #expect(kiosk.log.lines.isEmpty)

        kiosk.advance(KioskReducer.printDuration(copies: 2))
        #expect(kiosk.state.screen == .takeCertificate)
    }

    /// Demo: V reads the certificates back from the spool, through the printer, as they went to paper.
    @Test(arguments: Backend.allCases)
    func aDemoShowsThePrintedCertificatesFromTheSpool(backend: Backend) throws {
        let world = try World(backend)
        var demo = try world.kiosk(demo: fixtureDemo)
        demo.type(Self.toPayment + "4")
        demo.advance(KioskReducer.printDuration(copies: 2))
        demo.type("v")
        let lines = try #require(demo.state.session?.printedView?.lines, "\(demo.state.screen) \(demo.log.lines)")
        let printed = try world.spoolFiles().map {
            try String(contentsOf: world.spool.appendingPathComponent($0), encoding: .utf8)
        }
        #expect(printed.count == 2)
        #expect(lines.count >= printed.map { $0.split(separator: "\n").count }.reduce(0, +))
        for text in printed {
            #expect(text.split(separator: "\n").allSatisfy { lines.contains(String($0)) })
        }
        #expect(lines.contains { $0.contains("小牧 太郎") })
    }

    @Test(arguments: Backend.allCases)
    func cancelDuringPaymentWritesNothingAndReturnsTheCash(backend: Backend) throws {
        let world = try World(backend)
        var kiosk = try world.kiosk()
        kiosk.type(Self.toPayment + "3")  // 100 yen in
        #expect(kiosk.state.session?.inserted == 100)
        kiosk.type("q")
        #expect(kiosk.state.screen == .start)
        #expect(kiosk.state.notice == .cancelled(returned: 100))
        try world.expectNothingWritten()
        #expect(kiosk.cash.dispensed == [100])
    }

    @Test(arguments: Backend.allCases)
    func idleTimeoutDuringPaymentWritesNothingAndReturnsTheCash(backend: Backend) throws {
        let world = try World(backend)
        var kiosk = try world.kiosk()
        kiosk.type(Self.toPayment + "3")
        kiosk.advance(60)
        #expect(kiosk.state.screen == .start)
        #expect(kiosk.state.notice == .timedOut(returned: 100))
        try world.expectNothingWritten()
        #expect(kiosk.cash.dispensed == [100])
    }
}
