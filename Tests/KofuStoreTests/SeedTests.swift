import Foundation
import KofuCore
import Testing
@testable import KofuStore

@Suite struct SeedTests {
    @Test func demoSeedLoadsWithCountsMatchingTheFile() throws {
        let directory = try TemporaryDirectory()
        let seed = Fixture.seed
        let start = Date()
        let database = try Fixture.emptyDatabase(in: directory)
        try database.load(seed)
        let elapsed = Date().timeIntervalSince(start)
        print("create + seed took \(String(format: "%.2f", elapsed)) s for \(seed.credentials.count) credentials")

        #expect(try database.count("municipality") == seed.municipalities.count)
        #expect(try database.count("household") == seed.households.count)
        #expect(try database.count("resident") == seed.residents.count)
        #expect(try database.count("credential") == seed.credentials.count)
        #expect(try database.count("seal_registration") == seed.seals.count)
        #expect(try database.count("income_record") == seed.incomes.count)
        #expect(try database.count("staff") == seed.staff.count)
        #expect(try database.count("tax_payment") == seed.taxPayments.reduce(0) { $0 + $1.installments.count })
        #expect(try database.count("business") == seed.businesses.count)
        #expect(try database.count("issuance") == 0)
        #expect(try database.count("ledger") == 0)
        #expect(try database.publicKey() == Fixture.cityKey.publicKey)
    }

    @Test func pinsAreStoredOnlyAsHashesThatVerify() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let stored = try database.read { db in
            try SQLRow.fetchAll(db, sql: "SELECT id, pin_hash, failed_attempts, state FROM credential")
        }
        for row in stored {
            let seeded = Fixture.seed.credentials.first { $0.id == row["id"] }!
            let hash: String = row["pin_hash"]
            #expect(hash.hasPrefix("pbkdf2-sha256$210000$"))
            #expect(PINHash.verify(seeded.pin, against: hash))
            // A credential seeded as locked has used up its three tries; the others start fresh.
            #expect(row["failed_attempts"] == (seeded.state == .locked ? 3 : 0))
        }
        #expect(stored.count == Fixture.seed.credentials.count)
    }

    @Test func demoStaffHasBothRolesAndPasswordsStoredOnlyAsHashes() throws {
        #expect(Set(Fixture.seed.staff.map(\.role)) == [.clerk, .supervisor])
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let stored = try database.read { db in try SQLRow.fetchAll(db, sql: "SELECT id, password_hash FROM staff") }
        for row in stored {
            let seeded = Fixture.seed.staff.first { $0.id == row["id"] }!
            let hash: String = row["password_hash"]
            #expect(hash.hasPrefix("pbkdf2-sha256$\(PINHash.rounds)$") && !hash.contains(seeded.password))
            #expect(PINHash.verify(seeded.password, against: hash))
        }
        #expect(stored.count == Fixture.seed.staff.count)
        #expect(Fixture.seed.demoStaffAccounts.map(\.id) == Fixture.seed.staff.map(\.id))
        #expect(Fixture.seed.demoStaffAccounts.first?.password == Fixture.seed.staff.first?.password)
    }

    @Test func windowRecordsOfUnknownResidentsAndBadInstallmentsAreRejected() throws {
        var seed = Fixture.seed
        seed.businesses[0].resident = "R999"
        #expect(throws: SeedError.invalid(record: "business \(seed.businesses[0].registrationId)",
                                          problem: "unknown resident R999")) { try seed.validate() }
        seed = Fixture.seed
        seed.taxPayments[0].installments[0].paid = seed.taxPayments[0].installments[0].assessed + 1
        #expect(throws: SeedError.self) { try seed.validate() }
        seed = Fixture.seed
        seed.taxPayments[1].resident = "R999"
        #expect(throws: SeedError.self) { try seed.validate() }
        seed = Fixture.seed
        seed.staff[0].password = "short"
        #expect(throws: SeedError.invalid(record: "staff \(seed.staff[0].id)",
                                          problem: "the password must have at least 8 characters")) { try seed.validate() }
        seed = Fixture.seed
        seed.staff.append(seed.staff[0])
        #expect(throws: SeedError.invalid(record: "staff \(seed.staff[0].id)", problem: "appears more than once")) {
            try seed.validate()
        }
    }

    @Test func wrongArithmeticIsRejectedNamingTheRecordAndNothingIsWritten() throws {
        var seed = Fixture.seed
        seed.incomes[1].municipalTax += 100
        let income = seed.incomes[1]
        let directory = try TemporaryDirectory()
        let database = try Fixture.emptyDatabase(in: directory)
        let error = try #require(throws: SeedError.self) { try database.load(seed) }
        #expect(error.description.contains("income \(income.resident) \(income.fiscalYear)"))
        #expect(error.description.contains("municipalTax is \(income.municipalTax)"))
        #expect(try database.count("municipality") == 0)
    }

    @Test func danglingReferenceIsRejectedNamingTheRecord() throws {
        var seed = Fixture.seed
        seed.credentials[0].resident = "R999"
        let error = try #require(throws: SeedError.self) { try seed.validate() }
        #expect(error == .invalid(record: "credential \(seed.credentials[0].id)", problem: "unknown resident R999"))
    }

    @Test func badDateAndDuplicateIDAreRejected() throws {
        var seed = Fixture.seed
        seed.residents[2].birthDate = "1980/04/12"
        #expect(throws: SeedError.invalid(record: "resident \(seed.residents[2].id)",
                                          problem: "birthDate \"1980/04/12\" is not a YYYY-MM-DD date")) {
            try seed.validate()
        }
        seed = Fixture.seed
        seed.households.append(seed.households[0])
        #expect(throws: SeedError.invalid(record: "household \(seed.households[0].id)", problem: "appears more than once")) {
            try seed.validate()
        }
    }

    @Test func undecodableSeedSaysWhereTheProblemIs() throws {
        let directory = try TemporaryDirectory()
        var json = try String(contentsOf: Repository.seedURL, encoding: .utf8)
        json = json.replacingOccurrences(of: "\"givenNameKana\"", with: "\"givenNameKatakana\"")
        let url = directory.url.appendingPathComponent("seed.json")
        try json.write(to: url, atomically: true, encoding: .utf8)
        let error = try #require(throws: SeedError.self) { try SeedFile.load(from: url) }
        #expect(error.description.contains("residents[0].givenNameKana is missing"))
    }

    @Test func seedingTwiceIsRefused() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        #expect(throws: SeedError.notEmpty(path: database.path)) { try database.load(Fixture.seed) }
    }

    @Test func demoCredentialsCarryHolderNameAndPIN() {
        let demo = Fixture.seed.demoCredentials
        #expect(demo.count == Fixture.seed.credentials.count)
        let first = Fixture.everyRecord
        let entry = demo.first { $0.id == first.id }
        #expect(entry?.holder == Fixture.name(first.resident))
        #expect(entry?.pin == first.pin)
        #expect(entry?.noteJa == first.noteJa)
    }

    /// The window demo's help: every resident, how to find them, and what each one shows.
    @Test func demoResidentsSayHowToFindEachAndWhatTheyShow() throws {
        let residents = Fixture.seed.demoResidents
        #expect(residents.count == Fixture.seed.residents.count)
        let taro = try #require(residents.first { $0.name == "小牧 太郎" })
        #expect(taro.card == "100001" && taro.sealCard == "0012345" && taro.kana == "コマキ タロウ")
        #expect(taro.noteJa == "所得・納税" && taro.noteEn == "income, tax payments")
        #expect(residents.first { $0.name == "加藤 健一" }?.noteJa == "所得・納税・営業")
        #expect(residents.first { $0.name == "林 拓也" }?.noteJa.hasPrefix("転出（除票）") == true)
        #expect(residents.first { $0.name == "山田 キヨ" }?.noteJa.hasPrefix("死亡（除票）") == true)
        #expect(residents.first { $0.name == "大野 浩二" }?.noteJa == "みどり野町（広域交付）")
        #expect(residents.first { $0.name == "水野 裕子" }?.noteJa.contains("支援措置") == true)
    }
}
