import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `kofu center` as an operator runs it: terminals added with a secret, the API on a loopback port, a kiosk's
/// payment over HTTP, and a request log that names the terminal and the operation but no resident and no secret.
@Suite struct CenterEndToEndTests {
    /// A running `kofu center` on a free loopback port, stopped with SIGTERM.
    final class RunningCenter {
        let process = Process()
        let log: URL
        let port: Int

        init(_ store: ScratchStore) throws {
            log = store.directory.appendingPathComponent("center.log")
            let output = store.directory.appendingPathComponent("center.out")
            FileManager.default.createFile(atPath: log.path, contents: nil)
            FileManager.default.createFile(atPath: output.path, contents: nil)
            process.executableURL = URL(fileURLWithPath: try Kofu.binary())
            process.arguments = ["center", "--db", store.database, "--listen", "127.0.0.1:0",
                                 "--now", "2026-11-25T10:02:00+09:00"]
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = try FileHandle(forWritingTo: log)
            try process.run()
            var found: Int?
            for _ in 0..<200 where found == nil {
                let printed = String(decoding: FileManager.default.contents(atPath: output.path) ?? Data(), as: UTF8.self)
                found = printed.firstMatch(of: /listening on http:\/\/127\.0\.0\.1:(\d+)/).flatMap { Int($0.1) }
                if found == nil { Thread.sleep(forTimeInterval: 0.05) }
            }
            guard let found else {
                process.terminate()
                throw TmuxFailure(description: "kofu center did not say where it listens")
            }
            port = found
        }

        func request(_ method: String, _ path: String, token: String?, json: String? = nil,
                     key: String? = nil) async throws -> (status: Int, body: String) {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            request.httpMethod = method
            if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
            if let key { request.setValue(key, forHTTPHeaderField: "Idempotency-Key") }
            if let json {
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
                request.httpBody = Data(json.utf8)
            }
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as! HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
        }

        func stop() -> Int32 {
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }

        var logText: String { String(decoding: FileManager.default.contents(atPath: log.path) ?? Data(), as: UTF8.self) }
    }

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
        let order = #"{"credentialID":"100001","residentID":"R001","request":{"kind":"sealRegistration"},"copies":1}"#
        let paid = try await center.request("POST", "/v1/kiosk/issuances", token: token, json: order, key: "e2e-1")
        let retried = try await center.request("POST", "/v1/kiosk/issuances", token: token, json: order, key: "e2e-1")
        #expect(paid.status == 201 && retried.status == 201 && paid.body == retried.body)
        #expect(center.stop() == 0, "SIGTERM stops the center gracefully")

        let ledger = try Kofu.run(["ledger", "list", "--db", store.database, "--format", "csv"])
        #expect(ledger.split(separator: "\n").filter { $0.contains("KIOSK-0101") }.count == 1)
        let log = center.logText
        #expect(log.contains("operation=issue") && log.contains("terminal=KIOSK-0101") && log.contains("status=201"))
        // The PIN only as it would appear if a body were logged: four digits alone could be in a request id.
        for secret in [String(token.suffix(64)), #""1234""#, "pin", "小牧", "R001", "100001"] {
            #expect(!log.contains(secret), "the center's log holds \(secret)")
        }
    }
}
