import KofuCore

/// Breaks text into lines of at most `width` columns: Japanese may break between any two characters, English
/// only at spaces (a word longer than the line is cut). Japanese line-breaking rules (禁則) keep closing
/// punctuation and the prolonged sound mark off the start of a line.
enum TextWrap {
    static let neverStartsALine: Set<Character> = ["、", "。", "，", "．", "・", "：", "；", "？", "！", "）", "」", "』",
                                                   "】", "〕", "ー", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ",
                                                   "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ"]

    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrap(String(paragraph), width: width)
        }
        return lines
    }

    private static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if lineWidth + w > width {
                if ch != " ", ch.isASCII, let space = line.lastIndex(of: " "), line[line.index(after: space)...].allSatisfy(\.isASCII) {
                    let carried = String(line[line.index(after: space)...])
                    lines.append(String(line[..<space]))
                    line = carried
                } else if neverStartsALine.contains(ch), line.count > 1 {
                    // Carry characters down until the new line starts with one allowed there (")。" moves as one).
                    var carried = String(line.removeLast())
                    while let first = carried.first, neverStartsALine.contains(first), line.count > 1 {
                        carried = String(line.removeLast()) + carried
                    }
                    lines.append(line)
                    line = carried
                } else {
                    lines.append(line)
                    line = ""
                }
                lineWidth = DisplayWidth.of(line)
                if ch == " " && line.isEmpty { continue }
            }
            line.append(ch)
            lineWidth += w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines.map { $0.hasSuffix(" ") ? String($0.reversed().drop { $0 == " " }.reversed()) : $0 }
    }
}
