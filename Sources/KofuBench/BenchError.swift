/// Why the bench could not measure: each says what to install or fix, since `--quick` fails only for these.
public enum BenchError: Error, CustomStringConvertible {
    case cannotStart(String, errno: Int32)
    case noCompiler
    case compileFailed(source: String, output: String)
    case commandFailed(String, status: Int32, output: String)
    case noFrame(String, drew: String)
    case unreadableTrace(String)
    case keyDrewNothing([UInt8], program: String)
    case missing(String)

    public var description: String {
        switch self {
        case .cannotStart(let path, let errno): "cannot start \(path) (errno \(errno))"
        case .noCompiler: "no C compiler (cc, gcc or clang) on PATH: the peers are built at bench time"
        case .compileFailed(let source, let output): "the C peer \(source) did not compile:\n\(output)"
        case .commandFailed(let command, let status, let output): "\(command) exited \(status):\n\(output)"
        case .noFrame(let program, let drew):
            "\(program) did not draw its first screen within 10 seconds; it wrote: \(drew.prefix(400))"
        case .unreadableTrace(let reason): "the statement trace cannot be replayed: \(reason)"
        case .keyDrewNothing(let key, let program):
            "the key \(key) changed nothing on \(program)'s screen, so its time cannot be taken"
        case .missing(let what): "missing \(what)"
        }
    }
}
