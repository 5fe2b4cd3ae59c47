#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the terminal could not be used; the description is meant for the person who launched Kofu.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case notUTF8(codeset: String)
    case notATerminal
    case unknownTerminal(String?)
    case noCursorAddressing(String?)
    case signalHandlers(errno: Int32)
    case diagnosticsLog(path: String, errno: Int32)

    public var description: String {
        switch self {
        case .notUTF8(let codeset):
            return "Kofu needs a UTF-8 locale (e.g. LANG=C.UTF-8); the current locale uses \(codeset)"
        case .notATerminal:
            return "Kofu needs a terminal: standard input and output must both be a terminal (not a pipe or a file)"
        case .unknownTerminal(let name?):
            return "The terminal type TERM=\(name) is unknown to ncurses; try TERM=xterm-256color"
        case .unknownTerminal(nil):
            return "TERM is not set, so ncurses cannot drive this terminal; try TERM=xterm-256color"
        case .noCursorAddressing(let name):
            return "The terminal type TERM=\(name ?? "") cannot move the cursor, which Kofu's screens need; "
                + "run Kofu in a full-screen terminal such as TERM=xterm-256color"
        case .signalHandlers(let errno):
            return "Could not install the signal handlers (errno \(errno))"
        case .diagnosticsLog(let path, let errno):
            return "Could not open \(path) for the screen's error output: \(String(cString: strerror(errno)))"
        }
    }
}
