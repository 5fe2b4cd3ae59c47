import CPseudoTerminal
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A program on a pseudo-terminal whose other end the bench holds, as a terminal emulator would: what it draws is
/// read byte by byte with the time each burst arrived, and keys are written to it.
final class PseudoTerminalProcess {
    /// What the program wrote after a key (or after starting), until it fell quiet.
    struct Burst {
        var bytes: [UInt8] = []
        /// When the last byte was read; nil when nothing came.
        var lastByte: ContinuousClock.Instant?
    }

    let started: ContinuousClock.Instant
    private let pid: pid_t
    private let master: Int32
    private var reaped = false

    /// `arguments[0]` is the program's path. The environment is given whole: a benchmark must not depend on the
    /// caller's locale or terminal type.
    init(_ arguments: [String], environment: [String: String], rows: UInt16 = 24, columns: UInt16 = 80) throws {
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var master: Int32 = -1
        started = .now
        let pid = kofu_spawn_on_pty(arguments[0], argv, envp, rows, columns, &master)
        guard pid > 0 else { throw BenchError.cannotStart(arguments[0], errno: errno) }
        self.pid = pid
        self.master = master
    }

    deinit {
        if !reaped { stop() }
        close(master)
    }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Reads until nothing has come for `quiet`, waiting at most `limit` for the first byte.
    func readBurst(quiet: Duration, limit: Duration = .seconds(10)) -> Burst {
        var burst = Burst()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = ContinuousClock.now + limit
        while true {
            let wait = burst.lastByte == nil ? deadline - .now : quiet
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard wait > .zero, poll(&descriptor, 1, Int32(wait.milliseconds.rounded(.up))) > 0 else { return burst }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            // EIO: the program has gone and the terminal with it.
            guard count > 0 else { return burst }
            burst.lastByte = .now
            burst.bytes.append(contentsOf: buffer[..<count])
        }
    }

    /// The program's peak resident set so far, in kilobytes, as the kernel keeps it for its own memory (the figure
    /// `wait4` gives would start from this process's size, which the child was forked from).
    func peakKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    /// Ends the program (SIGTERM, as an operator would).
    func stop() {
        guard !reaped else { return }
        reaped = true
        kill(pid, SIGTERM)
        // Drain what it writes on the way out, or it may block on a full terminal buffer.
        _ = readBurst(quiet: .milliseconds(200), limit: .seconds(2))
        var status: Int32 = 0
        var maxRSS = 0
        _ = kofu_wait_child(pid, &status, &maxRSS)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
