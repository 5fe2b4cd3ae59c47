import Foundation
import Testing

/// `kofu center` as an operator runs it: terminals added with a secret, the API on a loopback port, a kiosk's
/// payment over HTTP, and a request log that names the terminal and the operation but no resident and no secret.
@Suite struct CenterEndToEndTests {
    @Test func aKioskPaysOverTheCenterAndTheLogKeepsNoSecrets() async throws {
        let store = try ScratchStore()
        let keyFile = store.directory.appendingPathComponent("kiosk.token").path
        let added = try Kofu.run(["center", "terminal", "add", "--db", store.database, "--id", "KIOSK-0101",
                                  "--kind", "kiosk", "--site", "小牧駅前店", "--key-file", keyFile])
        #expect(added.contains("KIOSK-0101") && !added.contains("KIOSK-0101:"))
        let attributes = try FileManager.default.attributesOfItem(atPath: keyFile)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let token = try String(contentsOfFile: keyFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let again = try Kofu.outcome(["center", "terminal", "add", "--db", store.database, "--id", "KIOSK-0102",
                                      "--kind", "kiosk", "--key-file", keyFile])
        #expect(again.status != 0 && again.errors.contains("exists already"))

        let center = try RunningCenter(store)
        #expect(try await center.request("GET", "/healthz", token: nil).status == 200)
        #expect(try await center.request("POST", "/v1/kiosk/credentials/read", token: nil,
                                         json: #"{"credentialID":"100001","kind":"card"}"#).status == 401)
        let read = try await center.request("POST", "/v1/kiosk/credentials/read", token: token,
                                            json: #"{"credentialID":"100001","kind":"card"}"#)
        #expect(read.status == 200 && read.body.contains(#""state":"ready""#))
        let pin = try await center.request("POST", "/v1/kiosk/credentials/authenticate", token: token,
                                           json: #"{"credentialID":"100001","pin":"1234"}"#)
        #expect(pin.status == 200 && pin.body.contains(#""outcome":"authenticated""#))
        let answer = try JSONSerialization.jsonObject(with: Data(pin.body.utf8)) as? [String: Any]
        let ticket = try #require(answer?["ticket"] as? String)
        let order = #"{"credentialID":"100001","residentID":"R001","request":{"kind":"sealRegistration"},"copies":1,"#
            + #""ticket":"\#(ticket)"}"#
        let paid = try await center.request("POST", "/v1/kiosk/issuances", token: token, json: order, key: "e2e-1")
        let retried = try await center.request("POST", "/v1/kiosk/issuances", token: token, json: order, key: "e2e-1")
        #expect(paid.status == 201 && retried.status == 200 && paid.body == retried.body)
        #expect(center.stop() == 0, "SIGTERM stops the center gracefully")

        let ledger = try Kofu.run(["ledger", "list", "--db", store.database, "--format", "csv"])
        #expect(ledger.split(separator: "\n").filter { $0.contains("KIOSK-0101") }.count == 1)
        let log = center.logText
        #expect(log.contains("operation=issue") && log.contains("terminal=KIOSK-0101") && log.contains("status=201"))
        // The PIN only as it would appear if a body were logged: four digits alone could be in a request id.
        for secret in [String(token.suffix(64)), ticket, #""1234""#, "pin", "小牧", "R001", "100001"] {
            #expect(!log.contains(secret), "the center's log holds \(secret)")
        }
    }
}
