/// Keys: on text screens they type; elsewhere numbers pick, arrows + Enter, Esc back, Q ends the customer's
/// business, L switches language.
extension WindowReducer {
    static func handle(_ key: KeyInput, _ state: inout WindowState) -> [WindowEffect] {
        // In a demo, ? opens the list of demo residents on every screen, text fields included.
        if key == .character("?"), state.config.isDemo {
            state.helpPage = state.helpPage == nil ? 0 : nil
            return []
        }
        if let page = state.helpPage {
            state.helpPage = HelpPages(state.config.demoResidents, page: page, perPage: helpPageSize).turned(by: key)
            return []
        }
        if state.screen.isTextEntry { return textEntry(key, &state) }
        if case .character(let c) = key {
            switch c {
            case "l", "L":
                state.language = state.language.next
                return []
            case "q" where state.staff != nil, "Q" where state.staff != nil:
                finish(nil, &state)
                return []
            default:
                break
            }
        }
        let items = WindowMenu.items(for: state)
        switch key {
        case .up: state.cursor = MenuCursor.step(state.cursor, by: -1, items.map(\.isEnabled))
        case .down, .tab: state.cursor = MenuCursor.step(state.cursor, by: 1, items.map(\.isEnabled))
        case .enter:
            if items.indices.contains(state.cursor) { return pick(items[state.cursor], &state) }
        case .escape:
            back(&state)
        case .character(let c):
            if let n = c.wholeNumberValue, n >= 1, n <= items.count { return pick(items[n - 1], &state) }
        default:
            break
        }
        return []
    }

    /// Demo residents per help page: what fits the body at 100×30.
    public static let helpPageSize = 16

    /// An item that cannot be chosen says why instead of doing nothing.
    static func pick(_ item: WindowMenuItem, _ state: inout WindowState) -> [WindowEffect] {
        if let reason = item.unavailable {
            // Another town's resident is told which town issues what the city cannot.
            let town: [String] = if reason == "otherTown", case .otherTown(let name)? = state.customer.profile?.resident.registration {
                [name]
            } else { [] }
            state.message = WindowMessage("window.unavailable.\(reason)", town)
            return []
        }
        return choose(item.choice, &state)
    }

    /// A field holds this many Unicode scalars. Counted in scalars, not characters: a paste of combining marks is
    /// one character of any length, and measuring and drawing it would take the window for minutes.
    public static let inputLimit = 40

    static func textEntry(_ key: KeyInput, _ state: inout WindowState) -> [WindowEffect] {
        switch key {
        case .character(let c) where accepts(c, on: state.screen)
            && state.input.unicodeScalars.count + c.unicodeScalars.count <= inputLimit:
            state.input.append(c)
        case .backspace:
            if !state.input.isEmpty { state.input.removeLast() }
        case .escape:
            back(&state)
        case .enter, .tab:
            state.message = nil
            return submit(&state)
        default:
            break
        }
        return []
    }

    static func accepts(_ c: Character, on screen: WindowScreen) -> Bool {
        switch screen {
        case .cardNumber, .copies, .countedCash, .cashReceived, .sealCard, .newPIN, .newPINAgain:
            c.isASCII && c.isNumber
        case .receiptIssuance:
            c.isASCII && (c.isLetter || c.isNumber || c == "-")
        case .staffID, .supervisorID:
            c.isASCII && (c.isLetter || c.isNumber || c == "-")
        default:
            PlainText.isPlain(String(c))
        }
    }

    /// Esc goes one step back; at the top of a customer's business it returns to the menu.
    static func back(_ state: inout WindowState) {
        let previous: WindowScreen? = switch state.screen {
        case .password: .staffID
        case .findMethod, .refundIssuance, .daily, .reports: .home
        case .cardNumber, .kana, .results: .findMethod
        case .birthDate: .kana
        case .applicant: .findMethod
        case .householdApplicant, .proxyName: .applicant
        case .applicantRelationship: state.customer.proxy?.sameHousehold == true ? .householdApplicant : .proxySubmitTo
        case .proxyPurpose: .proxyName
        case .proxySubmitTo: .proxyPurpose
        case .identity: identityPredecessor(state)
        case .certificate: .identity
        case .residentScope, .sealCard, .fiscalYear, .taxRecord, .business: .certificate
        case .householdMembers: .residentScope
        case .residentOptions:
            if case .members = state.customer.residentOptions.scope { .householdMembers } else { .residentScope }
        case .copies: .certificate
        case .fee: .copies
        case .exemptionReason: .fee
        case .refundReason: .refundIssuance
        case .refundNote: .refundReason
        case .confirmRefund: .refundNote
        case .cashReceived: .confirm
        case .receiptIssuance: .home
        case .supervisorID, .supervisorPassword: state.approvalFor == .refundIssuance ? .confirmRefund : .exemptionReason
        case .confirm: .fee
        case .pinCredential: .identity
        case .issued: .home
        case .newPIN, .newPINAgain: .pinCredential
        case .countedCash: .daily
        case .confirmClose: .countedCash
        default: nil
        }
        if let previous { show(previous, &state) }
    }

    static func identityPredecessor(_ state: WindowState) -> WindowScreen {
        guard state.task == .serve else { return .findMethod }
        guard let proxy = state.customer.proxy else { return .applicant }
        if state.customer.isDeceased { return .applicantRelationship }
        return proxy.sameHousehold ? .householdApplicant : .proxySubmitTo
    }
}
