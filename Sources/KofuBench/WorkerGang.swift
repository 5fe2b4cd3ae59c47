import Foundation

/// Bench worker processes run together: each warms up and says so, all are let go at once, and the wall time runs
/// from the go to the last exit, so start-up and warm-up are not in the rate.
struct WorkerGang {
    let plan: BenchPlan
    let workspace: Workspace

    /// One `kofu` process per argument list, each given `--ready` and `--go`; what each printed, in order.
    func run(_ name: String, _ workers: [[String]]) throws -> (wallMilliseconds: Double, outputs: [WorkerOutput]) {
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
        let deadline = ContinuousClock.now + .seconds(120)
        while workers.indices.contains(where: { !FileManager.default.fileExists(atPath: ready($0)) }) {
            guard ContinuousClock.now < deadline, started.allSatisfy({ $0.process.isRunning }) else {
                throw BenchError.missing("\(workers.count) \(name) workers ready within two minutes")
            }
            usleep(2000)
        }
        let start = ContinuousClock.now
        _ = FileManager.default.createFile(atPath: go, contents: nil)
        for (process, _) in started { process.waitUntilExit() }
        let wall = (ContinuousClock.now - start).milliseconds
        return (wall, try started.map { process, output in
            guard process.terminationStatus == 0 else {
                throw BenchError.commandFailed("kofu \(name) worker", status: process.terminationStatus,
                                               output: (try? String(contentsOfFile: output + ".err", encoding: .utf8)) ?? "")
            }
            return try WorkerOutput(try String(contentsOfFile: output, encoding: .utf8))
        })
    }
}
