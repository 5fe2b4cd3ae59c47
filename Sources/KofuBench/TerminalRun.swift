/// What the bench types into a kiosk, and what it measures on the way: the first frame, then menu moves on a menu
/// screen, then PIN digits (each taken back again, so every digit lands on an empty field).
public struct TerminalScript: Sendable {
    /// Keys that lead to a menu, each waited out.
    public var toMenu: [[UInt8]]
    /// Keys that lead from the menu to the PIN field.
    public var toPIN: [[UInt8]]
    public var samples: Int
    /// Text the first frame shows, to tell it from an error message.
    public var marker: String

    static let down: [UInt8] = [0x1B, 0x4F, 0x42]  // ESC O B: an xterm's arrow in keypad mode, which ncurses sets
    static let up: [UInt8] = [0x1B, 0x4F, 0x41]
    static let erase: [UInt8] = [0x7F]

    public init(marker: String, toMenu: [[UInt8]], toPIN: [[UInt8]], samples: Int) {
        self.marker = marker
        self.toMenu = toMenu
        self.toPIN = toPIN
        self.samples = samples
    }
}

/// One program's figures on the terminal: times in milliseconds, sizes in bytes and kilobytes.
public struct TerminalMeasurement: Sendable {
    public var firstFrame = 0.0
    public var firstFrameBytes = 0
    public var digit = Samples()
    public var digitBytes = Samples()
    public var move = Samples()
    public var moveBytes = Samples()
    public var peakKilobytes = 0
}

enum TerminalRun {
    /// How long a program must stay silent for a frame to count as finished; far above any frame's own gaps.
    static let quiet = Duration.milliseconds(60)

    static func measure(_ arguments: [String], environment: [String: String], script: TerminalScript) throws
        -> TerminalMeasurement {
        let program = try PseudoTerminalProcess(arguments, environment: environment)
        var result = TerminalMeasurement()
        let frame = program.readBurst(quiet: .milliseconds(300))
        let drawn = String(decoding: frame.bytes, as: UTF8.self)
        guard let last = frame.lastByte, drawn.contains(script.marker) else {
            throw BenchError.noFrame(arguments[0], drew: drawn)
        }
        result.firstFrame = (last - program.started).milliseconds
        result.firstFrameBytes = frame.bytes.count
        for key in script.toMenu { settle(program, key) }
        for index in 0..<script.samples {
            let (time, bytes) = try timed(program, arguments[0], index.isMultiple(of: 2) ? TerminalScript.down : TerminalScript.up)
            result.move.add(time)
            result.moveBytes.add(bytes)
        }
        for key in script.toPIN { settle(program, key) }
        for _ in 0..<script.samples {
            let (time, bytes) = try timed(program, arguments[0], Array("5".utf8))
            result.digit.add(time)
            result.digitBytes.add(bytes)
            _ = try timed(program, arguments[0], TerminalScript.erase)
        }
        result.peakKilobytes = program.peakKilobytes()
        program.stop()
        return result
    }

    private static func settle(_ program: PseudoTerminalProcess, _ key: [UInt8]) {
        program.send(key)
        _ = program.readBurst(quiet: .milliseconds(250), limit: .seconds(5))
    }

    /// Milliseconds from the key to the last byte of what it changed, and how many bytes that was.
    private static func timed(_ program: PseudoTerminalProcess, _ name: String, _ key: [UInt8]) throws -> (Double, Double) {
        let sent = ContinuousClock.now
        program.send(key)
        let burst = program.readBurst(quiet: quiet, limit: .seconds(5))
        guard let last = burst.lastByte else { throw BenchError.keyDrewNothing(key, program: name) }
        return ((last - sent).milliseconds, Double(burst.bytes.count))
    }
}

extension Duration {
    var milliseconds: Double { seconds * 1000 }
}
