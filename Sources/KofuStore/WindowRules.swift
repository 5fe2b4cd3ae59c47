import GRDB
import KofuCore

/// Who may take what at the window, checked inside the issuing transaction against the record as it is now.
enum WindowRules {
    static func checkedResident(_ db: Database, _ order: WindowOrder) throws -> ResidentFacts {
        guard let holder = try ResidentFacts.fetch(db, id: order.residentID) else {
            throw WindowError.residentNotFound(order.residentID)
        }
        guard holder.isActive else { throw WindowError.residentNotActive(order.residentID) }
        if let proxy = order.proxy {
            guard proxy.sameHousehold || proxy.powerOfAttorneyChecked else { throw WindowError.powerOfAttorneyMissing }
            if !proxy.sameHousehold, case .kiosk(.residentRecord(let options)) = order.request, options.includeMyNumber {
                throw WindowError.myNumberNotForProxy
            }
            // 支援措置 protects a resident from someone who may well come with a plausible letter or address.
            if holder.row["protection_measure"] as Bool { throw WindowError.proxyUnderProtectionMeasure }
        }
        if case .kiosk(.sealRegistration) = order.request {
            // The seal registration card (印鑑登録証) stands in for the seal at the window, not the My Number card.
            guard let number = try String.fetchOne(db, sql: "SELECT number FROM seal_registration WHERE resident_id = ?",
                                                   arguments: [holder.id]) else {
                throw IssuanceError.noSealRegistration(residentID: holder.id)
            }
            guard order.sealCardNumber == number else { throw WindowError.sealCardMismatch }
        }
        return holder
    }
}
