import CPseudoTerminal
import Foundation

/// One run of a whole command, as the operating system accounted for it: wall time from spawn to exit and the
/// peak resident set. Standard output goes to a file (or nowhere), so a large output is written, not held.
struct TimedCommand {
    struct Run {
        var milliseconds: Double
        var peakKilobytes: Int
        var status: Int32
    }

    let arguments: [String]
    var environment: [String: String] = ProcessInfo.processInfo.environment
    /// The small C program (`Assets/bench/measure.c`) that starts the command and reports its figures; without
    /// it the peak memory would count this process's own.
    var measurer: String? = nil

    func measured(by measurer: String) -> TimedCommand {
        var command = self
        command.measurer = measurer
        return command
    }

    @discardableResult
    func run(output: String = "/dev/null") throws -> Run {
        guard let measurer else { return try spawn(arguments, output: output) }
        let figures = output + ".measured"
        defer { try? FileManager.default.removeItem(atPath: figures) }
        let run = try spawn([measurer, figures] + arguments, output: output)
        let words = ((try? String(contentsOfFile: figures, encoding: .utf8)) ?? "").split(separator: " ")
        guard run.status == 0, words.count == 3, let peak = Int(words[0]), let wall = Double(words[1]),
              let status = Int32(words[2].trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchError.commandFailed("\(measurer) \(arguments.joined(separator: " "))", status: run.status,
                                           output: "")
        }
        return Run(milliseconds: wall, peakKilobytes: peak, status: status)
    }

    private func spawn(_ arguments: [String], output: String) throws -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, output == "/dev/null" ? "/dev/null" : output + ".err",
                                         O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // Signals as a shell would give them, whatever this process blocks or ignores.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let started = ContinuousClock.now
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw BenchError.cannotStart(arguments[0], errno: spawned) }
        var status: Int32 = 0
        var peak = 0
        guard kofu_wait_child(pid, &status, &peak) == 0 else { throw BenchError.cannotStart(arguments[0], errno: errno) }
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Run(milliseconds: (ContinuousClock.now - started).milliseconds, peakKilobytes: peak, status: exit)
    }

    /// Runs and insists on success, returning what it printed.
    @discardableResult
    func succeed() throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kofu-bench-\(UUID().uuidString)").path
        defer {
            try? FileManager.default.removeItem(atPath: file)
            try? FileManager.default.removeItem(atPath: file + ".err")
        }
        let run = try run(output: file)
        let printed = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        guard run.status == 0 else {
            let errors = (try? String(contentsOfFile: file + ".err", encoding: .utf8)) ?? ""
            throw BenchError.commandFailed(arguments.joined(separator: " "), status: run.status,
                                           output: String((printed + errors).suffix(2000)))
        }
        return printed
    }

    /// The first of these on PATH.
    static func which(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }
}
