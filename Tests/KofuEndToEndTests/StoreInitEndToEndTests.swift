import Foundation
import Testing

/// `store init` hashes every PIN and staff password (slow on purpose, on every core): on a terminal it shows how far
/// it is; in a pipe or a log it writes no bar at all.
@Suite struct StoreInitEndToEndTests {
    @Test func hashingShowsAProgressBarOnATerminalOnly() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kofu-init-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let onTerminal = try TmuxSession([try Kofu.binary(), "store", "init", "--db",
                                          directory.appendingPathComponent("a.sqlite").path])
        // The bytes the terminal got: the finished bar may have scrolled off the pane when the program ended.
        let written = try onTerminal.waitForOutput("Created ", timeout: .seconds(60))
        #expect(written.contains("Hashing PINs and passwords ██████████████████████████████ 100% ("), "\(written)")
        let piped = try Kofu.outcome(["store", "init", "--db", directory.appendingPathComponent("b.sqlite").path])
        #expect(piped.status == 0)
        #expect(!piped.errors.contains("Hashing") && !piped.output.contains("Hashing"))
    }
}
