import Foundation
import KofuCore

/// The resident register as the window clerk searches it: current residents, those who moved out or died (their
/// 除票 is kept), and residents of other towns the national network reaches (for a 広域交付住民票).
public struct SQLiteResidentRegistry: ResidentRegistry {
    let database: KofuDatabase
    let clock: CityClock

    public init(database: KofuDatabase, clock: CityClock = CityClock()) {
        self.database = database
        self.clock = clock
    }

    public func find(cardNumber: String) throws -> ResidentMatch? {
        try database.read { db in
            let city = try CitySettings.city(db)
            return try SQLRow.fetchOne(db, sql: ResidentFacts.select + """
                 JOIN credential c ON c.resident_id = r.id WHERE c.id = ? AND c.kind = 'card'
                """, arguments: [cardNumber]).map { ResidentFacts(row: $0).match(in: city) }
        }
    }

    /// Kana typed with or without the space between family and given name; an empty name finds nobody rather
    /// than everyone born that day.
    public func search(kana: String, birthDate: String) throws -> [ResidentMatch] {
        let part = kana.filter { !$0.isWhitespace }
        guard !part.isEmpty else { return [] }
        return try database.read { db in
            let city = try CitySettings.city(db)
            return try SQLRow.fetchAll(db, sql: ResidentFacts.select + """
                 WHERE r.birth_date = ? AND \(db.dialect.contains("r.family_name_kana || r.given_name_kana", "?"))
                 ORDER BY r.id
                """, arguments: [birthDate, part]).map { ResidentFacts(row: $0).match(in: city) }
        }
    }

    public func windowProfile(residentID: String, at date: Date) throws -> WindowProfile {
        try database.read { db in
            guard let facts = try ResidentFacts.fetch(db, id: residentID) else {
                throw WindowError.residentNotFound(residentID)
            }
            let match = facts.match(in: try CitySettings.city(db))
            let kiosk = try Authentication.profile(db, residentID: residentID)
            let today = clock.businessDate(date)
            let installments = try SQLRow.fetchAll(db, sql: """
                SELECT fiscal_year, item, due_on, assessed, paid FROM tax_payment WHERE resident_id = ?
                ORDER BY fiscal_year DESC, item, installment
                """, arguments: [residentID])
            let payments = Dictionary(grouping: installments) { TaxKey(year: $0["fiscal_year"], item: $0["item"]) }
                .map { key, rows in
                    TaxPaymentRecord(fiscalYear: key.year, item: TaxItem(rawValue: key.item)!,
                                     assessed: rows.reduce(0) { $0 + $1["assessed"] }, paid: rows.reduce(0) { $0 + $1["paid"] },
                                     notYetDue: rows.reduce(0) {
                                         $0 + InstallmentStanding(dueOn: $1["due_on"], assessed: $1["assessed"],
                                                                  paid: $1["paid"], on: today).notYetDue
                                     })
                }
                // Newest year first, items in a fixed order within a year.
                .sorted { $0.fiscalYear != $1.fiscalYear ? $0.fiscalYear > $1.fiscalYear : $0.item.rawValue < $1.item.rawValue }
            let businesses = try SQLRow.fetchAll(db, sql: """
                SELECT registration_id, name FROM business WHERE resident_id = ? ORDER BY registration_id
                """, arguments: [residentID]).map {
                BusinessRegistration(registrationID: $0["registration_id"], name: $0["name"])
            }
            // A revoked credential cannot be given a new PIN, nor can a card of another town's register or of
            // someone removed from this one: neither is offered.
            let credentials = match.registration != .current ? [] : try String.fetchAll(db, sql: """
                SELECT id FROM credential WHERE resident_id = ? AND state <> 'revoked' ORDER BY id
                """, arguments: [residentID])
            // Unlike the kiosk's profile, only years the window may issue today (released on June 1).
            let years = FiscalYearRelease.issuable(kiosk.incomeFiscalYears, at: date, clock: clock).sorted()
            return WindowProfile(resident: match, householdMembers: kiosk.householdMembers,
                                 hasSealRegistration: kiosk.hasSealRegistration, incomeFiscalYears: years,
                                 taxPayments: payments, businesses: businesses, credentialIDs: credentials,
                                 protectionMeasure: facts.row["protection_measure"])
        }
    }

    public func sealCardMatches(residentID: String, number: String) throws -> Bool {
        try database.read { db in try WindowRules.sealCardMatches(db, residentID: residentID, number: number) }
    }
}

/// A tax of one year, the unit a 納税証明書 certifies.
private struct TaxKey: Hashable {
    var year: Int
    var item: String
}
