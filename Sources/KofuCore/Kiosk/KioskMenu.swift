/// A choice offered on a kiosk screen. The reducer acts on it and the view labels it, from the same list, so the
/// number a resident presses always means what the screen shows.
public enum KioskChoice: Equatable, Sendable {
    case begin
    case acceptTerms
    case declineTerms
    case credential(CredentialKind)
    case certificate(CertificateKind)
    case scope(ScopeChoice)
    case member(String)
    case toggle(ResidentRecordToggle)
    case proceed
    case fiscalYear(Int)
    case pay
    case cash(Int)
}

public enum ScopeChoice: Equatable, Sendable, CaseIterable {
    case holderOnly
    case someMembers
    case wholeHousehold
}

/// Why a menu item cannot be chosen; pressing it shows the reason.
public enum Unavailability: String, Equatable, Sendable {
    case noSealRegistration
    case noIncomeRecord
    case noOtherMembers
    case nobodyPicked
}

public struct MenuItem: Equatable, Sendable {
    public var choice: KioskChoice
    public var unavailability: Unavailability?

    public init(_ choice: KioskChoice, unavailable unavailability: Unavailability? = nil) {
        self.choice = choice
        self.unavailability = unavailability
    }

    public var isEnabled: Bool { unavailability == nil }
}

public enum KioskMenu {
    public static func items(for state: KioskState) -> [MenuItem] {
        let session = state.session ?? KioskSession()
        let profile = session.profile
        switch state.screen {
        case .start:
            return [MenuItem(.begin)]
        case .terms:
            return [MenuItem(.acceptTerms), MenuItem(.declineTerms)]
        case .credentialKind:
            return CredentialKind.allCases.map { MenuItem(.credential($0)) }
        case .certificateMenu:
            return CertificateKind.kioskKinds.map { MenuItem(.certificate($0), unavailable: unavailability($0, state)) }
        case .residentScope:
            let hasOthers = !(profile?.householdMembers.isEmpty ?? true)
            return ScopeChoice.allCases.map {
                MenuItem(.scope($0), unavailable: $0 != .someMembers || hasOthers ? nil : .noOtherMembers)
            }
        case .householdMembers:
            let ids = [profile?.residentID].compactMap { $0 } + (profile?.householdMembers.map(\.residentID) ?? [])
            return ids.map { MenuItem(.member($0)) }
                + [MenuItem(.proceed, unavailable: session.pickedMembers.isEmpty ? .nobodyPicked : nil)]
        case .residentOptions:
            return ResidentRecordToggle.allCases.map { MenuItem(.toggle($0)) } + [MenuItem(.proceed)]
        case .fiscalYear:
            return issuableYears(state).map { MenuItem(.fiscalYear($0)) }
        case .confirm:
            return [MenuItem(.pay)]
        case .payment:
            return KioskConfig.acceptedCash.map { MenuItem(.cash($0)) }
        default:
            return []
        }
    }

    public static func issuableYears(_ state: KioskState) -> [Int] {
        FiscalYearRelease.issuable(state.session?.profile?.incomeFiscalYears ?? [], at: state.now, clock: .japan)
    }

    /// Only the kiosk kinds reach here; the window-only ones are never offered.
    static func unavailability(_ kind: CertificateKind, _ state: KioskState) -> Unavailability? {
        switch kind {
        case .sealRegistration: state.session?.profile?.hasSealRegistration == true ? nil : .noSealRegistration
        case .incomeTax: issuableYears(state).isEmpty ? .noIncomeRecord : nil
        case .residentRecord, .taxPayment, .business, .removedResidentRecord: nil
        }
    }
}
