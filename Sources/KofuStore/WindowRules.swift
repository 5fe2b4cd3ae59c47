import GRDB
import KofuCore

/// Who may take what at the window, checked inside the issuing transaction against the record as it is now.
enum WindowRules {
    static func checkedResident(_ db: Database, _ order: WindowOrder) throws -> ResidentFacts {
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

    /// What the register lets the window issue for someone who is not a current resident: to a resident of another
    /// town, a 広域交付住民票 only (住基法12条の4); for someone who moved out or died, the 除票 and the tax certificates
    /// of the years they lived here, asked for by someone else when they died.
    static func checkRegistration(_ registration: Registration, _ order: WindowOrder, _ holder: ResidentFacts) throws {
        switch registration {
        case .current:
            if case .removedResidentRecord = order.request { throw WindowError.notRemoved(holder.id) }
        case .otherTown(let town):
            // Another town's removed residents are that town's records, not ours.
            guard holder.isActive else { throw WindowError.residentNotFound(holder.id) }
            guard case .kiosk(.residentRecord(let options)) = order.request else { throw WindowError.otherTown(town) }
            guard !options.includeDomicile, !options.includeMyNumber else { throw WindowError.notInWideArea }
            guard order.proxy?.sameHousehold ?? true else { throw WindowError.wideAreaApplicant }
            guard order.identity != .twoNonPhotoDocuments else { throw WindowError.photoIDRequired }
        case .movedOut, .deceased:
            switch order.request {
            case .kiosk(.residentRecord): throw WindowError.residentNotActive(holder.id)
            case .kiosk(.sealRegistration): throw WindowError.sealRegistrationEnded
            default: break
            }
        }
        if case .deceased = registration {
            guard let proxy = order.proxy else { throw WindowError.deceasedInPerson }
            guard proxy.standing == .attorney || !proxy.relationship.isEmpty else { throw WindowError.relationshipMissing }
        } else if order.proxy?.standing == .heir {
            throw WindowError.heirOfTheLiving
        }
    }

    /// A household member must be one the register knows, now, in the holder's household; anyone else is a proxy
    /// who shows a power of attorney and says what the certificate is for and where it goes.
    static func checkApplicant(_ db: Database, _ proxy: Proxy, of holder: ResidentFacts) throws {
        guard proxy.sameHousehold else {
            guard proxy.standing != .attorney || !proxy.purpose.isEmpty && !proxy.submitTo.isEmpty else {
                throw WindowError.proxyPurposeMissing
            }
            return
        }
        guard let id = proxy.memberID, id != holder.id, let member = try ResidentFacts.fetch(db, id: id),
              member.householdID == holder.householdID, member.isActive else {
            throw WindowError.notAHouseholdMember
        }
    }

    static func sealCardMatches(_ db: Database, residentID: String, number: String) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT number FROM seal_registration WHERE resident_id = ?",
                            arguments: [residentID]) == number
    }
}
