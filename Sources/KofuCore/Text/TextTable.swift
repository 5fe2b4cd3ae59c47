/// A plain-text table for the command line, aligned by display width so that Japanese names line up.
public enum TextTable {
    /// Columns named in `rightAligned` are padded on the left (numbers, amounts). A `footer` (a total) comes after
    /// a rule of ASCII hyphens: box-drawing lines are ambiguous-width and would break the alignment in a CJK-wide
    /// terminal.
    /// Cells hold stored text, which is shown plain (`PlainText.shown`): a row written by another tool cannot send
    /// the terminal an escape sequence.
    public static func render(header: [String], rows storedRows: [[String]], rightAligned: Set<String> = [],
                              footer: [String]? = nil) -> String {
        let rows = storedRows.map { $0.map(PlainText.shown) }
        let all = [header] + rows + (footer.map { [$0] } ?? [])
        let widths = header.indices.map { i in all.map { i < $0.count ? DisplayWidth.of($0[i]) : 0 }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            var line = ""
            for i in header.indices {
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
                line += (i > 0 ? "  " : "") + (rightAligned.contains(header[i]) ? pad + cell : cell + pad)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }
        let body = ([header] + rows).map(line).joined()
        guard let footer else { return body }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1))
        return body + rule + "\n" + line(footer)
    }
}
