/// What each numbered choice does.
extension KioskReducer {
    static func choose(_ choice: KioskChoice, _ state: inout KioskState) -> [KioskEffect] {
        switch choice {
        case .begin:
            state.notice = nil
            state.returnedCash = 0
            state.session = KioskSession()
            show(.terms, &state)
        case .acceptTerms:
            show(.credentialKind, &state)
        case .declineTerms:
            return endSession(nil, &state)
        case .credential(let kind):
            state.session?.credentialKind = kind
            state.session?.credentialID = ""
            show(.credentialEntry, &state)
        case .certificate(let kind):
            state.session?.kind = kind
            state.session?.copies = 1
            switch kind {
            case .residentRecord: show(.residentScope, &state)
            case .incomeTax: show(.fiscalYear, &state)
            default: show(.copies, &state)
            }
        case .scope(let scope):
            chooseScope(scope, &state)
        case .member(let id):
            togglePicked(id, &state)
        case .toggle(let toggle):
            state.session?.residentOptions.toggle(toggle)
        case .proceed:
            proceed(&state)
        case .fiscalYear(let year):
            state.session?.fiscalYear = year
            show(.copies, &state)
        case .pay:
            state.session?.inserted = 0
            state.returnedCash = 0
            show(.payment, &state)
        case .cash(let yen):
            return insert(yen, &state)
        }
        return []
    }

    static func chooseScope(_ scope: ScopeChoice, _ state: inout KioskState) {
        switch scope {
        case .holderOnly:
            state.session?.residentOptions.scope = .holderOnly
            show(.residentOptions, &state)
        case .wholeHousehold:
            state.session?.residentOptions.scope = .wholeHousehold
            show(.residentOptions, &state)
        case .someMembers:
            state.session?.pickedMembers = []
            show(.householdMembers, &state)
        }
    }

    /// Picking keeps household order, so the certificate lists people as the record does.
    static func togglePicked(_ id: String, _ state: inout KioskState) {
        guard var session = state.session, let profile = session.profile else { return }
        session.pickedMembers = HouseholdScope.toggling(
            id, in: session.pickedMembers, order: [profile.residentID] + profile.householdMembers.map(\.residentID))
        state.session = session
    }

    static func proceed(_ state: inout KioskState) {
        switch state.screen {
        case .householdMembers:
            guard let picked = state.session?.pickedMembers, !picked.isEmpty else { return }
            state.session?.residentOptions.scope = .members(picked)
            show(.residentOptions, &state)
        case .residentOptions:
            show(.copies, &state)
        default:
            break
        }
    }

    /// The last coin that covers the total starts the issuance; until then 中止 gives everything back.
    static func insert(_ yen: Int, _ state: inout KioskState) -> [KioskEffect] {
        guard var session = state.session, let profile = session.profile, let request = session.request else { return [] }
        session.inserted += yen
        state.session = session
        let total = session.total(at: .kiosk)
        guard session.inserted >= total else { return [] }
        show(.issuing, &state)
        return [.issue(IssuanceOrder(credentialID: session.credentialID, residentID: profile.residentID,
                                     request: request, copies: session.copies, channel: .kiosk,
                                     terminal: state.config.terminal))]
    }
}
