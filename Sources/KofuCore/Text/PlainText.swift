/// Text that may be shown on a terminal or printed on a certificate as it is. A control character would be obeyed
/// by the terminal (an escape sequence can rewrite the screen or the window title), a format character such as a
/// bidirectional override reorders what is read, and a line or paragraph separator breaks a one-line field.
/// Everything else passes, combining marks and variation selectors (異体字) included.
public enum PlainText {
    public static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate: false
        default: true
        }
    }

    public static func isPlain(_ text: String) -> Bool {
        // Most stored text is printable ASCII, which needs no Unicode property lookup (a third of an export's time).
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } || text.unicodeScalars.allSatisfy(isPlain)
    }

    /// Stored text made safe to print whatever wrote it: what is not plain becomes U+FFFD, visibly.
    public static func shown(_ text: String) -> String {
        guard !isPlain(text) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isPlain($0) ? $0 : "\u{FFFD}" }))
    }
}
