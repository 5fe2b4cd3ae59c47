/// Numbered choices of the window's menu screens; the reducer acts on them and the view labels them.
public enum WindowChoice: Equatable, Sendable {
    case serve
    case resetPIN
    case refund
    case daily
    case logout
    case byCard
    case byName
    case match(Int)
    case identity(IdentityDocument)
    case applicant(Applicant)
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
    case backHome
}

/// Who stands at the counter.
public enum Applicant: Equatable, Sendable, CaseIterable {
    case resident
    case householdMember
    case proxyWithAttorney
}

/// Why a customer is being looked up.
public enum WindowTask: Equatable, Sendable {
    case serve
    case resetPIN
}

public struct WindowMenuItem: Equatable, Sendable {
    public var choice: WindowChoice
    public var isEnabled: Bool

    public init(_ choice: WindowChoice, enabled: Bool = true) {
        self.choice = choice
        self.isEnabled = enabled
    }
}

public enum WindowMenu {
    public static func items(for state: WindowState) -> [WindowMenuItem] {
        let profile = state.customer.profile
        switch state.screen {
        case .home:
            let supervisor = state.staff?.role == .supervisor
            return [WindowMenuItem(.serve, enabled: state.isOpen), WindowMenuItem(.resetPIN, enabled: state.isOpen),
                    WindowMenuItem(.refund, enabled: state.isOpen), WindowMenuItem(.daily, enabled: state.isOpen || supervisor),
                    WindowMenuItem(.logout)]
        case .findMethod:
            return [WindowMenuItem(.byCard), WindowMenuItem(.byName)]
        case .results:
            return state.customer.matches.indices.map { WindowMenuItem(.match($0)) }
        case .identity:
            return IdentityDocument.allCases.map { WindowMenuItem(.identity($0)) }
        case .applicant:
            return Applicant.allCases.map { WindowMenuItem(.applicant($0)) }
        case .certificate:
            return CertificateKind.allCases.map { WindowMenuItem(.certificate($0), enabled: isAvailable($0, profile)) }
        case .residentScope:
            let hasOthers = !(profile?.householdMembers.isEmpty ?? true)
            return [WindowMenuItem(.scope(.holderOnly)), WindowMenuItem(.scope(.members([])), enabled: hasOthers),
                    WindowMenuItem(.scope(.wholeHousehold))]
        case .householdMembers:
            let ids = [profile?.resident.residentID].compactMap { $0 } + (profile?.householdMembers.map(\.residentID) ?? [])
            return ids.map { WindowMenuItem(.member($0)) }
                + [WindowMenuItem(.proceed, enabled: !state.customer.pickedMembers.isEmpty)]
        case .residentOptions:
            // A proxy from outside the household may not take My Number: not offered rather than refused at the end.
            let outsider = state.customer.proxy.map { !$0.sameHousehold } ?? false
            return ResidentRecordToggle.allCases.map { WindowMenuItem(.toggle($0), enabled: !(outsider && $0 == .myNumber)) }
                + [WindowMenuItem(.proceed)]
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
            return [WindowMenuItem(.closeTill, enabled: state.close == nil), WindowMenuItem(.backHome)]
        case .confirmClose:
            return [WindowMenuItem(.confirmClose)]
        case .confirmRefund:
            return [WindowMenuItem(.askApproval)]
        case .issued:
            return [WindowMenuItem(.backHome)]
        default:
            return []
        }
    }

    static func isAvailable(_ kind: CertificateKind, _ profile: WindowProfile?) -> Bool {
        guard let profile else { return false }
        switch kind {
        case .residentRecord: return true
        case .sealRegistration: return profile.hasSealRegistration
        case .incomeTax: return !profile.incomeFiscalYears.isEmpty
        case .taxPayment: return !profile.taxPayments.isEmpty
        case .business: return !profile.businesses.isEmpty
        }
    }
}
