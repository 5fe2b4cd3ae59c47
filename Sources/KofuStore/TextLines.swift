/// Lines of a printed document as a verifier numbers them: cut at every line-feed byte and compared byte for byte,
/// so that a "\r\n" or another Unicode normalization of the same name is a difference, as it is on disk.
enum TextLines {
    /// The lines of `text`, without the empty remainder after its last line feed.
    static func of(_ text: Substring) -> [Substring] {
        var lines = cut(text)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The first line (counted from 1) where `printed` is not byte for byte `issued`, with its text, or nil for a
    /// line `printed` lacks; nil when the two are the same bytes.
    static func firstDifference(_ printed: Substring, from issued: Substring) -> (number: Int, text: String?)? {
        let (have, want) = (cut(printed), cut(issued))
        for index in 0..<max(have.count, want.count) {
            let line = index < have.count ? have[index] : nil
            if let line, index < want.count, line.utf8.elementsEqual(want[index].utf8) { continue }
            // What follows the last line feed is no line when the issued text goes on: the file ends there.
            let ended = line == nil || (index == have.count - 1 && line!.isEmpty && index < want.count)
            return (index + 1, ended ? nil : String(line!))
        }
        return nil
    }

    private static func cut(_ text: Substring) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Substring.init)
    }
}
