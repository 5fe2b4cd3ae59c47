import Foundation

/// Draws the window state as a screen model, with the same blocks and painter as the kiosk.
public struct WindowView {
    let state: WindowState
    let strings: Localization

    public init(state: WindowState, strings: Localization) {
        self.state = state
        self.strings = strings
    }

    func t(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
        strings.text(key, state.language, arguments)
    }

    func yen(_ amount: Int) -> String { t("yen", Yen.digits(amount)) }

    public var screen: ScreenModel {
        var model = ScreenModel(title: t("window.title"), clock: ScreenClock.text(state.now) { t("weekday.\($0)") })
        model.breaksBetweenIdeographs = state.language == .zhHans
        model.body = state.helpPage == nil ? header + body + messageBlocks : helpBody
        model.keys = keys
        if let staff = state.staff {
            model.status = t("window.staffStatus", staff.name, t("window.role.\(staff.role.rawValue)"), state.config.terminal)
        }
        return model
    }

    /// Who is being served, on every screen of their business; a protection measure from the moment the record opens.
    var header: [Block] {
        guard let profile = state.customer.profile, state.screen != .home else { return [] }
        let match = profile.resident
        var line = t("window.customer", match.name, match.kana, date(match.birthDate))
        if let proxy = state.customer.proxy, !proxy.name.isEmpty {
            line += t("window.customer.\(proxy.standing.rawValue)", proxy.name)
        }
        var blocks: [Block] = [.paragraph(line, .dim)]
        if match.registration != .current {
            blocks.append(.paragraph(registrationTag(match.registration) + t("window.gap") + t(registrationKey(match.registration)),
                                     .warning))
        }
        if profile.protectionMeasure { blocks.append(.paragraph(t("window.customer.protection"), .warning)) }
        return blocks + [.spacer]
    }

    /// What the window can do for someone who is not a current resident, shown as their record opens.
    func registrationKey(_ registration: Registration) -> String {
        switch registration {
        case .current: ""
        case .otherTown: "window.customer.otherTown"
        case .movedOut, .deceased: "window.customer.removed"
        }
    }

    /// Staff read dates in 和暦 (昭和55年4月12日); the English screens keep the western date.
    func date(_ iso: String) -> String {
        state.language == .ja ? JapaneseDate.format(iso: iso) ?? iso : iso
    }

    var messageBlocks: [Block] {
        guard let message = state.message else { return [] }
        let text = strings.text(message.key, state.language, message.arguments)
        return [.spacer, .paragraph(text, message.isError ? .warning : .strong)]
    }

    var options: Block {
        .options(WindowMenu.items(for: state).enumerated().map { index, item in
            ScreenOption(key: "\(index + 1)", label: label(item.choice), detail: detail(item),
                         isHighlighted: index == state.cursor, isEnabled: item.isEnabled)
        })
    }

    var keys: [KeyHint] {
        let help = state.config.isDemo ? [KeyHint("?", t("window.key.help"))] : []
        if state.helpPage != nil { return [KeyHint("←→", t("key.page")), KeyHint("Esc/?", t("key.close"))] }
        if state.screen.isTextEntry {
            return [KeyHint("Enter", t("key.ok")), KeyHint("BS", t("key.correct"))]
                + (state.screen == .staffID ? [] : [KeyHint("Esc", t("key.back"))]) + help
        }
        let count = WindowMenu.items(for: state).count
        var hints = count > 0 ? [KeyHint(count == 1 ? "1" : "1-\(count)", t("key.select"))] : []
        if state.screen != .home { hints.append(KeyHint("Esc", t("key.back"))) }
        if state.staff != nil, state.screen != .home { hints.append(KeyHint("Q", t("window.key.toMenu"))) }
        hints.append(KeyHint("L", t("key.language")))
        return hints + help
    }

    /// A text field; secret ones show a dot per character.
    func field(_ labelKey: String) -> Block {
        let shown = state.screen.isSecret ? String(repeating: "●", count: state.input.count) : state.input
        return .field(label: t(labelKey), value: shown, width: 30)
    }
}
