import Foundation
import HTTPTypes
import HummingbirdTesting
import KofuCenterAPI
import KofuCore
@testable import KofuStore
import Testing

/// A window terminal on the center: a clerk logs in there and gets a session; the register and the reports answer
/// only requests carrying it, from that terminal, while the account is not locked.
@Suite struct CenterWindowTests {
    static let clerk = CenterFixture.seed.staff.first { $0.role == .clerk }!
    static let holder = CenterFixture.holder

    func session(_ header: String) -> HTTPFields { [HTTPField.Name(CenterRoute.staffSessionHeader)!: header] }

    func login(_ client: any TestClientProtocol, _ terminal: TerminalToken, password: String = clerk.password)
        async throws -> LoginOutcomeBody {
        try await client.send(.post, "/v1/window/staff/login", token: terminal,
                              json: LoginBody(staffID: Self.clerk.id, password: password)).decoded(LoginOutcomeBody.self)
    }

    @Test func aClerksSessionOpensTheRegisterAtThatWindowOnly() async throws {
        let center = try CenterFixture()
        let other = try TerminalRegistry(database: center.database).addNetworked("WINDOW-02", kind: .window, site: "",
                                                                                 at: CenterFixture.now).1
        try await center.test { client in
            let search = ResidentSearchBody(kana: "コマキ", birthDate: try #require(
                CenterFixture.seed.residents.first { $0.id == Self.holder.resident }?.birthDate))
            let anonymous = try await client.send(.post, "/v1/window/residents/search", token: center.window, json: search)
            #expect(anonymous.status == .forbidden)
            #expect(try anonymous.decoded(ProblemBody.self).code == "staffSessionRequired")

            let wrong = try await login(client, center.window, password: "not-it")
            #expect(wrong.login == .rejected && wrong.session == nil)
            let loggedIn = try await login(client, center.window)
            #expect(loggedIn.login == .loggedIn(StaffMember(id: Self.clerk.id, name: Self.clerk.name, role: .clerk)))
            let token = try #require(loggedIn.session)

            let found = try await client.send(.post, "/v1/window/residents/search", token: center.window, json: search,
                                              headers: session(token))
            #expect(found.status == .ok)
            let matches = try found.decoded(ResidentMatchesBody.self).matches
            #expect(matches.map(\.residentID).contains(Self.holder.resident))
            let byCard = try await client.send(.post, "/v1/window/residents/by-card", token: center.window,
                                               json: CardNumberBody(cardNumber: Self.holder.id), headers: session(token))
            #expect(try byCard.decoded(ResidentFoundBody.self).match?.residentID == Self.holder.resident)
            let profile = try await client.send(.post, "/v1/window/residents/profile", token: center.window,
                                                json: ResidentBody(residentID: Self.holder.resident), headers: session(token))
            let record = try profile.decoded(WindowProfile.self)
            #expect(record.resident.residentID == Self.holder.resident && record.resident.registration == .current)
            #expect(record.credentialIDs.contains(Self.holder.id))
            let nobody = try await client.send(.post, "/v1/window/residents/profile", token: center.window,
                                               json: ResidentBody(residentID: "R999"), headers: session(token))
            #expect(nobody.status == .notFound)
            let report = try await client.send(.get, "/v1/window/daily-summary/2026-11-25", token: center.window,
                                               headers: session(token))
            #expect(report.status == .ok)
            let charts = try await client.send(.get, "/v1/window/issuance-report/2026-11-25", token: center.window,
                                               headers: session(token))
            let figures = try charts.decoded(IssuanceReport.self)
            #expect(figures.hours.slots.count == 24 && figures.days.slots.count == 30 && figures.months.slots.count == 12)
            #expect(figures.months.slots.last?.label == "2026-11")
            let noSession = try await client.send(.get, "/v1/window/issuance-report/2026-11-25", token: center.window)
            #expect(noSession.status == .forbidden)

            // The session is this terminal's: another window, or a kiosk, gets nothing with it.
            let elsewhere = try await client.send(.post, "/v1/window/residents/search", token: other, json: search,
                                                  headers: session(token))
            #expect(elsewhere.status == .forbidden)
            let kiosk = try await client.send(.post, "/v1/window/residents/search", token: center.kiosk, json: search,
                                              headers: session(token))
            #expect(kiosk.status == .forbidden)
        }
    }

    @Test func theNextLoginAtAWindowEndsTheLastClerksSession() async throws {
        let center = try CenterFixture()
        let other = CenterFixture.seed.staff.first { $0.role == .clerk && $0.id != Self.clerk.id }!
        try await center.test { client in
            let first = try #require(try await login(client, center.window).session)
            let next = try await client.send(.post, "/v1/window/staff/login", token: center.window,
                                             json: LoginBody(staffID: other.id, password: other.password))
            let second = try #require(try next.decoded(LoginOutcomeBody.self).session)
            let card = CardNumberBody(cardNumber: Self.holder.id)
            #expect(try await client.send(.post, "/v1/window/residents/by-card", token: center.window, json: card,
                                          headers: session(first)).status == .forbidden)
            #expect(try await client.send(.post, "/v1/window/residents/by-card", token: center.window, json: card,
                                          headers: session(second)).status == .ok)
            // Logging out ends it too.
            #expect(try await client.send(.post, "/v1/window/staff/logout", token: center.window,
                                          headers: session(second)).status == .noContent)
            #expect(try await client.send(.post, "/v1/window/residents/by-card", token: center.window, json: card,
                                          headers: session(second)).status == .forbidden)
        }
    }

    @Test func aLockedAccountsSessionEnds() async throws {
        let center = try CenterFixture()
        try await center.test { client in
            let token = try #require(try await login(client, center.window).session)
            let card = CardNumberBody(cardNumber: Self.holder.id)
            #expect(try await client.send(.post, "/v1/window/residents/by-card", token: center.window, json: card,
                                          headers: session(token)).status == .ok)
            for _ in 1...5 { _ = try await login(client, center.window, password: "wrong") }
            #expect(try await login(client, center.window).login == .locked)
            #expect(try await client.send(.post, "/v1/window/residents/by-card", token: center.window, json: card,
                                          headers: session(token)).status == .forbidden)
        }
    }

    @Test func sessionsAreKeptOnlyAsHashesAndRunOut() throws {
        let center = try CenterFixture()
        let sessions = StaffSessions(database: center.database)
        let token = try sessions.open(terminal: "WINDOW-01", staffID: Self.clerk.id, at: CenterFixture.now)
        let stored = try center.database.read { db in try String.fetchAll(db, sql: "SELECT session_hash FROM staff_session") }
        #expect(stored == [StaffSessions.hash(token)] && !stored.contains(token))
        #expect(try sessions.staff(session: token, terminal: "WINDOW-01", at: CenterFixture.now)?.id == Self.clerk.id)
        let late = CenterFixture.now.addingTimeInterval(StaffSessions.Purpose.session.lifetime + 1)
        #expect(try sessions.staff(session: token, terminal: "WINDOW-01", at: late) == nil)
        #expect(try sessions.staff(session: "not-a-session", terminal: "WINDOW-01", at: CenterFixture.now) == nil)
    }
}
