import KofuCore

/// What the terminal shows instead of the program while it is smaller than the program's layout: a request to
/// enlarge it, in Japanese and English, centered in whatever room there is.
public enum TooSmallNotice {
    public static func grid(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> Grid {
        var grid = Grid(width: max(width, 0), height: max(height, 0))
        let lines = [
            "画面を大きくしてください（\(minimumWidth)×\(minimumHeight) 以上）",
            "Please enlarge the terminal to at least \(minimumWidth)×\(minimumHeight) (now \(width)×\(height))",
        ]
        let top = max((height - lines.count) / 2, 0)
        for (offset, line) in lines.enumerated() {
            // Too wide to center: start at the left edge so the beginning stays readable.
            let left = max((width - DisplayWidth.of(line)) / 2, 0)
            grid.put(line, row: top + offset, column: left, style: offset == 0 ? .bold : .normal)
        }
        return grid
    }
}
