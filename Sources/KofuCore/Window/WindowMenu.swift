/// Numbered choices of the window's menu screens; the reducer acts on them and the view labels them.
public enum WindowChoice: Equatable, Sendable {
    case serve
    case resetPIN
    case refund
    case daily
    case receipt
    case logout
    /// The charts of the day, the month and the year.
    case reports
    case reportView(IssuanceReport.View)
    case byCard
    case byName
    case match(Int)
    case identity(IdentityDocument)
    case applicant(Applicant)
    /// The household member who came, by resident id.
    case applicantMember(String)
    /// How the applicant is related to a deceased resident.
    case relationship(String)
    case certificate(CertificateKind)
    case scope(HouseholdScope)
    case member(String)
    case toggle(ResidentRecordToggle)
    case proceed
    case fiscalYear(Int)
    case taxRecord(Int)
    case business(String)
    case standardFee
    case exempt
    case reason(ExemptionReason)
    case issue
    case credential(String)
    case closeTill
    case confirmClose
    case askApproval
    case refundTarget(Int)
    case refundReason(RefundReason)
    case printReceipt
    case backHome
}

/// Who stands at the counter.
public enum Applicant: Equatable, Sendable {
    case resident
    case householdMember
    /// For a deceased resident: an heir, who says how they are related.
    case heir
    case proxyWithAttorney
}

/// Why a customer is being looked up.
public enum WindowTask: Equatable, Sendable {
    case serve
    case resetPIN
}

public struct WindowMenuItem: Equatable, Sendable {
    public var choice: WindowChoice
    /// Why the item cannot be chosen now: the key of a `window.unavailable.*` text, shown when it is chosen anyway.
    public var unavailable: String?

    public init(_ choice: WindowChoice, unavailable: String? = nil) {
        self.choice = choice
        self.unavailable = unavailable
    }

    public var isEnabled: Bool { unavailable == nil }
}

public enum WindowMenu {
    public static func items(for state: WindowState) -> [WindowMenuItem] {
        let profile = state.customer.profile
        switch state.screen {
        case .home:
            return homeItems(state)
        case .findMethod:
            return [WindowMenuItem(.byCard), WindowMenuItem(.byName)]
        case .results:
            return state.customer.matches.indices.map { WindowMenuItem(.match($0)) }
        case .applicant:
            return applicants(profile).map { WindowMenuItem(.applicant($0), unavailable: unavailable($0, profile)) }
        case .householdApplicant:
            return (profile?.householdMembers ?? []).map { WindowMenuItem(.applicantMember($0.residentID)) }
        case .applicantRelationship:
            return Proxy.heirRelationships.map { WindowMenuItem(.relationship($0)) }
        case .identity:
            // 広域交付 asks for an official photo ID of whoever came.
            let wideArea = profile.map { if case .otherTown = $0.resident.registration { true } else { false } } ?? false
            return IdentityDocument.allCases.map {
                WindowMenuItem(.identity($0), unavailable: wideArea && $0 == .twoNonPhotoDocuments ? "photoIDRequired" : nil)
            }
        case .certificate:
            return certificateKinds(profile).map { WindowMenuItem(.certificate($0), unavailable: unavailable($0, profile)) }
        case .residentScope:
            return scopeItems(profile)
        case .householdMembers:
            let ids = [profile?.resident.residentID].compactMap { $0 } + (profile?.householdMembers.map(\.residentID) ?? [])
            return ids.map { WindowMenuItem(.member($0)) }
                + [WindowMenuItem(.proceed, unavailable: state.customer.pickedMembers.isEmpty ? "nobodyPicked" : nil)]
        case .residentOptions:
            return ResidentRecordToggle.allCases.map {
                WindowMenuItem(.toggle($0), unavailable: unavailable($0, profile, proxy: state.customer.proxy))
            } + [WindowMenuItem(.proceed)]
        case .fiscalYear:
            return FiscalYearRelease.issuable(profile?.incomeFiscalYears ?? [], at: state.now, clock: .japan)
                .map { WindowMenuItem(.fiscalYear($0)) }
        case .taxRecord:
            return (profile?.taxPayments.indices).map { $0.map { WindowMenuItem(.taxRecord($0)) } } ?? []
        case .business:
            return (profile?.businesses ?? []).map { WindowMenuItem(.business($0.registrationID)) }
        case .fee:
            return [WindowMenuItem(.standardFee), WindowMenuItem(.exempt)]
        case .exemptionReason:
            return ExemptionReason.allCases.map { WindowMenuItem(.reason($0)) }
        case .confirm:
            return [WindowMenuItem(.issue)]
        case .pinCredential:
            return (profile?.credentialIDs ?? []).map { WindowMenuItem(.credential($0)) }
        case .daily:
            return [WindowMenuItem(.closeTill, unavailable: state.close == nil ? nil : "tillClosed"),
                    WindowMenuItem(.backHome)]
        case .confirmClose:
            return [WindowMenuItem(.confirmClose)]
        case .reports:
            return IssuanceReport.View.allCases.map { WindowMenuItem(.reportView($0)) } + [WindowMenuItem(.backHome)]
        case .refundIssuance:
            return state.refundable.indices.map { WindowMenuItem(.refundTarget($0)) }
        case .refundReason:
            return RefundReason.allCases.map { WindowMenuItem(.refundReason($0)) }
        case .confirmRefund:
            return [WindowMenuItem(.askApproval)]
        case .issued:
            let paid = (state.receipt?.amount ?? 0) > 0
            return [WindowMenuItem(.printReceipt, unavailable: paid ? nil : "exempt"), WindowMenuItem(.backHome)]
        default:
            return []
        }
    }

    /// What the counter cannot do now is shown as such up front: outside hours, and once this till is closed for
    /// the day, nothing that takes or gives back money (a supervisor may still read the day's summary).
    static func homeItems(_ state: WindowState) -> [WindowMenuItem] {
        let hours = state.isOpen ? nil : "outsideHours"
        let money = hours ?? (state.close == nil ? nil : "tillClosed")
        let supervisor = state.staff?.role == .supervisor
        return [WindowMenuItem(.serve, unavailable: money), WindowMenuItem(.resetPIN, unavailable: hours),
                WindowMenuItem(.refund, unavailable: money),
                WindowMenuItem(.daily, unavailable: supervisor ? nil : hours), WindowMenuItem(.receipt, unavailable: hours),
                // Last, so the numbers clerks already type keep their meaning.
                WindowMenuItem(.logout), WindowMenuItem(.reports, unavailable: supervisor ? nil : hours)]
    }

    /// A deceased resident cannot come: their household, an heir or a proxy may.
    static func applicants(_ profile: WindowProfile?) -> [Applicant] {
        if case .deceased = profile?.resident.registration { return [.householdMember, .heir, .proxyWithAttorney] }
        return [.resident, .householdMember, .proxyWithAttorney]
    }

    /// 支援措置: nobody but the resident in person. 広域交付: the resident or the household, never a proxy.
    static func unavailable(_ applicant: Applicant, _ profile: WindowProfile?) -> String? {
        guard let profile, applicant != .resident else { return nil }
        if profile.protectionMeasure { return "protectionMeasure" }
        if applicant == .householdMember, profile.householdMembers.isEmpty { return "aloneInHousehold" }
        if applicant == .proxyWithAttorney, case .otherTown = profile.resident.registration { return "wideAreaApplicant" }
        return nil
    }

    /// The first line is the resident record the register holds for them: the current one, or the 除票.
    static func certificateKinds(_ profile: WindowProfile?) -> [CertificateKind] {
        let record: CertificateKind = profile?.resident.registration.isRemoved == true ? .removedResidentRecord : .residentRecord
        return [record, .sealRegistration, .incomeTax, .taxPayment, .business]
    }

    static func unavailable(_ kind: CertificateKind, _ profile: WindowProfile?) -> String? {
        guard let profile else { return "noRecord" }
        if case .otherTown = profile.resident.registration {
            if kind != .residentRecord { return "otherTown" }
            if profile.protectionMeasure { return "protectedNoWideArea" }
        }
        // A seal registration ends with the move or the death.
        if profile.resident.registration.isRemoved, kind == .sealRegistration { return "sealRegistrationEnded" }
        switch kind {
        case .residentRecord, .removedResidentRecord: return nil
        case .sealRegistration: return profile.hasSealRegistration ? nil : "noSealRegistration"
        case .incomeTax: return profile.incomeFiscalYears.isEmpty ? "noIncomeRecord" : nil
        case .taxPayment: return profile.taxPayments.isEmpty ? "noTaxRecord" : nil
        case .business: return profile.businesses.isEmpty ? "noBusiness" : nil
        }
    }

    /// A 除票 is one person's record; a current one may list chosen members or the whole household.
    static func scopeItems(_ profile: WindowProfile?) -> [WindowMenuItem] {
        let removed = profile?.resident.registration.isRemoved == true ? "removedRecordAlone" : nil
        let alone = removed ?? (profile?.householdMembers.isEmpty ?? true ? "aloneInHousehold" : nil)
        return [WindowMenuItem(.scope(.holderOnly)), WindowMenuItem(.scope(.members([])), unavailable: alone),
                WindowMenuItem(.scope(.wholeHousehold), unavailable: removed)]
    }

    /// 広域交付住民票 leave out 本籍・筆頭者 and 個人番号 (住基法12条の4); the 個人番号 on a 除票 goes only to the
    /// person who moved out, in person.
    static func unavailable(_ toggle: ResidentRecordToggle, _ profile: WindowProfile?, proxy: Proxy?) -> String? {
        switch profile?.resident.registration {
        case .otherTown? where toggle != .headAndRelationship: "notInWideArea"
        case .movedOut? where toggle == .myNumber && proxy != nil: "myNumberRemoved"
        case .deceased? where toggle == .myNumber: "myNumberRemoved"
        default: nil
        }
    }
}
