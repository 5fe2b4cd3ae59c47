import Foundation

/// Bench worker processes run together: each warms up and says so, all are let go at once, and the wall time runs
/// from the go to the last exit, so start-up and warm-up are not in the rate.
struct WorkerGang {
    let plan: BenchPlan
    let workspace: Workspace

    /// One `kofu` process per argument list, each given `--ready` and `--go`; what each printed, in order, and the
    /// processor time `server` (a process serving them) spent between the go and the last exit.
    func run(_ name: String, _ workers: [[String]], server: pid_t? = nil) throws
        -> (wallMilliseconds: Double, outputs: [WorkerOutput], serverMilliseconds: Double?) {
        let go = workspace.file("\(name)-go")
        let ready = { (number: Int) in workspace.file("\(name)-ready-\(number)") }
        var started: [(process: Process, output: String)] = []
        defer { for (process, _) in started where process.isRunning { process.terminate() } }
        for (number, arguments) in workers.enumerated() {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: plan.kofu)
            process.environment = plan.environment
            process.arguments = arguments + ["--ready", ready(number), "--go", go]
            let output = workspace.file("\(name)-\(number).out")
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            _ = FileManager.default.createFile(atPath: output + ".err", contents: nil)
            process.standardOutput = FileHandle(forWritingAtPath: output)
            process.standardError = FileHandle(forWritingAtPath: output + ".err")
            try process.run()
            started.append((process, output))
        }
        let deadline = ContinuousClock.now + .seconds(300)
        while workers.indices.contains(where: { !FileManager.default.fileExists(atPath: ready($0)) }) {
            guard ContinuousClock.now < deadline, started.allSatisfy({ $0.process.isRunning }) else {
                throw BenchError.missing("\(workers.count) \(name) workers ready within five minutes")
            }
            usleep(2000)
        }
        let serverBefore = server.flatMap(Self.processorMilliseconds)
        let start = ContinuousClock.now
        _ = FileManager.default.createFile(atPath: go, contents: nil)
        for (process, _) in started { process.waitUntilExit() }
        let wall = (ContinuousClock.now - start).milliseconds
        let serverTime = serverBefore.flatMap { before in server.flatMap(Self.processorMilliseconds).map { $0 - before } }
        return (wall, try started.map { process, output in
            guard process.terminationStatus == 0 else {
                throw BenchError.commandFailed("kofu \(name) worker", status: process.terminationStatus,
                                               output: (try? String(contentsOfFile: output + ".err", encoding: .utf8)) ?? "")
            }
            return try WorkerOutput(try String(contentsOfFile: output, encoding: .utf8))
        }, serverTime)
    }

    /// User and system time of a running process, from `/proc/PID/stat` (fields 14 and 15, in clock ticks).
    static func processorMilliseconds(_ pid: pid_t) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after the command name, which may hold spaces; the state is field 3.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) * 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
