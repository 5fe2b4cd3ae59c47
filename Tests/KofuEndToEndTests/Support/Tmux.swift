import Foundation

/// A key for `TmuxSession.send`: a string literal is typed as is, the named ones are tmux key names.
struct TmuxKey: ExpressibleByStringLiteral, Sendable {
    fileprivate let arguments: [String]

    init(stringLiteral text: String) { arguments = ["-l", text] }
    private init(named name: String) { arguments = [name] }

    /// Typed text held in a variable (a literal converts by itself).
    static func text(_ text: String) -> TmuxKey { TmuxKey(stringLiteral: text) }

    static let enter = TmuxKey(named: "Enter")
    static let escape = TmuxKey(named: "Escape")
    static let backspace = TmuxKey(named: "BSpace")
    static let tab = TmuxKey(named: "Tab")
    static let up = TmuxKey(named: "Up")
    static let down = TmuxKey(named: "Down")
    static let left = TmuxKey(named: "Left")
    static let right = TmuxKey(named: "Right")
    /// Ctrl-C: SIGINT in a cooked terminal; a key in Kofu's raw one.
    static let interrupt = TmuxKey(named: "C-c")
    /// Ctrl-\: SIGQUIT in a cooked terminal.
    static let quit = TmuxKey(named: "C-\\")
    /// Ctrl-Z: SIGTSTP in a cooked terminal.
    static let suspend = TmuxKey(named: "C-z")
}

struct TmuxFailure: Error, CustomStringConvertible {
    let description: String
}

/// A program running in a detached tmux session on a private server, so end-to-end tests can type into it and
/// read its screen without a real terminal (CI has none). Every session owns its server and kills it on close.
final class TmuxSession {
    /// The server's own socket (`-S`, a path, rather than `-L`, a name under tmux's directory), so that closing
    /// removes it: tmux leaves the socket file behind when its server exits.
    let socket: String
    private let executable: URL
    private let configuration: URL
    /// Every byte the program writes, copied by `pipe-pane`: see `waitForOutput`.
    private let transcript: String
    private var isClosed = false

    /// Runs `command` directly (no shell) when it has several elements; a single element is a shell command line.
    /// `environment` is added to the program's environment (tmux `-e`); TERM cannot be set this way.
    init(_ command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        executable = try Self.locate(searchPath: (ProcessInfo.processInfo.environment["PATH"] ?? "")
            + ":/usr/bin:/usr/local/bin")
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("kofu-tmux-\(getpid())-\(UUID().uuidString.prefix(8))").path
        socket = base + ".socket"
        configuration = URL(fileURLWithPath: base + ".conf")
        transcript = base + ".out"
        // No status line (the pane gets every row), no user configuration, and the pane stays readable after
        // the program exits (tmux then scrolls it up one line to print "Pane is dead").
        try "set -g status off\nset -g remain-on-exit on\n".write(to: configuration, atomically: true, encoding: .utf8)
        var arguments = ["-f", configuration.path, "-u", "new-session", "-d", "-s", "kofu",
                         "-x", "\(width)", "-y", "\(height)", "-e", "LANG=C.UTF-8"]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        do {
            try run(arguments + command)
            try run(["pipe-pane", "-t", "kofu", "-o", "cat >> '\(transcript)'"])
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    func send(_ keys: TmuxKey...) throws {
        for key in keys {
            try run(["send-keys", "-t", "kofu"] + key.arguments)
        }
    }

    /// The visible screen, one line per row, trailing blanks trimmed; with `history`, also the lines scrolled off
    /// above it (a dead pane scrolls up to print "Pane is dead").
    func capture(history: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", "kofu"] + (history ? ["-S", "-"] : []))
    }

    /// Polls the screen every 50 ms until it contains `text`; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(5)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let screen = try capture()
            if screen.contains(text) { return screen }
            if ContinuousClock.now >= deadline {
                throw TmuxFailure(description: "Timed out after \(timeout) waiting for \"\(text)\". Last screen:\n"
                    + screen)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Polls what the program wrote until it contains `text`. For what a program prints as it exits: tmux 3.3a,
    /// when it reaps the program before drawing its last output, shows the dead pane without that output (the
    /// same race that sometimes leaves the exit status unknown), but the pipe still receives it.
    /// Returns all the output so far.
    @discardableResult
    func waitForOutput(_ text: String, timeout: Duration = .seconds(5)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let output = (try? String(contentsOfFile: transcript, encoding: .utf8)) ?? ""
            if output.contains(text) { return output }
            if ContinuousClock.now >= deadline {
                throw TmuxFailure(description: "Timed out after \(timeout) waiting for \"\(text)\" in the output")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// The process tmux started in the pane: the program itself, or the shell running a command line.
    func panePID() throws -> pid_t {
        let text = try run(["display-message", "-p", "-t", "kofu", "#{pane_pid}"])
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxFailure(description: "tmux gave no pane pid: \(text)")
        }
        return pid
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "kofu", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls every 50 ms until the program has exited; returns its exit status, or nil when tmux could not
    /// collect one within a second of the pane dying (tmux 3.3 reports none for a program killed by a signal,
    /// and, now and then, none for one that exited normally).
    func waitForExit(timeout: Duration = .seconds(5)) throws -> Int32? {
        let deadline = ContinuousClock.now + timeout
        var diedAt: ContinuousClock.Instant?
        while true {
            let fields = try run(["display-message", "-p", "-t", "kofu", "#{pane_dead}:#{pane_dead_status}"])
                .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":", omittingEmptySubsequences: false)
            if fields.first == "1" {
                if fields.count == 2, let status = Int32(fields[1]) { return status }
                diedAt = diedAt ?? ContinuousClock.now
                if ContinuousClock.now - diedAt! > .seconds(1) { return nil }
            } else if ContinuousClock.now >= deadline {
                throw TmuxFailure(description: "Timed out after \(timeout) waiting for the program to exit. "
                    + "Last screen:\n" + ((try? capture()) ?? "(none)"))
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Kills this session's own server (never another one) and removes its files.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? run(["kill-server"])
        unlink(socket)
        unlink(configuration.path)
        unlink(transcript)
    }

    static func locate(searchPath: String) throws -> URL {
        let directories = searchPath.split(separator: ":").map(String.init)
        for directory in directories {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent("tmux")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw TmuxFailure(description: "End-to-end tests need tmux, which is not installed or not on PATH "
            + "(searched \(directories.joined(separator: ":"))); install it, e.g. apt-get install tmux")
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let result = try ChildProcess.run(executable.path, ["-S", socket] + arguments, environment: Self.environment)
        guard result.status == 0 else {
            throw TmuxFailure(description: "tmux \(arguments.joined(separator: " ")) failed with status "
                + "\(result.status): \(result.errors)")
        }
        return result.output
    }

    /// tmux measures wide characters with its own locale, so the server must start in a UTF-8 one whatever the
    /// test runner has. No command here attaches a client, so TERM only describes the client to tmux; a fixed
    /// value when CI has none keeps runs alike. The program in the pane gets tmux's default-terminal
    /// (tmux-256color) as its TERM whatever is set here: tmux overrides TERM, even one passed with -e.
    private static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        if (environment["TERM"] ?? "").isEmpty || environment["TERM"] == "dumb" {
            environment["TERM"] = "xterm-256color"
        }
        return environment
    }
}
