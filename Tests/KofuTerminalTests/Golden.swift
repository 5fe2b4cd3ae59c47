import Foundation
import KofuTerminal
import Testing

/// Golden screens the way swift-argument-parser keeps snapshots: the expected text sits next to the tests and is
/// rewritten only when RECORD_SNAPSHOTS=1 says so.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Compares the screen with its golden file, and fails it if any of its words did not fit.
    static func check(_ screen: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if !screen.overflow.isEmpty {
            Issue.record("screen \(name) lost words for want of room: \(screen.overflow)", sourceLocation: sourceLocation)
        }
        try check(screen.text, named: name, sourceLocation: sourceLocation)
    }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden screen \(name).txt; record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let diff = zip(expected.split(separator: "\n", omittingEmptySubsequences: false),
                           actual.split(separator: "\n", omittingEmptySubsequences: false))
                .enumerated().filter { $1.0 != $1.1 }
                .map { "line \($0 + 1):\n  expected: \($1.0)\n  actual:   \($1.1)" }
            Issue.record("screen \(name) differs from its golden file:\n\(diff.prefix(5).joined(separator: "\n"))",
                         sourceLocation: sourceLocation)
        }
    }
}
