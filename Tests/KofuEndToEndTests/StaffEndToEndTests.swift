import Foundation
import KofuCore
import KofuStore
import Testing

/// `kofu staff` and `kofu report daily` as a script would run them, passwords piped on standard input.
@Suite struct StaffEndToEndTests {
    let store: ScratchStore

    init() throws {
        store = try ScratchStore()
    }

    /// The seeded database has supervisors, so supervisor S101 approves: their password is the third line.
    func add(_ id: String, _ passwords: String, role: String = "supervisor") throws -> String {
        try Kofu.run(["staff", "add", "--db", store.database, "--id", id, "--name", "試験 太郎", "--role", role,
                      "--supervisor", "S101"], input: passwords + "komaki-super1\n")
    }

    @Test func staffAddWithoutASupervisorIsRefused() throws {
        let refused = try #require(throws: TmuxFailure.self) {
            try Kofu.run(["staff", "add", "--db", store.database, "--id", "S950", "--name", "侵入 者", "--role", "supervisor"],
                         input: "secret-pass-9\nsecret-pass-9\n")
        }
        #expect(refused.description.contains("--supervisor"))
        #expect(!(try Kofu.run(["staff", "list", "--db", store.database]).contains("S950")))
    }

    @Test func staffAddReadsThePasswordTwiceAndStoresOnlyAHash() throws {
        #expect(try add("S900", "secret-pass-9\nsecret-pass-9\n").contains("Added supervisor S900"))
        let list = try Kofu.run(["staff", "list", "--db", store.database])
        #expect(list.contains("S900") && list.contains("試験 太郎") && list.contains("supervisor"))
        #expect(!list.contains("pbkdf2") && !list.contains("secret-pass-9"))
        for suffix in ["", "-wal"] {
            let bytes = FileManager.default.contents(atPath: store.database + suffix) ?? Data()
            #expect(bytes.range(of: Data("secret-pass-9".utf8)) == nil, "no password in clear in \(suffix)")
        }
        let directory = SQLiteStaffDirectory(database: try KofuDatabase.open(at: store.database))
        #expect(try directory.login(staffID: "S900", password: "secret-pass-9", at: Date())
            == .loggedIn(StaffMember(id: "S900", name: "試験 太郎", role: .supervisor)))
    }

    @Test func staffAddRefusesDifferentOrShortPasswordsAndSavesNothing() throws {
        let differ = try #require(throws: TmuxFailure.self) { try add("S901", "secret-pass-1\nsecret-pass-2\n") }
        #expect(differ.description.contains("the two passwords differ"))
        let short = try #require(throws: TmuxFailure.self) { try add("S902", "short\nshort\n") }
        #expect(short.description.contains("at least 8 characters"))
        #expect(throws: TmuxFailure.self) { try add("S903", "") }
        let list = try Kofu.run(["staff", "list", "--db", store.database])
        #expect(!list.contains("S901") && !list.contains("S902") && !list.contains("S903"))
    }

    @Test func unlockTakesASupervisorsPassword() throws {
        let directory = SQLiteStaffDirectory(database: try KofuDatabase.open(at: store.database))
        for _ in 1...5 { _ = try directory.login(staffID: "S001", password: "wrong-password", at: Date()) }
        let refused = try #require(throws: TmuxFailure.self) {
            try Kofu.run(["staff", "unlock", "--db", store.database, "--id", "S001", "--supervisor", "S002"],
                         input: "komaki-clerk2\n")
        }
        #expect(refused.description.contains("S002 is no supervisor or the password is wrong"))
        #expect(try Kofu.run(["staff", "list", "--db", store.database]).contains("locked"))
        #expect(try Kofu.run(["staff", "unlock", "--db", store.database, "--id", "S001", "--supervisor", "S101"],
                             input: "komaki-super1\n").contains("Unlocked S001"))
        #expect(!(try Kofu.run(["staff", "list", "--db", store.database]).contains("locked")))
    }

    @Test func dailyReportShowsAWindowTaxPaymentCertificate() throws {
        let database = try KofuDatabase.open(at: store.database)
        let assets = Kofu.repository.appendingPathComponent("Assets")
        let hours = try WindowHours(
            settings: Array(try Data(contentsOf: assets.appendingPathComponent("municipality.json"))),
            calendar: Array(try Data(contentsOf: assets.appendingPathComponent("calendar/holidays.json"))))
        let desk = try SQLiteWindowDesk(database: database, templates: assets.appendingPathComponent("templates"),
                                        hours: hours)
        let day = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 10)
        _ = try desk.issue(WindowOrder(residentID: "R007", identity: .myNumberCard, proxy: nil,
                                       request: .taxPayment(fiscalYear: 2026, item: .inhabitantTax), copies: 1,
                                       cashReceived: 300, staffID: "S001", terminal: "W-01"), at: day)
        let csv = try Kofu.run(["report", "daily", "--db", store.database, "--date", "2026-11-25", "--format", "csv"])
        #expect(csv.contains("2026-11-25,line,window,taxPayment,,,1,1,300,0,0,0,300,,,,"))
        let table = try Kofu.run(["report", "daily", "--db", store.database, "--date", "2026-11-25"])
        #expect(table.contains("taxPayment") && table.contains("net 300 yen"))
        let json = try Kofu.run(["report", "daily", "--db", store.database, "--date", "2026-11-25", "--format", "json"])
        #expect(json.contains("\"businessDate\" : \"2026-11-25\""))
        #expect(throws: TmuxFailure.self) {
            try Kofu.run(["report", "daily", "--db", store.database, "--date", "2026-02-30"])
        }
    }
}
