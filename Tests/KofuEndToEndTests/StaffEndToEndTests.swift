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

    /// Recovery asks for the new password twice and proves possession of the database's own signing key file; a
    /// missing key, another city's key or a key others can read changes nothing.
    @Test func staffRecoverNeedsTheSigningKeyFile() throws {
        func recover(_ key: String?) throws -> String {
            try Kofu.run(["staff", "recover", "--db", store.database, "--id", "S101"] + (key.map { ["--key", $0] } ?? []),
                         input: "new-password-1\nnew-password-1\n")
        }
        func refusal(_ key: String) throws -> String {
            try #require(throws: TmuxFailure.self) { try recover(key) }.description
        }
        #expect(try refusal(store.database + ".none").contains("no signing key at"))
        let other = store.directory.appendingPathComponent("other-city.key").path
        _ = try SigningKey.openOrCreate(at: other)
        #expect(try refusal(other).contains("is not the key of database"))
        let shared = store.directory.appendingPathComponent("shared.key").path
        try FileManager.default.copyItem(atPath: store.database + ".key", toPath: shared)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: shared)
        #expect(try refusal(shared).contains("can be read by other users"))
        let directory = SQLiteStaffDirectory(database: try KofuDatabase.open(at: store.database))
        guard case .loggedIn = try directory.login(staffID: "S101", password: "komaki-super1", at: Date()) else {
            Issue.record("a refused recovery changed the password")
            return
        }
        #expect(try recover(nil).contains("Recovered supervisor S101"), "the key beside the database by default")
        guard case .loggedIn = try directory.login(staffID: "S101", password: "new-password-1", at: Date()) else {
            Issue.record("the new password does not work")
            return
        }
    }

    @Test func dailyReportShowsAWindowTaxPaymentCertificate() throws {
        let desk = try store.windowDesk()
        let day = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 10)
        _ = try desk.issue(WindowOrder(residentID: "R007", identity: .myNumberCard, proxy: nil,
                                       request: .taxPayment(fiscalYear: 2026, item: .inhabitantTax), copies: 1,
                                       cashReceived: 300, staffID: "S001", terminal: "W-01"), at: day)
        _ = try desk.close(businessDate: "2026-11-25", terminal: "W-01", countedCash: 1_300, changeFloat: 0, staffID: "S001",
                           at: CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 17, minute: 5))
        let csv = try Kofu.run(["report", "daily", "--db", store.database, "--date", "2026-11-25", "--format", "csv"])
        #expect(csv.contains("2026-11-25,line,window,taxPayment,,,1,1,300,0,0,0,300,,,,"))
        #expect(csv.contains(",W-01,S001,,,,,,,,0,300,1300,1000,2026-11-25T17:05:00+09:00\r\n"))
        let table = try Kofu.run(["report", "daily", "--db", store.database, "--date", "2026-11-25"])
        #expect(table.split(separator: "\n").contains { $0.hasPrefix("window ") && $0.contains(" 納税証明書 ") })
        #expect(!table.contains("taxPayment"), "the kind as printed, not its code")
        let close = table.split(separator: "\n").first { $0.hasPrefix("W-01") }?.split(separator: " ")
        #expect(close == ["W-01", "S001", "0", "300", "1,300", "1,000", "2026-11-25", "17:05"], "thousands and Japan time")
        #expect(table.contains("\ntotal ") && table.hasSuffix("net 300 yen\n"))
        let json = try Kofu.run(["report", "daily", "--db", store.database, "--date", "2026-11-25", "--format", "json"])
        #expect(json.contains("\"businessDate\" : \"2026-11-25\""))
        #expect(json.contains("\"closedAt\" : \"2026-11-25T17:05:00+09:00\""))
        #expect(throws: TmuxFailure.self) {
            try Kofu.run(["report", "daily", "--db", store.database, "--date", "2026-02-30"])
        }
    }
}
