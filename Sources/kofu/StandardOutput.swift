#if canImport(Glibc)
import Glibc
#endif

/// Standard output written in large blocks: an export of a million ledger rows is a million lines, and a write (or a
/// `print`, which locks and flushes) per line would cost more than producing them. A write that fails (a full disk,
/// a closed pipe when SIGPIPE is ignored) throws, so that a cut-off export never ends as if it were whole.
final class StandardOutput {
    private var buffer: [UInt8] = []
    private let blockSize = 1 << 16

    init() {
        buffer.reserveCapacity(blockSize)
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= blockSize { try flush() }
    }

    func flush() throws {
        var offset = 0
        defer { buffer.removeAll(keepingCapacity: true) }
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                throw CommandFailure("cannot write the output: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
