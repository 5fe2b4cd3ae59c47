import KofuCore
import KofuTestSupport
import Testing

/// The window demo: ? lists the demo residents on any screen, and is never typed into a field.
@Suite struct WindowDemoTests {
    @Test func questionMarkListsTheDemoResidentsAPageAtATime() throws {
        var window = try WindowHarness(demoAccounts: fixtureDemoAccounts, demoResidents: fixtureDemoResidents)
        window.logIn("clerk01", "clerk-pass")
        window.type("12" + "コマ")
        #expect(window.state.screen == .kana)
        window.type("?")
        #expect(window.state.helpPage == 0 && window.state.input == "コマ", "? opens the list; the field keeps its text")
        #expect(window.runtime.screen.keys.contains(KeyHint("Esc/?", "閉じる")))
        window.type("→→")
        #expect(window.state.helpPage == 1, "twenty residents fill two pages, no more")
        window.type("\u{1b}")
        #expect(window.state.helpPage == nil && window.state.screen == .kana && window.state.input == "コマ")
        window.type("?" + "?" + "キ\n")
        #expect(window.state.helpPage == nil && window.state.screen == .birthDate)
    }

    @Test func withoutADemoQuestionMarkIsJustAKey() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("12" + "?")
        #expect(window.state.helpPage == nil && window.state.input == "?")
        #expect(!window.runtime.screen.keys.contains { $0.key == "?" })
    }
}
