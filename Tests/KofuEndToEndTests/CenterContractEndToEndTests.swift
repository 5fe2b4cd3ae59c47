import Foundation
import Testing

/// schemathesis (PyPI) sends the running center every kind of request its OpenAPI document allows, as a kiosk and
/// as a window, and checks each answer against the document: no 5xx, no answer the document does not describe, no
/// schema-valid request refused, 405 for a method a path does not take.
@Suite struct CenterContractEndToEndTests {
    @Test func theCenterKeepsToItsDocument() async throws {
        let store = try ScratchStore()
        var tokens: [String: String] = [:]
        for (id, kind) in [("KIOSK-0201", "kiosk"), ("WINDOW-0201", "window")] {
            let file = store.directory.appendingPathComponent("\(id).token").path
            try Kofu.run(["center", "terminal", "add", "--db", store.database, "--id", id, "--kind", kind,
                          "--key-file", file])
            tokens[kind] = try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let center = try RunningCenter(store)
        defer { _ = center.stop() }
        // As a window, with a clerk logged in there, so that the register's answers are checked too.
        let login = try await center.request("POST", "/v1/window/staff/login", token: tokens["window"],
                                             json: #"{"staffID":"S001","password":"komaki-clerk1"}"#)
        let answer = try JSONSerialization.jsonObject(with: Data(login.body.utf8)) as? [String: Any]
        let session = try #require(answer?["session"] as? String)
        for (kind, paths, extra) in [("kiosk", "^/(v1/kiosk|v1/issuances|v1/terminal|healthz|metrics|openapi)", ""),
                                     ("window", "^/v1/window", " -H 'Kofu-Staff-Session: \(session)'")] {
            let command = "cd '\(store.directory.path)' && exec schemathesis run '\(center.url)/openapi.yaml' "
                + "-H 'Authorization: Bearer \(tokens[kind]!)'\(extra) --include-path-regex '\(paths)' "
                + "--max-examples 40 --seed 20261125 --no-color"
            let run = try ChildProcess.run("/bin/sh", ["-c", command], environment: ProcessInfo.processInfo.environment)
            let summary = run.output.split(separator: "\n").suffix(25).joined(separator: "\n")
            #expect(run.status == 0, "schemathesis as a \(kind) terminal:\n\(summary)\n\(run.errors)")
            #expect(run.output.contains("passed"), "schemathesis ran no test as a \(kind) terminal:\n\(summary)")
        }
    }
}
