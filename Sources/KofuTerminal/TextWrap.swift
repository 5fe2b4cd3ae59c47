import KofuCore

/// Breaks text into lines of at most `width` columns at phrase boundaries, so that no line ends inside a word.
/// English breaks at spaces. Japanese has no spaces, so a break is allowed only where a phrase (文節) ends: after
/// punctuation, before an opening bracket, after a particle or okurigana followed by a kanji, katakana or digit,
/// and before an honorific お/ご that opens the next phrase. A run of kanji or katakana (市民窓口課, マイナンバーカード) is
/// never split. A phrase wider than the line is cut between characters, keeping closing punctuation and the
/// prolonged sound mark off the start of a line (禁則). Chinese breaks between any two ideographs, as Chinese is
/// set, under the same 禁則. Last, a line left with one or two characters takes the last
/// phrase of the line above when it fits.
enum TextWrap {
    static let neverStartsALine: Set<Character> = ["、", "。", "，", "．", "・", "：", "；", "？", "！", "）", "」", "』",
                                                   "】", "〕", "ー", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ",
                                                   "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ"]
    static let closing: Set<Character> = ["、", "。", "，", "．", "・", "：", "；", "？", "！", "）", "」", "』", "】",
                                          "〕", "］", "｝", "〉", "》"]
    static let opening: Set<Character> = ["（", "「", "『", "【", "〔", "［", "｛", "〈", "《"]
    /// Particles that end a phrase even when a single one stands between two kanji (市役所へ越す); any other single
    /// hiragana there is okurigana inside a compound (取り忘れ, 受け取り) and keeps it whole.
    static let particles: Set<Character> = ["が", "を", "に", "で", "と", "へ", "の", "は", "も", "や", "か"]
    static let honorifics: Set<Character> = ["お", "ご"]

    /// `chinese`: the text is Chinese, whose lines may end between any two ideographs.
    static func lines(_ text: String, width: Int, chinese: Bool = false) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrap(Array(paragraph), width: width, chinese: chinese)
        }
        return lines
    }

    private static func wrap(_ text: [Character], width: Int, chinese: Bool) -> [String] {
        guard !text.isEmpty else { return [""] }
        var ranges: [Range<Int>] = []
        var start = 0
        while start < text.count {
            let end = lineEnd(text, from: start, width: width, chinese: chinese)
            ranges.append(start..<end)
            start = end
            while start < text.count, isSpace(text[start]) { start += 1 }
        }
        rebalance(&ranges, text, width: width, chinese: chinese)
        return ranges.map { trimmed(text, $0) }
    }

    /// The furthest phrase boundary that fits; the fitting part of a phrase when none does.
    private static func lineEnd(_ text: [Character], from start: Int, width: Int, chinese: Bool) -> Int {
        var best: Int?
        var end = start
        var lineWidth = 0
        while end < text.count {
            let w = DisplayWidth.of(text[end])
            // Spaces may run past the edge: they are trimmed from the end of a line.
            if lineWidth + w > width, !isSpace(text[end]) { break }
            lineWidth += w
            end += 1
            if canBreak(text, before: end, chinese: chinese) { best = end }
        }
        if end == text.count { return end }
        if let best { return best }
        var cut = end
        while cut > start + 1, neverStartsALine.contains(text[cut]) { cut -= 1 }
        return max(cut, start + 1)
    }

    /// A line with one or two characters takes the end of the line above: its last phrase, or, where a phrase
    /// too wide for a line was cut, the characters it needs. Only when both lines then fit and neither is short.
    private static func rebalance(_ ranges: inout [Range<Int>], _ text: [Character], width: Int, chinese: Bool) {
        for index in ranges.indices.dropFirst() where isShort(text, ranges[index]) {
            let above = ranges[index - 1]
            let wasCut = !canBreak(text, before: above.upperBound, chinese: chinese)
            for cut in (above.lowerBound + 1..<above.upperBound).reversed()
            where canBreak(text, before: cut, chinese: chinese) || (wasCut && !neverStartsALine.contains(text[cut])) {
                var next = cut
                while isSpace(text[next]) { next += 1 }
                let moved = next..<ranges[index].upperBound
                guard next < ranges[index].lowerBound, !isShort(text, moved), !isShort(text, above.lowerBound..<cut),
                      DisplayWidth.of(trimmed(text, moved)) <= width else { continue }
                ranges[index - 1] = above.lowerBound..<cut
                ranges[index] = moved
                break
            }
        }
    }

    private static func isShort(_ text: [Character], _ range: Range<Int>) -> Bool {
        text[range].filter { !isSpace($0) && !$0.isPunctuation }.count <= 2
    }

    private static func trimmed(_ text: [Character], _ range: Range<Int>) -> String {
        var end = range.upperBound
        while end > range.lowerBound, isSpace(text[end - 1]) { end -= 1 }
        return String(text[range.lowerBound..<end])
    }

    /// Whether a line may end between `text[index - 1]` and `text[index]`.
    static func canBreak(_ text: [Character], before index: Int, chinese: Bool = false) -> Bool {
        guard index > 0, index < text.count else { return false }
        let a = text[index - 1], b = text[index]
        if neverStartsALine.contains(b) { return false }
        if isSpace(a) || isSpace(b) { return true }
        if opening.contains(a) { return false }
        if opening.contains(b) || closing.contains(a) { return true }
        switch (script(a), script(b)) {
        case (.kanji, .kanji):
            return chinese
        case (.hiragana, .hiragana):
            return honorifics.contains(b) && index + 1 < text.count && script(text[index + 1]) == .kanji
        case (.hiragana, .kanji):
            if honorifics.contains(a) { return false }
            let isOkurigana = index >= 2 && script(text[index - 2]) == .kanji && !particles.contains(a)
            return !isOkurigana
        case (.hiragana, _):
            return true
        default:
            return false
        }
    }

    enum Script { case hiragana, katakana, kanji, other }

    static func script(_ ch: Character) -> Script {
        guard let v = ch.unicodeScalars.first?.value else { return .other }
        switch v {
        case 0x3041...0x309F: return .hiragana
        case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .katakana
        case 0x3005...0x3006, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return .kanji
        default: return .other
        }
    }

    static func isSpace(_ ch: Character) -> Bool { ch == " " || ch == "　" }
}
