import Foundation

/// The payments a terminal asked the center for and has no answer to, one empty file per request key in a hidden
/// folder of its spool. A key is written, and flushed, before its request leaves, and removed once the center has
/// answered it or the payment was withdrawn; so a key left behind by a lost answer, a timeout or a killed
/// terminal is still there to withdraw when the center can be reached again.
public struct UnansweredPayments: Sendable {
    let directory: URL

    public init(spool: URL) {
        directory = spool.appendingPathComponent(".unanswered")
    }

    public func record(_ key: String) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try DurableFile.write("", to: directory.appendingPathComponent(key))
        try DurableFile.syncDirectory(directory)
    }

    public func settled(_ key: String) {
        try? FileManager.default.removeItem(at: directory.appendingPathComponent(key))
    }

    /// The keys still waiting, oldest first.
    public func keys() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let dated = names.map { name in
            (name, (try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path))?[.modificationDate] as? Date ?? .distantPast)
        }
        return dated.sorted { $0.1 < $1.1 }.map(\.0)
    }
}
