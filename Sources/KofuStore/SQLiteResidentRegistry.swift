import Foundation
import GRDB
import KofuCore

/// The resident register as the window clerk searches it. Only the current register is searched: moved-out and
/// deceased residents are not found, as the window does not issue for them.
public struct SQLiteResidentRegistry: ResidentRegistry {
    let database: KofuDatabase
    let clock: CityClock

    public init(database: KofuDatabase, clock: CityClock = CityClock()) {
        self.database = database
        self.clock = clock
    }

    public func find(cardNumber: String) throws -> ResidentMatch? {
        try database.read { db in
            try Row.fetchOne(db, sql: ResidentFacts.select + """
                 JOIN credential c ON c.resident_id = r.id WHERE c.id = ? AND c.kind = 'card' AND r.status = 'active'
                """, arguments: [cardNumber]).map { ResidentFacts(row: $0).match }
        }
    }

    /// Kana typed with or without the space between family and given name; an empty name finds nobody rather
    /// than everyone born that day.
    public func search(kana: String, birthDate: String) throws -> [ResidentMatch] {
        let part = kana.filter { !$0.isWhitespace }
        guard !part.isEmpty else { return [] }
        return try database.read { db in
            try Row.fetchAll(db, sql: ResidentFacts.select + """
                 WHERE r.status = 'active' AND r.birth_date = ?
                    AND instr(r.family_name_kana || r.given_name_kana, ?) > 0
                ORDER BY r.id
                """, arguments: [birthDate, part]).map { ResidentFacts(row: $0).match }
        }
    }

    public func windowProfile(residentID: String, at date: Date) throws -> WindowProfile {
        try database.read { db in
            guard let facts = try ResidentFacts.fetch(db, id: residentID) else {
                throw WindowError.residentNotFound(residentID)
            }
            guard facts.isActive else { throw WindowError.residentNotActive(residentID) }
            let kiosk = try Authentication.profile(db, residentID: residentID)
            let payments = try Row.fetchAll(db, sql: """
                SELECT fiscal_year, item, SUM(assessed) AS assessed, SUM(paid) AS paid FROM tax_payment
                WHERE resident_id = ? GROUP BY fiscal_year, item ORDER BY fiscal_year DESC, item
                """, arguments: [residentID]).map {
                TaxPaymentRecord(fiscalYear: $0["fiscal_year"], item: TaxItem(rawValue: $0["item"])!,
                                 assessed: $0["assessed"], paid: $0["paid"])
            }
            let businesses = try Row.fetchAll(db, sql: """
                SELECT registration_id, name FROM business WHERE resident_id = ? ORDER BY registration_id
                """, arguments: [residentID]).map {
                BusinessRegistration(registrationID: $0["registration_id"], name: $0["name"])
            }
            // A revoked credential cannot be given a new PIN, so it is not offered.
            let credentials = try String.fetchAll(db, sql: """
                SELECT id FROM credential WHERE resident_id = ? AND state <> 'revoked' ORDER BY id
                """, arguments: [residentID])
            // Unlike the kiosk's profile, only years the window may issue today (released on June 1).
            let years = FiscalYearRelease.issuable(kiosk.incomeFiscalYears, at: date, clock: clock).sorted()
            return WindowProfile(resident: facts.match, householdMembers: kiosk.householdMembers,
                                 hasSealRegistration: kiosk.hasSealRegistration, incomeFiscalYears: years,
                                 taxPayments: payments, businesses: businesses, credentialIDs: credentials,
                                 protectionMeasure: facts.row["protection_measure"])
        }
    }

    public func sealCardMatches(residentID: String, number: String) throws -> Bool {
        try database.read { db in try WindowRules.sealCardMatches(db, residentID: residentID, number: number) }
    }
}

extension ResidentFacts {
    var match: ResidentMatch {
        ResidentMatch(residentID: id, name: name, kana: kana, birthDate: row["birth_date"], address: address)
    }
}
