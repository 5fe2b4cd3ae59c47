import Foundation
import KofuCore
import KofuStore

/// The built `kofu` binary: `KOFU_BIN` (set by `make test`), else the debug build in this checkout.
enum Kofu {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func binary() throws -> String {
        let path = ProcessInfo.processInfo.environment["KOFU_BIN"]
            ?? repository.appendingPathComponent(".build/debug/kofu").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw TmuxFailure(description: "no kofu binary at \(path): build it first (`swift build`, or run `make test`)")
        }
        return path
    }

    /// Runs a non-interactive command to completion and returns what it printed; a failure throws with stderr.
    /// `input` is what the command reads on standard input (a pipe, so never a terminal).
    @discardableResult
    static func run(_ arguments: [String], input: String = "") throws -> String {
        let result = try outcome(arguments, input: input)
        guard result.status == 0 else {
            throw TmuxFailure(description: "kofu \(arguments.joined(separator: " ")) exited with "
                + "\(result.status): \(result.errors)")
        }
        return result.output
    }

    /// Runs a command to completion, whatever its exit status: for commands whose status is an answer (verify).
    static func outcome(_ arguments: [String], input: String = "") throws
        -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        // Short enough to fit the pipe's buffer whether or not the command reads it.
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: printed, as: UTF8.self),
                String(decoding: complaint, as: UTF8.self))
    }
}

/// A scratch folder with a freshly seeded demo database, removed afterwards: an SQLite file in the folder, or with
/// `onServer`, a database of its own on the test cluster (`TestPostgres`), the city's key file in the folder.
final class ScratchStore {
    let directory: URL
    /// What `--db` is given.
    let database: String
    /// What commands that sign are given besides: nothing for a file (its key is beside it), `--key` for a server.
    let keyArguments: [String]
    var spool: URL { directory.appendingPathComponent("spool") }
    private let serverDatabase: String?

    init(onServer: Bool = false) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kofu-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if onServer {
            let name = "kofu_e2e_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
            database = try TestPostgres.url(of: name)
            keyArguments = ["--key", directory.appendingPathComponent("city.key").path]
            serverDatabase = name
        } else {
            database = directory.appendingPathComponent("kofu.sqlite").path
            keyArguments = []
            serverDatabase = nil
        }
        try Kofu.run(["store", "init", "--db", database] + keyArguments)
        for (id, kind) in [("KIOSK-01", "kiosk"), ("E2E-01", "kiosk"), ("E2E-SIG", "kiosk"), ("W-E2E", "window"),
                          ("W-01", "window")] {
            try Kofu.run(["terminal", "add", "--db", database, "--id", id, "--kind", kind])
        }
    }

    /// A kiosk killed with its tmux server may still append its last log line while the folder goes; try again.
    deinit {
        if let serverDatabase { TestPostgres.drop(serverDatabase) }
        for _ in 0..<20 {
            try? FileManager.default.removeItem(at: directory)
            if !FileManager.default.fileExists(atPath: directory.path) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// The window desk on this database, with the city's real hours and templates, for tests that need issuances
    /// made without driving the screens.
    func windowDesk() throws -> SQLiteWindowDesk {
        let assets = Kofu.repository.appendingPathComponent("Assets")
        let hours = try WindowHours(
            settings: Array(try Data(contentsOf: assets.appendingPathComponent("municipality.json"))),
            calendar: Array(try Data(contentsOf: assets.appendingPathComponent("calendar/holidays.json"))))
        return try SQLiteWindowDesk(database: try KofuDatabase.open(at: database),
                                    templates: assets.appendingPathComponent("templates"),
                                    signingKey: try SigningKey.load(from: database + ".key"),
                                    hours: hours)
    }

    /// One 納税証明書 issued and paid at window W-01 on 2026-11-25, with the database closed again afterwards.
    func issueAtTheWindow() throws {
        _ = try windowDesk().issue(WindowOrder(residentID: "R007", identity: .myNumberCard, proxy: nil,
                                               request: .taxPayment(fiscalYear: 2026, item: .inhabitantTax), copies: 1,
                                               cashReceived: 300, staffID: "S001", terminal: "W-01"),
                                   at: CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 10))
    }

    func ledger() throws -> [[String: Any]] {
        let json = try Kofu.run(["ledger", "list", "--db", database, "--format", "json"])
        return try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
    }

    func spooled() throws -> [String] {
        guard FileManager.default.fileExists(atPath: spool.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: spool.path).filter { $0.hasSuffix(".txt") }.sorted().map {
            try String(contentsOf: spool.appendingPathComponent($0), encoding: .utf8)
        }
    }
}
