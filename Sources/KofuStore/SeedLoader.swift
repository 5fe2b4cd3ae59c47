import Foundation

extension KofuDatabase {
    /// Validates the seed, then writes all of it in one transaction: a bad seed leaves the database empty.
    /// `progress` hears how many PINs and passwords of how many are hashed, from any thread.
    public func load(_ seed: SeedFile, progress: @escaping @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in })
        throws {
        try seed.validate()
        // PINs and staff passwords are hashed alike, in one concurrent batch.
        let hashes = try Self.hashSecrets(seed.credentials.map(\.pin) + seed.staff.map(\.password), progress: progress)
        let (pinHashes, passwordHashes) = (hashes.prefix(seed.credentials.count), hashes.dropFirst(seed.credentials.count))
        try write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM resident") == 0 else {
                throw SeedError.notEmpty(path: path)
            }
            for m in seed.municipalities {
                try db.execute(sql: """
                    INSERT INTO municipality (code, name, name_en, prefecture, mayor, participates_in_kiosk)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [m.code, m.name, m.nameEn, m.prefecture, m.mayor, m.participatesInKiosk])
            }
            try db.execute(sql: "INSERT INTO settings (key, value) VALUES (?, ?)",
                           arguments: [CitySettings.cityCode, seed.city])
            for h in seed.households {
                try db.execute(sql: "INSERT INTO household (id, municipality_code, address) VALUES (?, ?, ?)",
                               arguments: [h.id, h.municipality, h.address])
            }
            for r in seed.residents {
                try db.execute(sql: """
                    INSERT INTO resident (id, household_id, family_name, given_name, family_name_kana,
                        given_name_kana, birth_date, sex, relationship, domicile, domicile_head, my_number,
                        became_resident_on, moved_in_on, notified_on, previous_address, status, status_date,
                        protection_measure, moved_to)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [r.id, r.household, r.familyName, r.givenName, r.familyNameKana,
                                     r.givenNameKana, r.birthDate, r.sex.rawValue, r.relationship, r.domicile,
                                     r.domicileHead, r.myNumber, r.becameResidentOn, r.movedInOn, r.notifiedOn,
                                     r.previousAddress, r.status.rawValue, r.statusDate, r.protectionMeasure,
                                     r.movedTo])
            }
            for (c, hash) in zip(seed.credentials, pinHashes) {
                // A credential seeded as locked has used up its tries, as a real one would have.
                let failed = c.state == .locked ? Authentication.maxAttempts : 0
                try db.execute(sql: """
                    INSERT INTO credential (id, kind, resident_id, pin_hash, failed_attempts, state, issued_on,
                        expires_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [c.id, c.kind.rawValue, c.resident, hash, failed, c.state.rawValue,
                                     c.issuedOn, c.expiresOn])
            }
            for s in seed.seals {
                try db.execute(sql: """
                    INSERT INTO seal_registration (resident_id, number, impression, registered_on)
                    VALUES (?, ?, ?, ?)
                    """, arguments: [s.resident, s.number, s.impression, s.registeredOn])
            }
            for i in seed.incomes {
                let family = try seed.incomeRecord(i)
                let d = family.dependants
                try db.execute(sql: """
                    INSERT INTO income_record (resident_id, fiscal_year, address_on_january_1, salary_revenue,
                        salary_income, pension_revenue, pension_income, business_income, total_income,
                        social_insurance_deduction, basic_deduction, spouse_deduction, dependant_deduction,
                        total_deductions, taxable_income, dependants, municipal_tax, prefectural_tax, spouse_kind,
                        young_dependants, general_dependants, specified_dependants, elderly_dependants,
                        cohabiting_parents)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [i.resident, i.fiscalYear, i.addressOnJanuary1, i.salaryRevenue,
                                     i.salaryIncome, i.pensionRevenue, i.pensionIncome, i.businessIncome,
                                     i.totalIncome, i.socialInsuranceDeduction, i.basicDeduction,
                                     i.spouseDeduction, i.dependantDeduction, i.totalDeductions,
                                     i.taxableIncome, d.total, i.municipalTax, i.prefecturalTax,
                                     family.spouse.rawValue, d.young, d.general, d.specified, d.elderly,
                                     d.cohabitingParents])
            }
            for (member, hash) in zip(seed.staff, passwordHashes) {
                try db.execute(sql: "INSERT INTO staff (id, name, role, password_hash) VALUES (?, ?, ?, ?)",
                               arguments: [member.id, member.name, member.role.rawValue, hash])
            }
            for t in seed.taxPayments {
                for (index, installment) in t.installments.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO tax_payment (resident_id, fiscal_year, item, installment, due_on, assessed, paid,
                            collection)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [t.resident, t.fiscalYear, t.item.rawValue, index + 1, installment.dueOn,
                                         installment.assessed, installment.paid, t.collection.rawValue])
                }
            }
            for b in seed.businesses {
                try db.execute(sql: """
                    INSERT INTO business (registration_id, resident_id, name, address, kind, started_on)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [b.registrationId, b.resident, b.name, b.address, b.kind, b.startedOn])
            }
        }
    }

    /// Each hash takes a noticeable fraction of a second by design; spread them over the cores, outside the write
    /// transaction so other processes are not kept waiting.
    static func hashSecrets(_ secrets: [String], progress: @Sendable (Int, Int) -> Void = { _, _ in }) throws
        -> [String] {
        let results = HashResults(count: secrets.count)
        DispatchQueue.concurrentPerform(iterations: secrets.count) { index in
            let done = results.set(index, Result { try PINHash.make(secrets[index]) })
            progress(done, secrets.count)
        }
        return try results.values.map { try $0!.get() }
    }
}

/// Collects results written from several threads at once.
private final class HashResults: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Result<String, any Error>?]
    private var done = 0

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// Returns how many are set so far.
    func set(_ index: Int, _ value: Result<String, any Error>) -> Int {
        lock.withLock {
            storage[index] = value
            done += 1
            return done
        }
    }

    var values: [Result<String, any Error>?] { lock.withLock { storage } }
}
