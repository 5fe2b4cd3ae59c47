/// Stacked bars for a chart drawn in terminal cells: a bar per slot (an hour, a day, a month), its segments from
/// the bottom up. A segment belongs to one of a few series (a colour where the terminal has colours) and is solid or
/// shaded, so that two stacks of the same colour (kiosk and window) still differ on a terminal without colours.
public struct BarChart: Equatable, Sendable {
    public struct Segment: Equatable, Sendable {
        public var series: Int
        public var shaded: Bool
        public var value: Int

        public init(series: Int, shaded: Bool, value: Int) {
            self.series = series
            self.shaded = shaded
            self.value = value
        }
    }

    public struct Bar: Equatable, Sendable {
        public var label: String
        public var segments: [Segment]

        public init(label: String, segments: [Segment]) {
            self.label = label
            self.segments = segments
        }

        public var total: Int { segments.reduce(0) { $0 + $1.value } }
    }

    /// What a series and shading stand for, under the bars.
    public struct Key: Equatable, Sendable {
        public var series: Int
        public var shaded: Bool
        public var label: String

        public init(series: Int, shaded: Bool, label: String) {
            self.series = series
            self.shaded = shaded
            self.label = label
        }
    }

    public var bars: [Bar]
    public var keys: [Key]
    /// Rows of cells the tallest bar fills.
    public var rows: Int

    public init(bars: [Bar], keys: [Key], rows: Int) {
        self.bars = bars
        self.keys = keys
        self.rows = rows
    }
}
