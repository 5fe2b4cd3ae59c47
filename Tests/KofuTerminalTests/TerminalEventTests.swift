import KofuCore
import Testing
@testable import KofuTerminal

/// Raw `get_wch` results, as ncurses defines them: OK is 0, KEY_CODE_YES 0o400, ERR -1.
@Suite struct TerminalEventTests {
    let ok: Int32 = 0
    let functionKey: Int32 = 0o400
    let timeout: Int32 = -1

    @Test func printableCharactersIncludingJapanese() {
        #expect(TerminalEvent.decode(status: ok, value: 0x31) == .key(.character("1")))
        #expect(TerminalEvent.decode(status: ok, value: 0x71) == .key(.character("q")))
        #expect(TerminalEvent.decode(status: ok, value: 0x4C) == .key(.character("L")))
        #expect(TerminalEvent.decode(status: ok, value: 0x3042) == .key(.character("あ")))
    }

    @Test(arguments: [UInt32(10), 13])
    func enterAsLineFeedOrCarriageReturn(value: UInt32) {
        #expect(TerminalEvent.decode(status: ok, value: value) == .key(.enter))
    }

    @Test(arguments: [UInt32(8), 127])
    func backspaceAsBSOrDEL(value: UInt32) {
        #expect(TerminalEvent.decode(status: ok, value: value) == .key(.backspace))
    }

    @Test func escapeAndTab() {
        #expect(TerminalEvent.decode(status: ok, value: 27) == .key(.escape))
        #expect(TerminalEvent.decode(status: ok, value: 9) == .key(.tab))
    }

    @Test func functionKeys() {
        #expect(TerminalEvent.decode(status: functionKey, value: 0o527) == .key(.enter))
        #expect(TerminalEvent.decode(status: functionKey, value: 0o407) == .key(.backspace))
        #expect(TerminalEvent.decode(status: functionKey, value: 0o403) == .key(.up))
        #expect(TerminalEvent.decode(status: functionKey, value: 0o402) == .key(.down))
        #expect(TerminalEvent.decode(status: functionKey, value: 0o404) == .key(.left))
        #expect(TerminalEvent.decode(status: functionKey, value: 0o405) == .key(.right))
        #expect(TerminalEvent.decode(status: functionKey, value: 0o632) == .resize)
    }

    /// Raw mode hands these over as bytes: Ctrl-C is reported for the loop to judge, Ctrl-\ and Ctrl-Z mean nothing.
    @Test func controlKeysThatWouldBeSignalsInCookedMode() {
        #expect(TerminalEvent.decode(status: ok, value: 3) == .controlC)
        #expect(TerminalEvent.decode(status: ok, value: 0x1C) == nil)  // Ctrl-\ (SIGQUIT when cooked)
        #expect(TerminalEvent.decode(status: ok, value: 0x1A) == nil)  // Ctrl-Z (SIGTSTP when cooked)
        #expect(TerminalEvent.decode(status: ok, value: 0x13) == nil)  // Ctrl-S (flow control when cooked)
    }

    @Test func unknownKeysAndTimeoutsProduceNothing() {
        #expect(TerminalEvent.decode(status: timeout, value: 0) == nil)
        #expect(TerminalEvent.decode(status: functionKey, value: 0o410) == nil)  // KEY_F0
        #expect(TerminalEvent.decode(status: ok, value: 1) == nil)  // Ctrl-A
        #expect(TerminalEvent.decode(status: ok, value: 0x85) == nil)  // C1 control
        #expect(TerminalEvent.decode(status: ok, value: 0xD800) == nil)  // not a scalar
    }

    @Test func aFunctionKeyCodeIsNotReadAsACharacter() {
        // 0o403 as a plain character would be U+0103 (ă); with KEY_CODE_YES it is the up arrow.
        #expect(TerminalEvent.decode(status: ok, value: 0o403) == .key(.character("ă")))
    }
}
