/// Names are registered in full-width katakana. A clerk may type hiragana, or half-width katakana from a
/// keyboard left in that mode; both mean the same name.
public enum KanaInput {
    public static func katakana(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x3041...0x3096:
                scalars.append(Unicode.Scalar(v + 0x60)!)
            case 0xFF9E, 0xFF9F:
                // A half-width (semi-)voiced mark joins the kana before it when that kana takes one.
                if let last = scalars.last, let joined = voiced(last, semi: v == 0xFF9F) {
                    scalars[scalars.count - 1] = joined
                } else {
                    scalars.append(v == 0xFF9E ? "゛" : "゜")
                }
            case 0xFF61...0xFF9D:
                scalars.append(halfWidth[Int(v - 0xFF61)])
            default:
                scalars.append(scalar)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// U+FF61 ｡ to U+FF9D ﾝ in their full-width forms.
    private static let halfWidth: [Unicode.Scalar] = Array(
        "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
            .unicodeScalars)

    private static let voicable = Set("カキクケコサシスセソタチツテトハヒフヘホ".unicodeScalars)
    private static let semiVoicable = Set("ハヒフヘホ".unicodeScalars)

    /// ガ is カ + 1 in Unicode, パ is ハ + 2; ヴ stands apart.
    private static func voiced(_ kana: Unicode.Scalar, semi: Bool) -> Unicode.Scalar? {
        if semi { return semiVoicable.contains(kana) ? Unicode.Scalar(kana.value + 2) : nil }
        if kana == "ウ" { return "ヴ" }
        return voicable.contains(kana) ? Unicode.Scalar(kana.value + 1) : nil
    }
}
