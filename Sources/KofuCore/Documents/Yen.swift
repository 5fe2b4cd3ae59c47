/// Money as certificates print it: integer yen with thousands separators, "4,360,000円".
public enum Yen {
    public static func digits(_ amount: Int) -> String {
        let raw = String(amount.magnitude)
        var out = ""
        for (i, ch) in raw.enumerated() {
            if i > 0 && (raw.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (amount < 0 ? "-" : "") + out
    }

    public static func format(_ amount: Int) -> String { digits(amount) + "円" }

    /// Right-aligned in `width` display columns, so that amounts in a column line up on the 円.
    public static func padded(_ amount: Int, width: Int) -> String {
        let text = format(amount)
        return String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}
