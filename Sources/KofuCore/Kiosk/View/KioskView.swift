import Foundation

/// Draws a kiosk state as a screen model: header, steps, one question, options, footer. No layout here.
public struct KioskView {
    let state: KioskState
    let strings: Localization
    /// Frames drawn so far while a request is out (see `EffectLoop`); nil when none is.
    let waitingFrames: Int?

    public init(state: KioskState, strings: Localization, waitingFrames: Int? = nil) {
        self.state = state
        self.strings = strings
        self.waitingFrames = waitingFrames
    }

    func t(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
        strings.text(key, state.language, arguments)
    }

    /// A text that names the card, in a smartphone session's words where it has them (`<key>.smartphone`).
    func credentialText(_ key: String) -> String {
        let smartphoneKey = key + ".smartphone"
        let isSmartphone = state.session?.credentialKind == .smartphone
        return t(isSmartphone && strings.hasText(smartphoneKey, state.language) ? smartphoneKey : key)
    }

    public var screen: ScreenModel {
        var model = ScreenModel(title: t("title"), clock: clock)
        model.breaksBetweenIdeographs = state.language == .zhHans
        if let step = state.screen.step {
            model.steps = (1...6).map { credentialText("step.\($0)") }
            model.currentStep = step
        }
        if let left = state.idleCountdown {
            model.body = idlePrompt(left)
            model.keys = [KeyHint("Enter", t("key.continue"))] + (state.screen.isCancellable ? [KeyHint("Q", t("key.cancel"))] : [])
            model.status = t("status.countdown", left)
            model.statusIsUrgent = true
            return model
        }
        if state.helpPage != nil {
            model.body = helpBody
            model.keys = [KeyHint("←→", t("key.page")), KeyHint("Esc/?", t("key.close"))]
                + (state.screen.isCancellable ? [KeyHint("Q", t("key.cancel"))] : []) + [KeyHint("L", t("key.language"))]
        } else {
            model.body = body + (state.message.map { [.spacer, .paragraph(messageText($0), .warning)] } ?? [])
            model.keys = keys
        }
        if state.screen.endsWhenIdle {
            model.status = t("status.idle", Int(state.config.idleTimeout))
        }
        if let waitingFrames {
            // Keys wait for the answer, so none is offered; the spinner says the kiosk is at work, not stuck.
            model.keys = []
            model.status = t("status.communicating", Self.spinner[waitingFrames % Self.spinner.count])
        }
        return model
    }

    static let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// The last seconds of an idle session: the question replaces the screen, whose entries stay as they were.
    func idlePrompt(_ secondsLeft: Int) -> [Block] {
        let inserted = state.screen == .payment ? state.session?.inserted ?? 0 : 0
        return [.paragraph(t("idle.title"), .warning), .spacer, .paragraph(t("idle.text", secondsLeft), .normal)]
            + (inserted > 0 ? [.paragraph(t("idle.cashReturned", yen(inserted)), .normal)] : [])
            + [.spacer, .paragraph(t("idle.continue"), .strong)]
    }

    var clock: String { ScreenClock.text(state.now) { t("weekday.\($0)") } }

    /// The menu of this screen as option blocks, numbered as the reducer reads them.
    var options: Block {
        let items = KioskMenu.items(for: state)
        return .options(items.enumerated().map { index, item in
            ScreenOption(key: "\(index + 1)", label: label(item.choice), detail: detail(item),
                   isHighlighted: index == state.cursor, isEnabled: item.isEnabled)
        })
    }

    var keys: [KeyHint] {
        var hints: [KeyHint] = []
        let count = KioskMenu.items(for: state).count
        if count > 0 { hints.append(KeyHint(count == 1 ? "1" : "1-\(count)", t("key.select"))) }
        hints.append(contentsOf: screenKeys)
        if canGoBack { hints.append(KeyHint("Esc", t("key.back"))) }
        if state.screen.isCancellable { hints.append(KeyHint("Q", t("key.cancel"))) }
        hints.append(KeyHint("L", t("key.language")))
        if state.config.isDemo { hints.append(KeyHint("?", t("key.help"))) }
        return hints
    }

    var screenKeys: [KeyHint] {
        switch state.screen {
        case .credentialEntry, .pinEntry:
            [KeyHint("Enter", t("key.ok")), KeyHint("BS", t("key.correct"))]
        case .copies:
            [KeyHint("↑↓0-9", t("key.adjust")), KeyHint("Enter", t("key.ok"))]
        case .takeCertificate where state.session?.printedView != nil:
            [KeyHint("↑↓", t("key.scroll")), KeyHint("←→", t("key.page")), KeyHint("Esc", t("key.back"))]
        case .takeCertificate where state.config.isDemo:
            [KeyHint("Enter", t("key.ok")), KeyHint("V", t("key.view"))]
        case .takeCard, .refused, .systemUnavailable, .issueFailed, .printFailed, .takeCertificate:
            [KeyHint("Enter", t("key.ok"))]
        default:
            []
        }
    }

    var canGoBack: Bool {
        switch state.screen {
        case .terms, .credentialKind, .credentialEntry, .pinEntry, .residentScope, .householdMembers,
             .residentOptions, .fiscalYear, .copies, .confirm, .payment:
            true
        default:
            false
        }
    }

    func yen(_ amount: Int) -> String { t("yen", Yen.digits(amount)) }
}
