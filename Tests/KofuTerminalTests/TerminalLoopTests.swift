import Foundation
import KofuCore
import Testing
@testable import KofuTerminal

/// Counts keys on its screen; `q` finishes it. Ticks are recorded but do not change the screen, so every frame
/// the loop draws is one the loop had a reason to draw.
private struct Counter: InteractiveProgram {
    var screen = ScreenModel(title: "0", clock: "")
    var isFinished = false
    var ticks = 0
    var handled: [KeyInput] = []

    mutating func handle(_ key: KeyInput, at date: Date) {
        handled.append(key)
        if key == .character("q") { isFinished = true } else { screen.title = "\(handled.count)" }
    }

    mutating func tick(at date: Date) { ticks += 1 }

    mutating func interrupt(at date: Date) { screen.status = "interrupted" }
}

/// Plays a script: each read takes the next step, which may resize the terminal before yielding its event.
private final class ScriptedTerminal: TerminalDevice {
    enum Step {
        case event(TerminalEvent?)
        case resize(Int, Int)
    }

    var size: (width: Int, height: Int)
    var steps: [Step]
    var frames: [Grid] = []
    var reads = 0

    init(width: Int = 80, height: Int = 24, steps: [Step]) {
        size = (width, height)
        self.steps = steps
    }

    func draw(_ grid: Grid) { frames.append(grid) }

    func readEvent() -> TerminalEvent? {
        reads += 1
        guard !steps.isEmpty else { return .key(.character("q")) }
        switch steps.removeFirst() {
        case .event(let event):
            return event
        case .resize(let width, let height):
            size = (width, height)
            return .resize
        }
    }
}

private func paintTitle(_ screen: ScreenModel, width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    grid.put("\(screen.title) \(screen.status)", row: 0, column: 0)
    return grid
}

@discardableResult
private func run(_ program: inout Counter, on terminal: ScriptedTerminal, keyboardStop: KeyboardStop = .none,
                 signal: @escaping () -> Int32? = { nil }) -> TerminalLoop.Ending {
    TerminalLoop.drive(&program, on: terminal, paint: paintTitle, now: { Date(timeIntervalSince1970: 0) },
                       minimumSize: (80, 24), keyboardStop: keyboardStop, pendingSignal: signal)
}

@Suite struct TerminalLoopTests {
    @Test func keysReachTheProgramAndEveryReadTicks() {
        var program = Counter()
        let terminal = ScriptedTerminal(steps: [.event(.key(.character("1"))), .event(nil), .event(.key(.enter))])
        #expect(run(&program, on: terminal) == .finished)
        #expect(program.handled == [.character("1"), .enter, .character("q")])
        #expect(program.ticks == 4)
    }

    @Test func drawsOnlyWhenTheScreenChanges() {
        var program = Counter()
        let terminal = ScriptedTerminal(steps: [.event(nil), .event(.key(.up)), .event(nil), .event(nil)])
        run(&program, on: terminal)
        #expect(terminal.frames.map { $0.lines[0] } == ["0", "1"])
    }

    @Test func theProgramIsPaintedAtItsMinimumSizeOnALargerTerminal() throws {
        var program = Counter()
        let terminal = ScriptedTerminal(width: 120, height: 40, steps: [])
        run(&program, on: terminal)
        let frame = try #require(terminal.frames.first)
        #expect(frame.width == 80 && frame.height == 24)
    }

    @Test func aTooSmallTerminalShowsTheNoticeUntilItIsEnlarged() {
        var program = Counter()
        let terminal = ScriptedTerminal(steps: [.resize(60, 20), .event(nil), .resize(80, 24), .resize(80, 24)])
        run(&program, on: terminal)
        let frames = terminal.frames
        #expect(frames.count == 4)
        #expect(frames[0].lines[0] == "0")
        #expect(frames[1].width == 60 && frames[1].text.contains("(now 60×20)"))
        // The second KEY_RESIZE at the same size still redraws: ncurses may have cleared the terminal.
        #expect(frames[2].lines[0] == "0" && frames[3].lines[0] == "0")
    }

    @Test func aSignalInterruptsTheProgramAndDrawsItsLastScreen() {
        var program = Counter()
        let terminal = ScriptedTerminal(steps: [.event(nil), .event(nil), .event(.key(.character("5")))])
        let ending = run(&program, on: terminal, signal: { terminal.reads >= 2 ? 15 : nil })
        #expect(ending == .interrupted(signal: 15))
        #expect(program.handled.isEmpty)
        #expect(program.ticks == 1)
        #expect(terminal.frames.last?.lines[0] == "0 interrupted")
    }

    @Test func controlCIsNothingToAKiosk() {
        var program = Counter()
        let terminal = ScriptedTerminal(steps: [.event(.controlC), .event(.key(.character("1")))])
        #expect(run(&program, on: terminal, keyboardStop: .none) == .finished)
        #expect(program.handled == [.character("1"), .character("q")])
        #expect(program.screen.status == "")
    }

    @Test func controlCStopsAProgramThatAllowsItAsSIGINTWould() {
        var program = Counter()
        let terminal = ScriptedTerminal(steps: [.event(.key(.character("1"))), .event(.controlC)])
        #expect(run(&program, on: terminal, keyboardStop: .controlC) == .interrupted(signal: SIGINT))
        #expect(program.handled == [.character("1")])
        #expect(terminal.frames.last?.lines[0] == "1 interrupted")
    }

    @Test func aFinishedProgramEndsBeforeReading() {
        var program = Counter()
        program.isFinished = true
        let terminal = ScriptedTerminal(steps: [])
        #expect(run(&program, on: terminal) == .finished)
        #expect(terminal.reads == 0)
        #expect(terminal.frames.count == 1)
    }
}
