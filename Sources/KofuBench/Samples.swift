/// Repeated measurements of one quantity, read as a median with its percentiles and spread.
public struct Samples: Sendable, Codable, Equatable {
    public private(set) var values: [Double]

    public init(_ values: [Double] = []) {
        self.values = values
    }

    public mutating func add(_ value: Double) {
        values.append(value)
    }

    public var count: Int { values.count }

    /// Nearest-rank percentile (`p` from 0 to 100); 0 for no samples.
    public func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    public var median: Double { percentile(50) }
    public var minimum: Double { values.min() ?? 0 }
    public var maximum: Double { values.max() ?? 0 }
}
