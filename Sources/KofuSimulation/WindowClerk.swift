import KofuCore

/// A clerk at the window serving one customer, deciding keys from what the screen asks: the customer's card, who
/// came (now and then a proxy or, for the deceased, the household), a certificate on offer with random options,
/// copies, the standard fee or an exemption a supervisor approves, the cash; or a refund of the last issuance, or
/// the close of the till at the end of the day.
struct WindowClerk {
    enum Errand {
        case serve(card: String, sealCard: String)
        /// Gives back this run's own issuance, not another till's.
        case refund(issuanceID: Int64)
        case close(counted: Int)
    }

    let errand: Errand
    let clerk: SeedStaff
    let supervisor: SeedStaff
    var random: SimulationRandom
    let cancelAt: Int?
    /// The errand was begun from the task menu: back there, it is over.
    private(set) var started = false

    init(errand: Errand, clerk: SeedStaff, supervisor: SeedStaff, random: inout SimulationRandom) {
        self.errand = errand
        self.clerk = clerk
        self.supervisor = supervisor
        cancelAt = random.chance(0.05) ? Int.random(in: 3...12, using: &random) : nil
        self.random = SimulationRandom(seed: random.next())
    }

    enum Move {
        case keys([KeyInput])
        case done
    }

    mutating func move(_ state: WindowState, step: Int) -> Move {
        if step == cancelAt, state.staff != nil, state.screen != .home, !state.screen.isTextEntry, case .serve = errand {
            return .keys([.character("q")])
        }
        switch state.screen {
        case .staffID: return type(clerk.id)
        case .password: return type(clerk.password)
        case .home:
            guard !started else { return .done }
            started = true
            return .keys([start])
        case .findMethod: return .keys([.character("1")])
        case .cardNumber: if case .serve(let card, _) = errand { return type(card) } else { return .keys([.escape]) }
        case .proxyName: return type("代理 太郎")
        case .proxyPurpose: return type("相続手続き")
        case .proxySubmitTo: return type("小牧信用金庫")
        case .sealCard: if case .serve(_, let seal) = errand { return type(seal) } else { return .keys([.escape]) }
        case .copies: return type(String(random.chance(0.7) ? 1 : Int.random(in: 2...3, using: &random)))
        case .fee: return .keys([.character(random.chance(0.9) ? "1" : "2")])
        case .supervisorID: return type(supervisor.id)
        case .supervisorPassword: return type(supervisor.password)
        case .cashReceived:
            let fee = WindowReducer.order(state)?.amount ?? 0
            return type(String(random.chance(0.5) ? fee : (fee / 1000 + 1) * 1000))
        case .issued: return .keys([.character(random.chance(0.3) && state.message == nil ? "1" : "2")])
        case .refundNote: return type(state.refundReason == .other ? "お客様の申出" : "")
        case .countedCash: if case .close(let counted) = errand { return type(String(counted)) } else { return .keys([.escape]) }
        case .daily: return .keys([.character(state.close == nil ? "1" : "2")])
        default: return menuChoice(state)
        }
    }

    /// The task menu item for the errand.
    var start: KeyInput {
        switch errand {
        case .serve: .character("1")
        case .refund: .character("3")
        case .close: .character("4")
        }
    }

    func type(_ text: String) -> Move { .keys(text.map { .character($0) } + [.enter]) }

    /// A random item on offer; on the options screens "next" once something was chosen; the first applicant most of
    /// the time, and the first (newest) issuance to refund.
    mutating func menuChoice(_ state: WindowState) -> Move {
        let items = WindowMenu.items(for: state)
        let enabled = items.indices.filter { items[$0].isEnabled }
        guard !enabled.isEmpty else { return .keys([.escape]) }
        let proceed = items.firstIndex { $0.choice == .proceed }
        if let proceed, items[proceed].isEnabled, random.chance(0.5) { return .keys([digit(proceed)]) }
        switch state.screen {
        case .refundIssuance:
            guard case .refund(let id) = errand, let index = state.refundable.firstIndex(where: { $0.issuanceID == id })
            else { return .keys([.escape]) }
            // A long list is walked with the arrows: number keys reach only the first nine.
            return .keys(index < 9 ? [digit(index)]
                         : Array(repeating: KeyInput.down, count: index - state.cursor) + [.enter])
        case .applicant where random.chance(0.8), .confirm, .confirmRefund, .confirmClose:
            return .keys([digit(enabled[0])])
        default:
            let choices = enabled.filter { $0 != proceed }
            return .keys([digit(random.pick(choices.isEmpty ? enabled : choices))])
        }
    }

    func digit(_ index: Int) -> KeyInput { .character(Character(String(index + 1))) }
}

/// A demo staff account, as the seed publishes it.
struct SeedStaff {
    var id: String
    var password: String
}
