import Foundation
import KofuCore
import KofuTerminal
import KofuTestSupport
import Testing

/// The staff window at 100×30, in Japanese and English, reached by a clerk's keys.
@Suite struct WindowGoldenTests {
    static let toCertificate = "11" + "100007\n" + "1" + "1"
    static let journeys: [(String, @Sendable (inout WindowHarness) -> Void)] = [
        ("staff-id", { _ in }),
        ("password", { $0.type("clerk01\nsecret") }),
        ("wrong-password", { $0.type("clerk01\nwrong\n") }),
        ("home", { $0.logIn() }),
        ("find", { $0.logIn(); $0.type("1") }),
        ("card-number", { $0.logIn(); $0.type("11100") }),
        ("applicant", { $0.logIn(); $0.type("11100007\n") }),
        ("identity", { $0.logIn(); $0.type("11100007\n1") }),
        ("proxy-name", { $0.logIn(); $0.type("11100007\n3山田 一郎") }),
        ("proxy-purpose", { $0.logIn(); $0.type("11100007\n3山田 一郎\n銀行口座の開設") }),
        ("proxy-identity", { $0.logIn(); $0.type("11100007\n3山田 一郎\n銀行口座の開設\n東海銀行 小牧支店\n") }),
        ("household-applicant", { $0.logIn(); $0.type("11100001\n2") }),
        ("protected", { $0.logIn(); $0.type("11100012\n3") }),
        ("seal-mismatch", { $0.logIn(); $0.type("11100001\n11" + "2" + "0012346\n") }),
        ("confirm-mailed", { $0.logIn(); $0.type("11100001\n3山田 一郎\n就職\n株式会社小牧\n1" + "11" + "34" + "1\n1") }),
        ("wide-area-certificate", { $0.logIn(); $0.type("11100015\n12") }),
        ("wide-area-options", { $0.logIn(); $0.type("11100015\n12" + "11" + "2") }),
        ("moved-out-certificate", { $0.logIn(); $0.type("11100013\n11") }),
        ("deceased-applicant", { $0.logIn(); $0.type("11100014\n") }),
        ("heir-relationship", { $0.logIn(); $0.type("11100014\n2山田 一\n相続手続き\n小牧信用金庫\n") }),
        ("not-found", { $0.logIn(); $0.type("12カトウ\nS50.8.31\n") }),
        ("certificate", { $0.logIn(); $0.type(toCertificate) }),
        ("tax-record", { $0.logIn(); $0.type(toCertificate + "4") }),
        ("copies", { $0.logIn(); $0.type(toCertificate + "41") }),
        ("fee", { $0.logIn(); $0.type(toCertificate + "412\n") }),
        ("exemption-reason", { $0.logIn(); $0.type(toCertificate + "412\n2") }),
        ("supervisor", { $0.logIn(); $0.type(toCertificate + "412\n21") }),
        ("confirm", { $0.logIn(); $0.type(toCertificate + "412\n1") }),
        ("confirm-exempt", { $0.logIn(); $0.type(toCertificate + "412\n21super01\nsuper-pass\n") }),
        ("cash-received", { $0.logIn(); $0.type(toCertificate + "412\n11") }),
        ("issued", { $0.logIn(); $0.type(toCertificate + "412\n11" + "1000\n") }),
        ("receipt", { $0.logIn(); $0.type("5") }),
        ("name-search", { $0.logIn(); $0.type("12カトウ\n") }),
        ("pin-identity", { $0.logIn(); $0.type("21100007\n") }),
        ("pin-credential", { $0.logIn(); $0.type("21100007\n3") }),
        ("pin-mismatch", { $0.logIn(); $0.type("21100007\n3" + "1" + "1234\n1243\n") }),
        ("refund", { $0.logIn(); $0.type("3") }),
        ("refund-reason", { $0.logIn(); $0.type("31") }),
        ("refund-note", { $0.logIn(); $0.type("315") }),
        ("refund-confirm", { $0.logIn(); $0.type("315" + "お客様の申出\n") }),
        ("household-members", { $0.logIn(); $0.type("11100001\n11" + "1" + "2" + "14") }),
        ("daily", { $0.logIn(); $0.type("4") }),
        ("close-confirm", { $0.logIn(); $0.type("4110290\n") }),
        ("daily-closed", { $0.logIn(); $0.type("4110290\n1") }),
        ("reports-hours", { $0.logIn(); $0.type("7") }),
        ("reports-days", { $0.logIn(); $0.type("72") }),
        ("reports-months", { $0.logIn(); $0.type("73") }),
    ]

    @Test(arguments: journeys.map(\.0), Language.allCases)
    func screen(_ name: String, _ language: Language) throws {
        var harness = try WindowHarness(language: language)
        Self.journeys.first { $0.0 == name }!.1(&harness)
        try Golden.check(ScreenPainter.paint(harness.runtime.screen, width: 100, height: 30),
                         named: "window/\(name).\(language.rawValue)")
    }

    @Test(arguments: Language.allCases)
    func demoLogin(_ language: Language) throws {
        var harness = try WindowHarness(language: language, demoAccounts: fixtureDemoAccounts,
                                        demoResidents: fixtureDemoResidents)
        try Golden.check(ScreenPainter.paint(harness.runtime.screen, width: 100, height: 30),
                         named: "window/demo-login.\(language.rawValue)")
        harness.type("?")
        try Golden.check(ScreenPainter.paint(harness.runtime.screen, width: 100, height: 30),
                         named: "window/demo-help.\(language.rawValue)")
    }

    @Test(arguments: Language.allCases)
    func outsideHours(_ language: Language) throws {
        var harness = try WindowHarness(now: CityClock.japan.date(year: 2026, month: 11, day: 28, hour: 10),
                                        language: language)
        harness.logIn()
        try Golden.check(ScreenPainter.paint(harness.runtime.screen, width: 100, height: 30),
                         named: "window/home-closed.\(language.rawValue)")
    }
}
