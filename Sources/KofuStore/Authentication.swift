import Foundation
import KofuCore

/// The rules both authentication and issuance apply, read inside the caller's transaction so that a decision is
/// always made on one consistent view of one resident.
enum Authentication {
    static let maxAttempts = 3

    struct CredentialRow {
        var id: String
        var kind: String
        var residentID: String
        var pinHash: String
        var failedAttempts: Int
        var state: String
        var expiresOn: String

        static func fetch(_ db: any SQLConnection, id: String) throws -> CredentialRow? {
            let row = try SQLRow.fetchOne(db.cachedStatement(sql: """
                SELECT id, kind, resident_id, pin_hash, failed_attempts, state, expires_on FROM credential WHERE id = ?
                """), arguments: [id])
            return row.map {
                CredentialRow(id: $0["id"], kind: $0["kind"], residentID: $0["resident_id"], pinHash: $0["pin_hash"],
                              failedAttempts: $0["failed_attempts"], state: $0["state"], expiresOn: $0["expires_on"])
            }
        }

        /// Why the credential itself cannot be used today (`YYYY-MM-DD` in the city), before any PIN is tried.
        func refusal(today: String) -> Refusal? {
            if state == "revoked" { return .revoked }
            if expiresOn < today { return .expired }
            if state == "locked" { return .locked }
            return nil
        }
    }

    /// Why the holder may not use the kiosk at `date`, in the order the city checks; nil when they may.
    static func ineligibility(_ db: any SQLConnection, residentID: String, at date: Date, clock: CityClock) throws -> Refusal? {
        guard let row = try SQLRow.fetchOne(db.cachedStatement(sql: """
            SELECT m.participates_in_kiosk, r.status, r.birth_date, r.protection_measure
            FROM resident r JOIN household h ON h.id = r.household_id JOIN municipality m ON m.code = h.municipality_code
            WHERE r.id = ?
            """), arguments: [residentID]) else { return .unknownCredential }
        if !(row["participates_in_kiosk"] as Bool) { return .cityNotParticipating }
        switch row["status"] as String {
        case "deceased": return .deceased
        case "movedOut": return .movedOut
        default: break
        }
        guard let (y, m, d) = JapaneseDate.parse(row["birth_date"]) else { return .unknownCredential }
        if clock.age(bornOn: DateComponents(year: y, month: m, day: d), at: date) < 15 { return .underFifteen }
        if row["protection_measure"] as Bool { return .protectionMeasure }
        return nil
    }

    static func profile(_ db: any SQLConnection, residentID: String) throws -> KioskProfile {
        let holder = try SQLRow.fetchOne(db.cachedStatement(sql: """
            SELECT household_id, family_name || ' ' || given_name AS name FROM resident WHERE id = ?
            """), arguments: [residentID])!
        let members = try SQLRow.fetchAll(db.cachedStatement(sql: """
            SELECT id, family_name || ' ' || given_name AS name, relationship FROM resident
            WHERE household_id = ? AND id <> ? AND status = 'active' ORDER BY id
            """), arguments: [holder["household_id"] as String, residentID])
        let hasSeal = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM seal_registration WHERE resident_id = ?)"),
            arguments: [residentID]) ?? false
        let years = try Int.fetchAll(db.cachedStatement(sql: """
            SELECT fiscal_year FROM income_record WHERE resident_id = ? ORDER BY fiscal_year
            """), arguments: [residentID])
        return KioskProfile(
            residentID: residentID, name: holder["name"],
            householdMembers: members.map {
                HouseholdMember(residentID: $0["id"], name: $0["name"], relationship: $0["relationship"])
            },
            hasSealRegistration: hasSeal, incomeFiscalYears: years)
    }
}
