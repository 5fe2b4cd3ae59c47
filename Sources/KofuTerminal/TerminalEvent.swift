import CNcursesw
import KofuCore

/// What one read from the terminal produced; a timeout or a key Kofu does not use produce nothing.
public enum TerminalEvent: Equatable, Sendable {
    case key(KeyInput)
    case resize
    /// Ctrl-C: the terminal is in raw mode, so it is a key and no SIGINT; the loop decides what it means.
    case controlC

    /// Decodes a `get_wch` result: `status` is its return value (OK for a character, KEY_CODE_YES for a
    /// function key, ERR on timeout), `value` what it stored.
    public static func decode(status: Int32, value: UInt32) -> TerminalEvent? {
        if status == kofu_key_code_yes() {
            return decodeFunctionKey(Int32(bitPattern: value))
        }
        guard status == kofu_ok() else { return nil }
        switch value {
        // Terminals send CR for Enter (nonl keeps it CR), some send LF; BS and DEL both mean backspace.
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 9: return .key(.tab)
        case 3: return .controlC
        // Ctrl-\ and Ctrl-Z among them: in raw mode they are keys that mean nothing, not SIGQUIT or SIGTSTP.
        case 0..<0x20, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    private static func decodeFunctionKey(_ code: Int32) -> TerminalEvent? {
        switch code {
        case kofu_key_resize(): return .resize
        case kofu_key_enter(): return .key(.enter)
        case kofu_key_backspace(): return .key(.backspace)
        case kofu_key_up(): return .key(.up)
        case kofu_key_down(): return .key(.down)
        case kofu_key_left(): return .key(.left)
        case kofu_key_right(): return .key(.right)
        default: return nil
        }
    }
}
