import Foundation

/// Writes that reach the disk before anything is recorded about them: the file's bytes and the directory entry
/// that names it are both flushed (fsync), so a power cut cannot leave a print mark for paper that never was.
enum DurableFile {
    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
        try sync(url)
    }

    static func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.synchronize()
    }

    static func sync(_ url: URL) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        try handle.synchronize()
    }

    /// A rename is durable only once the directory holding it is flushed.
    static func syncDirectory(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: url.path]) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
    }
}
