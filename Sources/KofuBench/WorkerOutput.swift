import Foundation

/// What a bench worker process (`kofu bench issue-worker`, `pin-worker`) prints and the bench reads back: the timed
/// loop's wall milliseconds on the first line, then each operation's milliseconds, one a line.
struct WorkerOutput {
    var wallMilliseconds: Double
    var latencies: [Double]

    init(wallMilliseconds: Double, latencies: [Double]) {
        self.wallMilliseconds = wallMilliseconds
        self.latencies = latencies
    }

    init(_ printed: String) throws {
        let lines = printed.split(separator: "\n")
        guard let first = lines.first, let wall = Double(first) else {
            throw BenchError.missing("a bench worker's figures (it printed: \(printed.prefix(200)))")
        }
        wallMilliseconds = wall
        latencies = lines.dropFirst().compactMap { Double($0) }
    }

    /// Times `count` runs of `operation`, each followed by an untimed `after` that the wall time still counts.
    static func timing(_ count: Int, after: () throws -> Void = {}, _ operation: () throws -> Void) rethrows
        -> WorkerOutput {
        var latencies: [Double] = []
        latencies.reserveCapacity(count)
        let start = ContinuousClock.now
        for _ in 0..<count {
            let began = ContinuousClock.now
            try operation()
            latencies.append((ContinuousClock.now - began).milliseconds)
            try after()
        }
        return WorkerOutput(wallMilliseconds: (ContinuousClock.now - start).milliseconds, latencies: latencies)
    }

    var text: String {
        ([wallMilliseconds] + latencies).map { String(format: "%.4f", $0) }.joined(separator: "\n") + "\n"
    }

    var perSecond: Double { Double(latencies.count) / wallMilliseconds * 1000 }
}
