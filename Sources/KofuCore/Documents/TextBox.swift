/// Text framed with box-drawing lines, as the seal certificate shows the registered impression. Widths come from
/// `DisplayWidth`, so kanji (two columns) and the frame (one column each) stay aligned.
public enum TextBox {
    public static func draw(_ lines: [String]) -> String {
        let inner = lines.map(DisplayWidth.of).max() ?? 0
        let rule = String(repeating: "─", count: inner + 2)
        let body = lines.map { "│ " + $0 + String(repeating: " ", count: inner - DisplayWidth.of($0)) + " │" }
        return (["┌" + rule + "┐"] + body + ["└" + rule + "┘"]).joined(separator: "\n")
    }
}
