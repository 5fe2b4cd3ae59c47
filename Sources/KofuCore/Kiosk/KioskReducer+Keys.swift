/// Keys: the same few everywhere (numbers pick, arrows and Enter, Esc back, Q cancel, L language, ? demo help),
/// then what each screen does with them.
extension KioskReducer {
    static func handle(_ key: KeyInput, _ state: inout KioskState) -> [KioskEffect] {
        if case .character(let c) = key {
            switch c {
            case "l", "L":
                state.language = state.language.next
                return []
            case "q", "Q":
                guard state.screen.isCancellable else { return [] }
                return endSession(.cancelled(returned: state.session?.inserted ?? 0, onReader: onReader(state)), &state)
            case "?" where state.config.isDemo:
                state.helpPage = state.helpPage == nil ? 0 : nil
                return []
            default:
                break
            }
        }
        if state.helpPage != nil { return handleHelp(key, &state) }
        switch state.screen {
        case .credentialEntry: return credentialEntry(key, &state)
        case .pinEntry: return pinEntry(key, &state)
        case .copies: return copies(key, &state)
        case .takeCertificate: return takeCertificate(key, &state)
        case .refused, .systemUnavailable, .issueFailed, .printFailed:
            return key == .enter ? endSession(nil, &state) : []
        case .takeCard:
            if key == .enter { show(.certificateMenu, &state) }
            return []
        case .closed, .authenticating, .issuing, .printing:
            return []
        default:
            return menu(key, &state)
        }
    }

    static func handleHelp(_ key: KeyInput, _ state: inout KioskState) -> [KioskEffect] {
        state.helpPage = HelpPages(state.config.demoCredentials, page: state.helpPage ?? 0, perPage: helpPageSize)
            .turned(by: key)
        return []
    }

    /// Demo credentials per help page: what fits the body at 80×24.
    public static let helpPageSize = 12

    static func menu(_ key: KeyInput, _ state: inout KioskState) -> [KioskEffect] {
        let items = KioskMenu.items(for: state)
        switch key {
        case .up:
            state.cursor = MenuCursor.step(state.cursor, by: -1, items.map(\.isEnabled))
        case .down, .tab:
            state.cursor = MenuCursor.step(state.cursor, by: 1, items.map(\.isEnabled))
        case .enter:
            if items.indices.contains(state.cursor) { return press(items[state.cursor], &state) }
        case .escape:
            return back(&state)
        case .character(let c):
            if let n = c.wholeNumberValue, n >= 1, n <= items.count {
                if items[n - 1].isEnabled { state.cursor = n - 1 }
                return press(items[n - 1], &state)
            }
        default:
            break
        }
        return []
    }

    /// An item that cannot be chosen answers with its reason instead.
    static func press(_ item: MenuItem, _ state: inout KioskState) -> [KioskEffect] {
        if let reason = item.unavailability {
            state.message = .unavailable(reason)
            return []
        }
        return choose(item.choice, &state)
    }

    /// Esc: one screen back, never past authentication (the card is already returned).
    static func back(_ state: inout KioskState) -> [KioskEffect] {
        switch state.screen {
        case .terms: show(.start, &state)
        case .credentialKind: show(.terms, &state)
        case .residentScope, .fiscalYear: show(.certificateMenu, &state)
        case .householdMembers: show(.residentScope, &state)
        case .residentOptions:
            let picked = state.session?.residentOptions.scope
            if case .members = picked { show(.householdMembers, &state) } else { show(.residentScope, &state) }
        case .confirm: show(.copies, &state)
        case .payment:
            // Leaving the payment screen gives back what was inserted; nothing has been charged.
            let inserted = state.session?.inserted ?? 0
            state.session?.inserted = 0
            state.returnedCash = inserted
            show(.confirm, &state)
            return inserted > 0 ? [.dispenseCash(inserted)] : []
        default: break
        }
        return []
    }

    static func credentialEntry(_ key: KeyInput, _ state: inout KioskState) -> [KioskEffect] {
        guard state.session != nil else { return [] }
        switch key {
        case .character(let c) where c.isASCII && c.isNumber:
            if state.session!.credentialID.count < 12 { state.session!.credentialID.append(c) }
        case .backspace:
            if !state.session!.credentialID.isEmpty { state.session!.credentialID.removeLast() }
        case .up, .down:
            cycleDemoCredential(forward: key == .down, &state)
        case .escape:
            show(.credentialKind, &state)
        case .enter where !state.session!.credentialID.isEmpty:
            state.session!.pin = PIN()
            show(.authenticating, &state)
            return [.readCredential(state.session!.credentialID, state.session!.credentialKind)]
        default:
            break
        }
        return []
    }

    /// In a demo the resident may pick a credential instead of typing its id.
    static func cycleDemoCredential(forward: Bool, _ state: inout KioskState) {
        let ids = state.config.demoCredentials.filter { $0.kind == state.session!.credentialKind }.map(\.id)
        guard !ids.isEmpty else { return }
        let current = ids.firstIndex(of: state.session!.credentialID)
        let next = current.map { (forward ? $0 + 1 : $0 - 1 + ids.count) % ids.count } ?? (forward ? 0 : ids.count - 1)
        state.session!.credentialID = ids[next]
    }

    static func pinEntry(_ key: KeyInput, _ state: inout KioskState) -> [KioskEffect] {
        guard state.session != nil else { return [] }
        switch key {
        case .character(let c) where c.isASCII && c.isNumber:
            state.session!.pin.append(c)
        case .backspace:
            state.session!.pin.removeLast()
        case .escape:
            state.session!.pin = PIN()
            show(.credentialEntry, &state)
        case .enter where state.session!.pin.isComplete:
            let pin = state.session!.pin
            state.session!.pin = PIN()
            show(.authenticating, &state)
            return [.authenticate(credentialID: state.session!.credentialID, pin: pin)]
        case .enter:
            state.message = .pinIncomplete
        default:
            break
        }
        return []
    }

    static func copies(_ key: KeyInput, _ state: inout KioskState) -> [KioskEffect] {
        guard state.session != nil else { return [] }
        let maxCopies = state.config.maxCopies
        switch key {
        case .up, .right, .character("+"):
            state.session!.copies = min(maxCopies, state.session!.copies + 1)
            state.session!.copiesTyped = ""
        case .down, .left, .character("-"):
            state.session!.copies = max(1, state.session!.copies - 1)
            state.session!.copiesTyped = ""
        case .character(let c) where c.isASCII && c.isNumber:
            typeCopies(c, &state)
        case .enter:
            state.session!.copiesTyped = ""
            show(.confirm, &state)
        case .escape:
            state.session!.copiesTyped = ""
            show(copiesPredecessor(state), &state)
        default:
            break
        }
        return []
    }

    /// "1" then "0" is 10. A digit that cannot extend what was typed (after two digits, or past the maximum)
    /// starts a new number; a lone 0 is no number of copies and changes nothing.
    static func typeCopies(_ digit: Character, _ state: inout KioskState) {
        let typed = state.session!.copiesTyped
        if typed.count == 1, let extended = Int(typed + String(digit)), extended <= state.config.maxCopies {
            state.session!.copies = extended
            state.session!.copiesTyped = typed + String(digit)
        } else if let single = digit.wholeNumberValue, single >= 1, single <= state.config.maxCopies {
            state.session!.copies = single
            state.session!.copiesTyped = String(digit)
        } else {
            state.session!.copiesTyped = ""
        }
    }

    static func copiesPredecessor(_ state: KioskState) -> KioskScreen {
        switch state.session?.kind {
        case .residentRecord: .residentOptions
        case .incomeTax: .fiscalYear
        default: .certificateMenu
        }
    }
}
