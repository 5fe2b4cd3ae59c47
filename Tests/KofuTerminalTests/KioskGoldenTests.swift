import Foundation
import KofuCore
import KofuTerminal
import KofuTestSupport
import Testing

/// Every kiosk screen at 80×24, in Japanese and in English, reached by the keys a resident would press.
@Suite struct KioskGoldenTests {
    /// (name, how to get there). Scripts use the harness's key notation: `\n` Enter, `\u{1b}` Esc.
    static let journeys: [(String, @Sendable (inout KioskHarness) -> Void)] = [
        ("start", { _ in }),
        ("terms", { $0.type("1") }),
        ("credential-kind", { $0.type("11") }),
        ("credential-entry", { $0.type("111100001") }),
        ("pin-entry", { $0.type("111100001\n12") }),
        ("take-card", { $0.type("111100001\n1234\n") }),
        ("certificate-menu", { $0.type("111100001\n1234\n\n") }),
        ("resident-scope", { $0.type("111100001\n1234\n\n1") }),
        ("household-members", { $0.type("111100001\n1234\n\n1213") }),
        ("resident-options", { $0.type("111100001\n1234\n\n131") }),
        ("fiscal-year", { $0.type("111100001\n1234\n\n3") }),
        ("copies", { $0.type("111100001\n1234\n\n1142") }),
        ("confirm", { $0.type("111100001\n1234\n\n13142\n") }),
        ("payment", { $0.type("111100001\n1234\n\n1142\n13") }),
        ("printing", { $0.type("111100001\n1234\n\n1142\n14"); $0.advance(1) }),
        ("take-certificate", { $0.type("111100001\n1234\n\n1142\n14"); $0.advance(5) }),
        ("cancelled", { $0.type("111100001\n1234\n\n1142\n13q") }),
        ("idle-countdown", { $0.type("111100001\n12"); $0.advance(48) }),
        ("timed-out", { $0.type("111100001\n12"); $0.advance(61) }),
        ("cancelled-on-reader", { $0.type("111100001\n12q") }),
        ("pin-incomplete", { $0.type("111100001\n12\n") }),
        ("copies-typed", { $0.type("111100001\n1234\n\n2" + "10") }),
    ]

    static let names = journeys.map(\.0)

    @Test(arguments: names, Language.allCases)
    func screen(_ name: String, _ language: Language) throws {
        var harness = try KioskHarness(language: language)
        Self.journeys.first { $0.0 == name }!.1(&harness)
        try Golden.check(ScreenPainter.paint(harness.runtime.screen), named: "kiosk/\(name).\(language.rawValue)")
    }

    @Test(arguments: Refusal.allCases, Language.allCases)
    func refusal(_ refusal: Refusal, _ language: Language) throws {
        var harness = try KioskHarness(outcomes: ["100001": [.refused(refusal)]], language: language)
        harness.type("111100001\n")
        if harness.state.screen == .pinEntry { harness.type("1234\n") }
        #expect(harness.state.screen == .refused(refusal))
        try Golden.check(ScreenPainter.paint(harness.runtime.screen), named: "kiosk/refused-\(refusal.rawValue).\(language.rawValue)")
    }

    @Test(arguments: Language.allCases)
    func wrongPIN(_ language: Language) throws {
        var harness = try KioskHarness(outcomes: ["100001": [.wrongPIN(triesLeft: 2)]], language: language)
        harness.type("111100001\n9999\n")
        try Golden.check(ScreenPainter.paint(harness.runtime.screen), named: "kiosk/pin-wrong.\(language.rawValue)")
    }

    @Test(arguments: Language.allCases)
    func moreScreens(_ language: Language) throws {
        var down = try KioskHarness(language: language)
        down.authority.unavailable = true
        down.type("111100001\n")
        try Golden.check(ScreenPainter.paint(down.runtime.screen), named: "kiosk/system-unavailable.\(language.rawValue)")

        var phone = try KioskHarness(outcomes: ["900001": [.authenticated(fixtureProfile)]], language: language)
        phone.type("112900001\n5823\n")
        try Golden.check(ScreenPainter.paint(phone.runtime.screen), named: "kiosk/take-phone.\(language.rawValue)")
        phone.type("\n")
        try Golden.check(ScreenPainter.paint(phone.runtime.screen), named: "kiosk/phone-menu.\(language.rawValue)")

        var noSeal = fixtureProfile
        noSeal.hasSealRegistration = false
        var unavailable = try KioskHarness(outcomes: ["100001": [.authenticated(noSeal)]], language: language)
        unavailable.type("111100001\n1234\n\n2")
        try Golden.check(ScreenPainter.paint(unavailable.runtime.screen), named: "kiosk/unavailable-seal.\(language.rawValue)")

        var everything = try KioskHarness(language: language)
        everything.type("111100001\n1234\n\n" + "12" + "14" + "5" + "123" + "4" + "2\n" + "13\u{1b}")
        try Golden.check(ScreenPainter.paint(everything.runtime.screen), named: "kiosk/confirm-returned.\(language.rawValue)")

        let lateEvening = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 22, minute: 59)
        var late = try KioskHarness(now: lateEvening, language: language)
        late.type("111100001\n1234\n\n2\n13")
        late.advance(60)
        try Golden.check(ScreenPainter.paint(late.runtime.screen), named: "kiosk/hours-ended.\(language.rawValue)")
    }

    @Test(arguments: Language.allCases)
    func closed(_ language: Language) throws {
        let night = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 5, minute: 10)
        let harness = try KioskHarness(now: night, language: language)
        #expect(harness.state.screen == .closed)
        try Golden.check(ScreenPainter.paint(harness.runtime.screen), named: "kiosk/closed.\(language.rawValue)")
    }

    @Test(arguments: Language.allCases)
    func failures(_ language: Language) throws {
        var issue = try KioskHarness(language: language)
        issue.desk.failure = FakeFailure.unavailable
        issue.type("111100001\n1234\n\n1142\n15")
        try Golden.check(ScreenPainter.paint(issue.runtime.screen), named: "kiosk/issue-failed.\(language.rawValue)")

        var print = try KioskHarness(language: language)
        print.printer.jammed = true
        print.type("111100001\n1234\n\n1142\n15")
        try Golden.check(ScreenPainter.paint(print.runtime.screen), named: "kiosk/print-failed.\(language.rawValue)")
    }

    @Test(arguments: Language.allCases)
    func transientScreens(_ language: Language) throws {
        let strings = try loadStrings()
        for screen in [KioskScreen.authenticating, .issuing] {
            var state = KioskState(config: KioskConfig(terminal: "T-01"), language: language, now: fixtureNow, screen: screen)
            state.session = KioskSession()
            let text = ScreenPainter.paint(KioskView(state: state, strings: strings).screen)
            try Golden.check(text, named: "kiosk/\(screen == .issuing ? "issuing" : "authenticating").\(language.rawValue)")
        }
    }

    @Test(arguments: Language.allCases)
    func demoHelp(_ language: Language) throws {
        var harness = try KioskHarness(language: language, demo: fixtureDemo)
        try Golden.check(ScreenPainter.paint(harness.runtime.screen), named: "kiosk/demo-start.\(language.rawValue)")
        harness.type("?")
        try Golden.check(ScreenPainter.paint(harness.runtime.screen), named: "kiosk/demo-help.\(language.rawValue)")
        harness.type("\u{1b}111↓")
        try Golden.check(ScreenPainter.paint(harness.runtime.screen), named: "kiosk/demo-pick.\(language.rawValue)")
    }

    @Test(arguments: Language.allCases)
    func demoPrinted(_ language: Language) throws {
        var harness = try KioskHarness(language: language, demo: fixtureDemo, spoolPath: "/tmp/kofu-demo/spool")
        harness.type("111100001\n1234\n\n1142\n14")
        harness.advance(5)
        try Golden.check(ScreenPainter.paint(harness.runtime.screen), named: "kiosk/demo-take-certificate.\(language.rawValue)")
        harness.type("v")
        try Golden.check(ScreenPainter.paint(harness.runtime.screen), named: "kiosk/demo-printed.\(language.rawValue)")
    }

    /// In a demo `?` works on every screen, so every footer offers it, however many other keys it lists. (The idle
    /// question takes any key but Q as "continue", so `?` does not work there and is not offered.)
    @Test(arguments: Language.allCases)
    func demoFootersOfferHelp(_ language: Language) throws {
        let night = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 5, minute: 10)
        let closed = try KioskHarness(now: night, language: language, demo: fixtureDemo)
        #expect(ScreenPainter.paint(closed.runtime.screen).text.split(separator: "\n")[22].contains("[?]"))
        for (name, journey) in Self.journeys where name != "idle-countdown" {
            var harness = try KioskHarness(language: language, demo: fixtureDemo)
            journey(&harness)
            let footer = ScreenPainter.paint(harness.runtime.screen).text.split(separator: "\n")[22]
            #expect(footer.contains("[?]"), "\(name): \(footer)")
        }
        var help = try KioskHarness(language: language, demo: fixtureDemo)
        help.type("111?")
        #expect(ScreenPainter.paint(help.runtime.screen).text.split(separator: "\n")[22].contains("?]"))
    }
}
