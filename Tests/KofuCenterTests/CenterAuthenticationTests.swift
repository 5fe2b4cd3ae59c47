import Foundation
import HTTPTypes
import HummingbirdTesting
import KofuCenterAPI
import KofuCore
@testable import KofuStore
import Testing

/// Only a registered, unrevoked terminal with its own secret reaches the API, and only the operations of its kind.
@Suite struct CenterAuthenticationTests {
    let read = ReadCredentialBody(credentialID: CenterFixture.holder.id, kind: .card)

    @Test func healthAndTheDocumentNeedNoToken() async throws {
        let center = try CenterFixture()
        try await center.test { client in
            let health = try await client.send(.get, "/healthz", token: nil)
            #expect(health.status == .ok)
            #expect(try health.decoded([String: String].self) == ["status": "ok"])
            let document = try await client.send(.get, "/openapi.yaml", token: nil)
            #expect(document.status == .ok)
            #expect(String(buffer: document.body).hasPrefix("openapi: 3.1.0"))
        }
    }

    @Test func noTokenAWrongOneOrAnUnknownTerminalGet401() async throws {
        let center = try CenterFixture()
        let wrongSecret = try #require(TerminalToken("KIOSK-0001:" + String(repeating: "0", count: 64)))
        let unknown = try #require(TerminalToken("KIOSK-9999:" + String(center.kiosk.text.suffix(64))))
        try await center.test { client in
            for token in [nil, wrongSecret, unknown] {
                let response = try await client.send(.post, "/v1/kiosk/credentials/read", token: token, json: read)
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer")
                #expect(try response.decoded(ProblemBody.self).code == "unauthorized")
            }
            let garbled = try await client.send(.post, "/v1/kiosk/credentials/read", token: nil, json: read,
                                                headers: [.authorization: "Bearer not-a-token"])
            #expect(garbled.status == .unauthorized)
        }
    }

    @Test func aRevokedTerminalOrOneWithoutASecretGets401() async throws {
        let center = try CenterFixture()
        let registry = TerminalRegistry(database: center.database)
        // Registered by `kofu terminal add` for a terminal holding the database itself: it has no secret.
        _ = try registry.add("KIOSK-LOCAL", kind: .kiosk, site: "", at: CenterFixture.now)
        let local = try #require(TerminalToken("KIOSK-LOCAL:" + String(repeating: "a", count: 64)))
        try await center.test { client in
            #expect(try await client.send(.post, "/v1/kiosk/credentials/read", token: center.kiosk, json: read).status == .ok)
            try registry.revoke("KIOSK-0001", at: CenterFixture.now)
            #expect(try await client.send(.post, "/v1/kiosk/credentials/read", token: center.kiosk, json: read).status
                    == .unauthorized)
            #expect(try await client.send(.post, "/v1/kiosk/credentials/read", token: local, json: read).status
                    == .unauthorized)
        }
    }

    @Test func eachKindReachesOnlyItsOwnOperations() async throws {
        let center = try CenterFixture()
        try await center.test { client in
            let kioskOnWindow = try await client.send(.get, "/v1/window/daily-summary/2026-11-25", token: center.kiosk)
            #expect(kioskOnWindow.status == .forbidden)
            #expect(try kioskOnWindow.decoded(ProblemBody.self).code == "forbidden")
            let windowOnKiosk = try await client.send(.post, "/v1/kiosk/credentials/read", token: center.window, json: read)
            #expect(windowOnKiosk.status == .forbidden)
            // A window's own report still wants a clerk logged in there (see CenterWindowTests).
            let windowOnWindow = try await client.send(.get, "/v1/window/daily-summary/2026-11-25", token: center.window)
            #expect(windowOnWindow.status == .forbidden)
            #expect(try windowOnWindow.decoded(ProblemBody.self).code == "staffSessionRequired")
            let store = try center.database.storeID()
            for (token, id) in [(center.kiosk, "KIOSK-0001"), (center.window, "WINDOW-01")] {
                let whoAmI = try await client.send(.get, "/v1/terminal", token: token).decoded(TerminalBody.self)
                #expect(whoAmI.id == id && whoAmI.store == store)
            }
            #expect(try await client.send(.get, "/v1/terminal", token: nil).status == .unauthorized)
        }
    }

    @Test func theTokenIsKeptOnlyAsAHash() throws {
        let center = try CenterFixture()
        let secret = String(center.kiosk.text.suffix(64))
        let stored = try center.database.read { db in
            try String.fetchAll(db, sql: "SELECT coalesce(secret_hash, '') FROM terminal")
        }
        #expect(!stored.contains { $0.contains(secret) })
        #expect(!String(describing: center.kiosk).contains(secret))
    }

    @Test func aPathAskedWithAnotherMethodIs405AndAnUnknownOne404() async throws {
        let center = try CenterFixture()
        try await center.test { client in
            let wrong = try await client.send(.delete, "/v1/issuances/7/copies", token: center.kiosk)
            #expect(wrong.status == .methodNotAllowed && wrong.headers[.allow] == "GET")
            let query = try await client.send(HTTPRequest.Method("QUERY")!, "/v1/kiosk/issuances", token: center.kiosk)
            #expect(query.status == .methodNotAllowed && query.headers[.allow] == "POST")
            #expect(try await client.send(.get, "/v1/kiosk/nothing-here", token: center.kiosk).status == .notFound)
        }
    }
}
