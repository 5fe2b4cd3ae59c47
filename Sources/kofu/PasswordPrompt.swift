import Foundation
import KofuStore
#if canImport(Glibc)
import Glibc
#endif

/// Reads a password. From a terminal the typing is not echoed; from a pipe (scripts, tests) one line is read as is.
/// Prompts go to standard error, and only to a person at a terminal, so that standard output stays clean.
enum PasswordPrompt {
    static func read(_ prompt: String) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else { return try line() }
        FileHandle.standardError.write(Data(prompt.utf8))
        guard tcgetattr(STDIN_FILENO, &echoing) == 0 else { throw CommandFailure("cannot read the terminal's settings") }
        var silent = echoing
        silent.c_lflag &= ~tcflag_t(ECHO)
        // Ctrl-C while echo is off would leave the shell silent too: restore the terminal before dying.
        signal(SIGINT) { _ in
            tcsetattr(STDIN_FILENO, TCSANOW, &echoing)
            _exit(130)
        }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &echoing)
            signal(SIGINT, SIG_DFL)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return try line()
    }

    /// A new staff password, asked twice, that keeps to `StaffPassword`'s rule.
    static func newPassword(_ prompt: String, id: String) throws -> String {
        let password = try read(prompt)
        if let problem = StaffPassword.problem(id: id, password: password) { throw CommandFailure(problem) }
        guard try read("Repeat the password: ") == password else {
            throw CommandFailure("the two passwords differ; nothing was saved")
        }
        return password
    }

    private static func line() throws -> String {
        guard let line = readLine(strippingNewline: true) else { throw CommandFailure("no password was given") }
        return line
    }
}

/// The terminal's settings before echo was turned off; global because a signal handler cannot capture.
nonisolated(unsafe) private var echoing = termios()
