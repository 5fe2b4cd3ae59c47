import KofuCore

/// What the register lets the window issue for someone who is not a current resident.
extension WindowRules {
    /// To another town's resident, a 広域交付住民票 only (住基法12条の4), never under a protection measure. For
    /// someone who moved out or died, the 除票 and the tax certificates of the years they lived here; a deceased
    /// resident's are asked for by someone whose relationship to them is recorded.
    static func checkRegistration(_ registration: Registration, _ order: WindowOrder, _ holder: ResidentFacts) throws {
        switch registration {
        case .current:
            if case .removedResidentRecord = order.request { throw WindowError.notRemoved(holder.id) }
        case .otherTown(let town):
            // Another town's removed residents are that town's records, not ours.
            guard holder.isActive else { throw WindowError.residentNotFound(holder.id) }
            guard case .kiosk(.residentRecord(let options)) = order.request else { throw WindowError.otherTown(town) }
            // A protected resident's own town decides who may see their record; no other town issues it.
            guard !(holder.row["protection_measure"] as Bool) else { throw WindowError.protectedNoWideArea }
            guard !options.includeDomicile, !options.includeMyNumber else { throw WindowError.notInWideArea }
            guard order.proxy?.sameHousehold ?? true else { throw WindowError.wideAreaApplicant }
            guard order.identity != .twoNonPhotoDocuments else { throw WindowError.photoIDRequired }
        case .movedOut(let on), .deceased(let on):
            try checkRemoved(registration, removedOn: on, order, holder)
        }
        if order.proxy?.standing == .heir, !isDeceased(registration) { throw WindowError.heirOfTheLiving }
    }

    static func checkRemoved(_ registration: Registration, removedOn: String, _ order: WindowOrder,
                             _ holder: ResidentFacts) throws {
        switch order.request {
        case .kiosk(.residentRecord): throw WindowError.residentNotActive(holder.id)
        case .kiosk(.sealRegistration): throw WindowError.sealRegistrationEnded
        case .removedResidentRecord(let options) where options.includeMyNumber:
            // 個人番号 on a 除票 goes to the person it belongs to, in person: never to a third party, never by post.
            guard !isDeceased(registration), order.proxy == nil else { throw WindowError.myNumberNotOnRemovedRecord }
        case .kiosk(.incomeTax(let year)), .taxPayment(let year, .inhabitantTax):
            // The inhabitant tax of a fiscal year belongs to the city of that year's 1 January.
            guard "\(year)-01-01" <= removedOn else { throw WindowError.notResidentOnJanuary1(year) }
        default:
            break
        }
        guard isDeceased(registration) else { return }
        guard let proxy = order.proxy else { throw WindowError.deceasedInPerson }
        // A power of attorney comes from an heir, since the deceased can give none: that heir's relationship counts.
        guard !proxy.relationship.isEmpty else { throw WindowError.relationshipMissing }
    }

    static func isDeceased(_ registration: Registration) -> Bool {
        if case .deceased = registration { true } else { false }
    }
}
