import Foundation
import Testing

/// Proves the tmux helper on a plain shell script, so CI checks it without the kiosk.
@Suite(.timeLimit(.minutes(1))) struct TmuxSessionTests {
    @Test func typesIntoAProgramAndReadsWideCharacters() throws {
        let tmux = try TmuxSession(["sh", "-c", "printf 'こんにちは|\\n'; read x; echo \"got:$x|\""])
        let screen = try tmux.waitFor("こんにちは")
        #expect(screen.split(separator: "\n").first == "こんにちは|")
        try tmux.send("ab日本", .enter)
        try tmux.waitFor("got:ab日本|")
        let status = try tmux.waitForExit()
        #expect(status == nil || status == 0)
    }

    @Test func aTimeoutShowsTheLastScreen() throws {
        let tmux = try TmuxSession(["sh", "-c", "echo ready; read x"])
        try tmux.waitFor("ready")
        let failure = #expect(throws: TmuxFailure.self) {
            try tmux.waitFor("never", timeout: .milliseconds(200))
        }
        #expect(failure?.description.contains("waiting for \"never\"") == true)
        #expect(failure?.description.contains("ready") == true)
    }

    @Test func sizeAndResize() throws {
        let tmux = try TmuxSession(["sh", "-c", "stty size; read x; stty size; read x"], width: 60, height: 20)
        try tmux.waitFor("20 60")
        try tmux.resize(width: 80, height: 24)
        try tmux.send(.enter)
        try tmux.waitFor("24 80")
    }

    @Test func closingKillsOnlyItsOwnServer() throws {
        let first = try TmuxSession(["sh", "-c", "echo one; read x"])
        let second = try TmuxSession(["sh", "-c", "echo two; read x"])
        try first.waitFor("one")
        first.close()
        #expect(throws: TmuxFailure.self) { try first.capture() }
        try second.waitFor("two")
    }

    @Test func aMissingTmuxIsReportedClearly() {
        let failure = #expect(throws: TmuxFailure.self) {
            try TmuxSession.locate(searchPath: "/nonexistent")
        }
        #expect(failure?.description.contains("install it") == true)
    }
}
