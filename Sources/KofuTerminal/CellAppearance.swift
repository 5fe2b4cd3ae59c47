/// How a `CellStyle` looks on a real terminal, before it becomes ncurses attribute bits; kept apart so the
/// choice is testable without a terminal.
struct CellAppearance: Equatable {
    /// Color pairs the session initialises when the terminal has colors; 0 is the terminal's default pair.
    enum ColorPair: Int16 {
        case warning = 1
        case highlight = 2
        /// A chart's series, by certificate kind: the pairs after these two, one a series.
        case series0, series1, series2, series3, series4, series5

        static let series: [ColorPair] = [.series0, .series1, .series2, .series3, .series4, .series5]
    }

    var bold = false
    var reverse = false
    var dim = false
    var colorPair: ColorPair?

    init(bold: Bool = false, reverse: Bool = false, dim: Bool = false, colorPair: ColorPair? = nil) {
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.colorPair = colorPair
    }

    /// Without colors a warning still has to stand out, so it falls back to bold; a highlight falls back to
    /// reverse video, which every terminal has.
    init(_ style: CellStyle, hasColors: Bool) {
        switch style {
        case .normal: self.init()
        case .bold: self.init(bold: true)
        case .dim: self.init(dim: true)
        case .reverse: self = hasColors ? .init(bold: true, colorPair: .highlight) : .init(reverse: true)
        case .warning: self = hasColors ? .init(bold: true, colorPair: .warning) : .init(bold: true)
        case .series(let index):
            self = hasColors ? .init(colorPair: ColorPair.series[index % ColorPair.series.count]) : .init()
        }
    }
}
