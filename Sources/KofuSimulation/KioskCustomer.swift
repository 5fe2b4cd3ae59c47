import KofuCore

/// One resident at the kiosk, deciding keys as a person would from what the screen asks: a demo card or
/// smartphone, its PIN (now and then a wrong one), a certificate on offer with random options and copies, coins
/// until paid; or a cancel or a walk-away at a random step.
struct KioskCustomer {
    let credential: DemoCredential
    var random: SimulationRandom
    /// The step (screen) at which this resident presses 中止, or walks away, if they do.
    let cancelAt: Int?
    let walkAwayAt: Int?
    /// Wrong PINs typed before the right one: three lock the card.
    let wrongPINs: Int
    private(set) var pinAttempts = 0
    private(set) var inserted = 0

    init(credential: DemoCredential, random: inout SimulationRandom) {
        self.credential = credential
        cancelAt = random.chance(0.08) ? Int.random(in: 1...12, using: &random) : nil
        walkAwayAt = random.chance(0.03) ? Int.random(in: 1...12, using: &random) : nil
        wrongPINs = random.chance(0.9) ? 0 : random.chance(0.9) ? 1 : 3
        self.random = SimulationRandom(seed: random.next())
    }

    enum Move {
        case keys([KeyInput])
        /// Nothing pressed for this long (printing, or a walk-away).
        case wait(Double)
        case done
    }

    mutating func move(_ state: KioskState, step: Int) -> Move {
        if step == walkAwayAt, state.screen.endsWhenIdle { return .wait(state.config.idleTimeout + 1) }
        if step == cancelAt, state.screen.isCancellable { return .keys([.character("q")]) }
        switch state.screen {
        case .start: return step == 0 ? .keys([.character("1")]) : .done
        case .closed: return .done
        case .terms: return .keys([.character("1")])
        case .credentialKind: return .keys([.character(credential.kind == .card ? "1" : "2")])
        case .credentialEntry: return .keys(Self.typing(credential.id) + [.enter])
        case .pinEntry:
            pinAttempts += 1
            let pin = pinAttempts <= wrongPINs ? Self.wrong(credential.pin) : credential.pin
            return .keys(Self.typing(pin) + [.enter])
        case .copies:
            return .keys(Self.typing(String(random.chance(0.7) ? 1 : Int.random(in: 2...3, using: &random))) + [.enter])
        case .payment: return .keys([coin(state)])
        case .printing: return .wait(1)
        case .authenticating, .issuing: return .wait(1)
        case .takeCard, .refused, .systemUnavailable, .issueFailed, .printFailed, .takeCertificate:
            return .keys([.enter])
        default: return .keys([menuChoice(state)])
        }
    }

    static func typing(_ text: String) -> [KeyInput] { text.map { .character($0) } }

    /// A PIN that is not this one.
    static func wrong(_ pin: String) -> String { String(pin.map { $0 == "9" ? "0" : Character(String($0.wholeNumberValue! + 1)) }) }

    /// A random choice among the items on offer; "next" once something was chosen.
    mutating func menuChoice(_ state: KioskState) -> KeyInput {
        let items = KioskMenu.items(for: state)
        let proceed = items.firstIndex { $0.choice == .proceed }
        if let proceed, items[proceed].isEnabled, random.chance(0.5) { return Self.digit(proceed) }
        let choices = items.indices.filter { items[$0].isEnabled && $0 != proceed }
        guard !choices.isEmpty else { return .escape }
        return Self.digit(random.pick(choices))
    }

    static func digit(_ index: Int) -> KeyInput { .character(Character(String(index + 1))) }

    /// Coins until the fee is covered, now and then a note that leaves change.
    mutating func coin(_ state: KioskState) -> KeyInput {
        let due = (state.session?.total(at: .kiosk) ?? 0) - (state.session?.inserted ?? 0)
        let small = KioskConfig.acceptedCash.filter { $0 <= max(due, 10) }
        let yen = random.chance(0.2) ? random.pick([500, 1000, 5000]) : random.pick(small)
        inserted += yen
        return Self.digit(KioskConfig.acceptedCash.firstIndex(of: yen)!)
    }
}
