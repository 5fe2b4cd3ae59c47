import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A running `kofu center` on a free loopback port, stopped with SIGTERM.
final class RunningCenter {
    let process = Process()
    let log: URL
    let port: Int

    /// `port` 0 takes a free one; `environment` is added to the test's (`KOFU_CRASH_AT`, say); `arguments` are
    /// added to the command's (`--tls-cert`, say).
    init(_ store: ScratchStore, port requested: Int = 0, environment: [String: String] = [:],
         arguments: [String] = []) throws {
        // Named apart, so that two centers on one store (or one restarted) keep both logs for the tests to read.
        let name = "center-\(UUID().uuidString.prefix(8))"
        log = store.directory.appendingPathComponent(name + ".log")
        let output = store.directory.appendingPathComponent(name + ".out")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        FileManager.default.createFile(atPath: output.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: try Kofu.binary())
        process.arguments = ["center", "--db", store.database, "--listen", "127.0.0.1:\(requested)",
                             "--now", "2026-11-25T10:02:00+09:00"] + store.keyArguments + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        var found: Int?
        for _ in 0..<200 where found == nil {
            let printed = String(decoding: FileManager.default.contents(atPath: output.path) ?? Data(), as: UTF8.self)
            found = printed.firstMatch(of: /listening on (https?):\/\/127\.0\.0\.1:(\d+)/).flatMap { Int($0.2) }
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

    var url: String { "\(process.arguments!.contains("--tls-cert") ? "https" : "http")://127.0.0.1:\(port)" }

    func stop() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    var logText: String { String(decoding: FileManager.default.contents(atPath: log.path) ?? Data(), as: UTF8.self) }

    /// A center its test did not stop (one held by a fixture) goes with it, rather than outliving the run.
    deinit {
        if process.isRunning { _ = stop() }
    }
}

