#if canImport(Glibc)
import Glibc
#endif

/// Standard output written in large blocks: an export of a million ledger rows is a million lines, and a write (or a
/// `print`, which locks and flushes) per line would cost more than producing them.
final class StandardOutput {
    private var buffer: [UInt8] = []
    private let blockSize = 1 << 16

    init() {
        buffer.reserveCapacity(blockSize)
    }

    deinit { flush() }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= blockSize { flush() }
    }

    func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            // A closed pipe (`| head`) ends the output; the reader has what it wanted.
            guard written > 0 else { break }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
