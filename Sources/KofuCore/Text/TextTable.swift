/// A plain-text table for the command line, aligned by display width so that Japanese names line up.
public enum TextTable {
    /// Columns named in `rightAligned` are padded on the left (numbers, amounts).
    public static func render(header: [String], rows: [[String]], rightAligned: Set<String> = []) -> String {
        let all = [header] + rows
        let widths = header.indices.map { i in all.map { i < $0.count ? DisplayWidth.of($0[i]) : 0 }.max() ?? 0 }
        return all.map { row in
            var line = ""
            for i in header.indices {
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
                line += (i > 0 ? "  " : "") + (rightAligned.contains(header[i]) ? pad + cell : cell + pad)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }.joined()
    }
}
