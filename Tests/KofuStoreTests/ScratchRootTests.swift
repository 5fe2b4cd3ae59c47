import Foundation
import Testing

/// The seeded template and every test directory live under one root per process, so that none outlives the run.
@Suite struct ScratchRootTests {
    @Test func theTemplateLivesInTheRootRemovedAtExit() {
        #expect(URL(fileURLWithPath: Fixture.templatePath).deletingLastPathComponent().path == ScratchRoot.url.path)
        #expect(ScratchRoot.url.lastPathComponent == "\(ScratchRoot.prefix)\(getpid())")
    }

    @Test func rootsOfFinishedProcessesAreRemovedAndLiveOnesKept() throws {
        let base = try TemporaryDirectory()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/sh")
        finished.arguments = ["-c", "exit 0"]
        try finished.run()
        finished.waitUntilExit()
        for pid in [finished.processIdentifier, getpid()] {
            let root = base.url.appendingPathComponent("\(ScratchRoot.prefix)\(pid)/leftover")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }
        let unrelated = base.url.appendingPathComponent("kofu-e2e-kept")
        try FileManager.default.createDirectory(at: unrelated, withIntermediateDirectories: true)

        ScratchRoot.removeAbandoned(in: base.url)
        let left = try FileManager.default.contentsOfDirectory(atPath: base.path(".")).sorted()
        #expect(left == ["\(ScratchRoot.prefix)\(getpid())", "kofu-e2e-kept"].sorted())
    }
}
