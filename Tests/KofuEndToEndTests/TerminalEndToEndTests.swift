import Foundation
import Testing

/// A kiosk or window runs only as a registered terminal; `kofu terminal` registers, lists and revokes them.
@Suite struct TerminalEndToEndTests {
    @Test func aKioskStartsOnlyAsARegisteredUnrevokedTerminal() throws {
        let store = try ScratchStore()
        let invented = try Kofu.outcome(["kiosk", "--db", store.database, "--terminal", "KIOSK-9999"])
        #expect(invented.status == 1 && invented.errors.contains("terminal KIOSK-9999 is not registered"))
        #expect(try Kofu.run(["terminal", "add", "--db", store.database, "--id", "KIOSK-0002", "--kind", "kiosk",
                              "--site", "小牧駅前店"]).contains("Registered kiosk terminal KIOSK-0002"))
        #expect(try Kofu.run(["terminal", "revoke", "--db", store.database, "--id", "KIOSK-0002"])
            .contains("Revoked terminal KIOSK-0002"))
        let revoked = try Kofu.outcome(["kiosk", "--db", store.database, "--terminal", "KIOSK-0002"])
        #expect(revoked.status == 1 && revoked.errors.contains("terminal KIOSK-0002 was revoked"))
        let window = try Kofu.outcome(["window", "--db", store.database, "--terminal", "KIOSK-01"])
        #expect(window.status == 1 && window.errors.contains("registered as a kiosk terminal"))
        let list = try Kofu.run(["terminal", "list", "--db", store.database])
        #expect(list.contains("KIOSK-0002") && list.contains("小牧駅前店") && list.contains("W-E2E"))
    }
}
