import Foundation

/// One line of the bench's table: Kofu's figure beside its peer's, measured in the same run.
public struct Figure: Codable, Sendable {
    public var figure: String
    public var unit: String
    public var kofu: Double
    public var peer: Double? = nil
    public var peerName: String? = nil
    /// Kofu's figure over the peer's (for a rate, higher is better; for a time or a size, lower is).
    public var ratio: Double? = nil
    /// How many measurements the figure sums up: timed runs of a command, or samples of a latency; 1 for a rate
    /// taken over one timed loop.
    public var runs: Int
    /// Kofu's lowest and highest measurement (for a latency, its fastest and slowest sample).
    public var spread: [Double]
    public var target: String
    /// Whether the target holds, read from the figures (nil where the target is only to be stated).
    public var meets: Bool?
}

public struct Machine: Codable, Sendable {
    public var cpu: String
    public var cores: Int
    public var memoryMegabytes: Int
    public var system: String

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) }
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return Machine(cpu: model ?? "unknown", cores: ProcessInfo.processInfo.activeProcessorCount,
                       memoryMegabytes: Int(ProcessInfo.processInfo.physicalMemory / 1_048_576),
                       system: "Linux \(release)")
    }
}

public struct BenchReport: Codable, Sendable {
    public var date: String
    public var build: String
    public var quick: Bool
    public var machine: Machine
    public var figures: [Figure]

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// The table as the README shows it (Markdown, readable as plain text too).
    public var table: String {
        var lines = ["| figure | Kofu | peer | ratio | runs | spread | target | met |",
                     "|---|---:|---:|---:|---:|---|---|---|"]
        for f in figures {
            let peer = f.peer.map { "\(Self.number($0)) (\(f.peerName ?? ""))" } ?? "–"
            let ratio = f.ratio.map { String(format: "%.2f×", $0) } ?? "–"
            let spread = f.spread.map(Self.number).joined(separator: "–")
            let met = f.meets.map { $0 ? "yes" : "no" } ?? "stated"
            lines.append("| \(f.figure) (\(f.unit)) | \(Self.number(f.kofu)) | \(peer) | \(ratio) | \(f.runs) | "
                         + "\(spread) | \(f.target) | \(met) |")
        }
        return lines.joined(separator: "\n") + "\n\nMachine: \(machine.cpu), \(machine.cores) cores, "
            + "\(machine.memoryMegabytes) MB, \(machine.system); \(build) build\(quick ? ", --quick" : ""), \(date).\n"
    }

    static func number(_ value: Double) -> String {
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }
}
