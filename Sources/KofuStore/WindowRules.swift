import KofuCore

/// Who may take what at the window, checked inside the issuing transaction against the record as it is now.
enum WindowRules {
    static func checkedResident(_ db: any SQLConnection, _ order: WindowOrder) throws -> ResidentFacts {
        guard let holder = try ResidentFacts.fetch(db, id: order.residentID) else {
            throw WindowError.residentNotFound(order.residentID)
        }
        try checkRegistration(holder.registration(in: try CitySettings.city(db)), order, holder)
        if let proxy = order.proxy {
            // 支援措置 protects a resident from someone who may well come with a plausible letter or address.
            if holder.row["protection_measure"] as Bool { throw WindowError.proxyUnderProtectionMeasure }
            try checkApplicant(db, proxy, of: holder)
        }
        if case .kiosk(.sealRegistration) = order.request {
            // The seal registration card (印鑑登録証) stands in for the seal at the window, not the My Number card.
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM seal_registration WHERE resident_id = ?)",
                                    arguments: [holder.id]) == true else {
                throw IssuanceError.noSealRegistration(residentID: holder.id)
            }
            guard try sealCardMatches(db, residentID: holder.id, number: order.sealCardNumber ?? "") else {
                throw WindowError.sealCardMismatch
            }
        }
        return holder
    }

    /// A household member must be one the register knows, now, in the holder's household; anyone else (an heir,
    /// a proxy with a power of attorney) is a third party who says what the certificate is for and where it goes
    /// (住基法12条の3, 15条の4).
    static func checkApplicant(_ db: any SQLConnection, _ proxy: Proxy, of holder: ResidentFacts) throws {
        // What the clerk typed is printed on the certificate and kept in the journal: plain text only.
        guard [proxy.name, proxy.relationship, proxy.purpose, proxy.submitTo].allSatisfy(PlainText.isPlain) else {
            throw WindowError.notPlainText
        }
        guard proxy.sameHousehold else {
            guard !proxy.purpose.isEmpty, !proxy.submitTo.isEmpty else { throw WindowError.proxyPurposeMissing }
            return
        }
        guard let id = proxy.memberID, id != holder.id, let member = try ResidentFacts.fetch(db, id: id),
              member.householdID == holder.householdID, member.isActive else {
            throw WindowError.notAHouseholdMember
        }
    }

    static func sealCardMatches(_ db: any SQLConnection, residentID: String, number: String) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT number FROM seal_registration WHERE resident_id = ?",
                            arguments: [residentID]) == number
    }
}
