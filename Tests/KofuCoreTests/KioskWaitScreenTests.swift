import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// The PIN check is slow on purpose (PBKDF2) and an issuance writes and syncs: the screen that says the kiosk is
/// at work must reach the terminal before that work starts, not once it is over.
@Suite struct KioskWaitScreenTests {
    /// An authority that notes what the terminal showed when the PIN reached it.
    final class WatchedAuthority: CertificateAuthority, @unchecked Sendable {
        let inner = FakeAuthority(["100001": [.authenticated(fixtureProfile)]])
        var shownBeforeCheck: [ScreenModel] = []
        var shown: [ScreenModel] = []

        func read(credentialID: String, kind: CredentialKind, at date: Date) throws -> CredentialReading {
            try inner.read(credentialID: credentialID, kind: kind, at: date)
        }

        func authenticate(credentialID: String, pin: PIN, at date: Date) throws -> AuthenticationOutcome {
            shownBeforeCheck = shown
            return try inner.authenticate(credentialID: credentialID, pin: pin, at: date)
        }
    }

    @Test func theCheckingScreenIsShownBeforeThePINIsChecked() throws {
        let authority = WatchedAuthority()
        var kiosk = try KioskDriver(authority: authority, desk: FakeDesk(), printer: FakePrinter())
        kiosk.type("111100001\n1234")
        kiosk.runtime.handle(.enter, at: kiosk.now) { authority.shown.append($0) }
        let checking = try #require(authority.shownBeforeCheck.last)
        let strings = try loadStrings()
        #expect(checking.body.contains { block in
            if case .paragraph(let text, _) = block { text == strings.text("authenticating", .ja) } else { false }
        })
        #expect(kiosk.state.screen == .takeCard)
    }

    /// An authority as slow as a center that takes its time.
    struct SlowAuthority: CertificateAuthority {
        let inner = FakeAuthority(["100001": [.authenticated(fixtureProfile)]])

        func read(credentialID: String, kind: CredentialKind, at date: Date) throws -> CredentialReading {
            try inner.read(credentialID: credentialID, kind: kind, at: date)
        }

        func authenticate(credentialID: String, pin: PIN, at date: Date) throws -> AuthenticationOutcome {
            Thread.sleep(forTimeInterval: 0.35)
            return try inner.authenticate(credentialID: credentialID, pin: pin, at: date)
        }
    }

    @Test func aSlowAnswerKeepsTheScreenMovingWithNoKeysOffered() throws {
        var kiosk = try KioskDriver(authority: SlowAuthority(), desk: FakeDesk(), printer: FakePrinter())
        kiosk.type("111100001\n1234")
        var shown: [ScreenModel] = []
        kiosk.runtime.handle(.enter, at: kiosk.now) { shown.append($0) }
        let waiting = shown.dropFirst()
        // A frame every 100 ms for 350 ms (three, fewer on a loaded machine), each with the next spinner glyph and
        // no key to press.
        #expect((1...4).contains(waiting.count), "\(waiting.count) frames")
        #expect(waiting.map(\.status) == Array(["⠙ 通信中", "⠹ 通信中", "⠸ 通信中", "⠼ 通信中"].prefix(waiting.count)))
        #expect(waiting.allSatisfy { $0.keys.isEmpty && $0.body == shown[0].body })
        #expect(kiosk.state.screen == .takeCard)
    }

    @Test func aKeyWithNoWorkBehindItShowsNothingOnTheWay() throws {
        var kiosk = try KioskHarness()
        var shown: [ScreenModel] = []
        kiosk.runtime.handle(.character("1"), at: kiosk.now) { shown.append($0) }
        #expect(shown.isEmpty)
        #expect(kiosk.state.screen == .terms)
    }
}
