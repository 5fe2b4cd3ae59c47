import Foundation

/// The bench's scratch directory: a demo database made once by the real `kofu store init`, with the terminals the
/// runs need, and copies of it for each figure, so one figure's writes never slow another's reads. Removed at the end.
final class Workspace {
    let directory: URL
    private let plan: BenchPlan
    static let base = "base.sqlite"

    init(plan: BenchPlan) throws {
        self.plan = plan
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kofu-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let base = file(Self.base)
        try command(["store", "init", "--db", base]).succeed()
        for number in 1...plan.processes {
            try command(["terminal", "add", "--db", base, "--id", "BENCH-K\(number)", "--kind", "kiosk"]).succeed()
        }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func file(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The city's signing key, which every copy shares with the base.
    var key: String { file(Self.base) + ".key" }

    func command(_ arguments: [String]) -> TimedCommand {
        TimedCommand(arguments: [plan.kofu] + arguments, environment: plan.environment)
    }

    /// A copy of the base database (no process has it open, so its file is the whole of it).
    func copyOfBase(named name: String) throws -> String {
        try copy(file(Self.base), to: name)
    }

    func copy(_ source: String, to name: String) throws -> String {
        let target = file(name + ".sqlite")
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try? FileManager.default.removeItem(atPath: target + suffix)
            try FileManager.default.copyItem(atPath: source + suffix, toPath: target + suffix)
        }
        return target
    }
}
