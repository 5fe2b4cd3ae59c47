import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// Demo mode: the last screen says where the certificates went, and V shows what was printed.
@Suite struct KioskDemoTests {
    static let toTakeCertificate = KioskFlowTests.toMenu + "2" + "2\n14"

    func printedKiosk(demo: [DemoCredential] = fixtureDemo) throws -> KioskHarness {
        var kiosk = try KioskHarness(demo: demo)
        kiosk.type(Self.toTakeCertificate)
        kiosk.advance(5)
        #expect(kiosk.state.screen == .takeCertificate)
        return kiosk
    }

    @Test func theLastScreenSaysWhereTheCertificatesWent() throws {
        let config = KioskConfig(terminal: "T-01", spoolPath: "/tmp/demo/spool", demoCredentials: fixtureDemo)
        var state = KioskState(config: config, language: .ja, now: fixtureNow, screen: .takeCertificate)
        state.session = KioskSession()
        let body = KioskView(state: state, strings: try loadStrings()).screen.body
        #expect(body.contains(.paragraph("/tmp/demo/spool", .normal)))
        #expect(body.contains(.paragraph("デモ：証明書は次のフォルダに保存しました。[V] で内容を表示します。", .dim)))
    }

    @Test func vShowsThePrintedCopiesAndEscGoesBack() throws {
        var kiosk = try printedKiosk()
        kiosk.type("v")
        let view = try #require(kiosk.state.session?.printedView)
        #expect(view.lines == ["証明書 K-1-1", "本文", "", "証明書 K-1-2", "本文"])
        #expect(kiosk.bodyText.contains("証明書 K-1-2"))
        kiosk.type("\n")
        #expect(kiosk.state.screen == .takeCertificate)
        kiosk.type("\u{1b}")
        #expect(kiosk.state.session?.printedView == nil)
        #expect(kiosk.bodyText.contains("証明書をお取りください。"))
        kiosk.type("\n")
        #expect(kiosk.state.screen == .start)
    }

    @Test func arrowsScrollWithinTheText() {
        var view = PrintedView(copies: [(1...40).map { "line \($0)" }.joined(separator: "\n")])
        view.scroll(by: -1)
        #expect(view.top == 0)
        view.scroll(by: 1)
        #expect(view.top == 1)
        view.scroll(by: PrintedView.rows * 3)
        #expect(view.top == 40 - PrintedView.rows)
    }

    @Test func theTextIsReadThroughThePrinterAndGoesWithTheSession() throws {
        var kiosk = try printedKiosk()
        kiosk.type("V↓")
        #expect(kiosk.state.session?.printedView?.top == 0)
        kiosk.advance(60)
        #expect(kiosk.state.screen == .start)
        #expect(kiosk.state.session == nil)
    }

    @Test func outsideADemoVDoesNothing() throws {
        var kiosk = try printedKiosk(demo: [])
        kiosk.type("v")
        #expect(kiosk.state.session?.printedView == nil)
        #expect(!kiosk.runtime.screen.keys.contains { $0.key == "V" })
    }

    @Test func anUnreadableSpoolIsSaidSo() throws {
        var kiosk = try KioskHarness(demo: fixtureDemo)
        kiosk.type(Self.toTakeCertificate)
        kiosk.advance(5)
        // A printer that never printed this receipt cannot read it back.
        kiosk.runtime = KioskRuntime(state: kiosk.state, strings: try loadStrings(),
                                     ports: KioskPorts(authority: kiosk.authority, desk: kiosk.desk, printer: FakePrinter(),
                                                       cash: kiosk.cash, log: kiosk.log.write))
        kiosk.type("v")
        #expect(kiosk.state.message == .printedUnreadable)
        #expect(kiosk.log.lines.count == 1)
    }
}
