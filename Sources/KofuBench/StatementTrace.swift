import Foundation

/// The statements a connection ran, recorded as the C peer replays them: each distinct text once, then every run
/// with its values. SQLite reports a run as the text with `?` placeholders and the same text with the values
/// written in; lining the two up gives the values back without reaching into the statement.
final class StatementTrace: @unchecked Sendable {
    enum Value: Equatable {
        case null
        case integer(Int64)
        case real(String)
        case text(String)
        case blob(String)
    }

    private let lock = NSLock()
    private var indexes: [String: Int] = [:]
    private var output = Data()
    private var problem: String?

    /// Called for each statement run; a trigger's statements (reported as `-- name`) run inside their statement.
    func record(sql: String, expanded: String) {
        guard !sql.hasPrefix("--") else { return }
        lock.lock()
        defer { lock.unlock() }
        guard problem == nil else { return }
        do {
            let values = try Self.values(template: sql, expanded: expanded)
            let index = indexes[sql] ?? {
                let index = indexes.count
                indexes[sql] = index
                output.append(Data("T \(index) \(sql.utf8.count)\n\(sql)\n".utf8))
                return index
            }()
            output.append(Data("X \(index) \(values.count)\n".utf8))
            for value in values {
                switch value {
                case .null: output.append(Data("N\n".utf8))
                case .integer(let number): output.append(Data("I \(number)\n".utf8))
                case .real(let number): output.append(Data("R \(number)\n".utf8))
                case .text(let text): output.append(Data("S \(text.utf8.count)\n\(text)\n".utf8))
                case .blob(let hex): output.append(Data("B \(hex.utf8.count)\n\(hex)\n".utf8))
                }
            }
        } catch {
            problem = "\(error)"
        }
    }

    func write(to url: URL) throws {
        lock.lock()
        defer { lock.unlock() }
        if let problem { throw BenchError.unreadableTrace(problem) }
        try output.write(to: url)
    }

    /// The values bound to `template`'s parameters, in parameter order (`?`, `?NNN` and `:name`, numbered as SQLite
    /// numbers them), read from `expanded`.
    static func values(template: String, expanded: String) throws -> [Value] {
        let t = Array(template.utf8), e = Array(expanded.utf8)
        var i = 0, j = 0
        var byIndex: [Int: Value] = [:]
        var names: [String: Int] = [:]
        func mismatch() -> BenchError { .unreadableTrace("cannot line up \(template.prefix(80))") }
        while i < t.count {
            switch t[i] {
            case UInt8(ascii: "'"):
                let end = quotedEnd(t, from: i)
                guard j + (end - i) <= e.count, Array(t[i..<end]) == Array(e[j..<(j + end - i)]) else { throw mismatch() }
                j += end - i
                i = end
            case let byte where byte == UInt8(ascii: "?") || (byte == UInt8(ascii: ":") && isNameStart(t, i + 1)):
                var k = i + 1
                while k < t.count, t[k] == UInt8(ascii: "_") || (t[k] >= 0x30 && t[k] <= 0x39)
                    || (t[k] | 0x20 >= 0x61 && t[k] | 0x20 <= 0x7A) { k += 1 }
                let name = String(decoding: t[(i + 1)..<k], as: UTF8.self)
                let index: Int
                if t[i] == UInt8(ascii: "?"), let number = Int(name) {
                    index = number
                } else if t[i] == UInt8(ascii: "?") {
                    index = (byIndex.keys.max() ?? 0) + 1
                } else {
                    index = names[name] ?? (byIndex.keys.max() ?? 0) + 1
                    names[name] = index
                }
                let (value, next) = try literal(e, at: j, mismatch: mismatch)
                byIndex[index] = value
                j = next
                i = k
            default:
                guard j < e.count, t[i] == e[j] else { throw mismatch() }
                i += 1
                j += 1
            }
        }
        guard j == e.count else { throw mismatch() }
        let count = byIndex.keys.max() ?? 0
        return try (0..<count).map { index in
            guard let value = byIndex[index + 1] else { throw mismatch() }
            return value
        }
    }

    private static func isNameStart(_ bytes: [UInt8], _ k: Int) -> Bool {
        k < bytes.count && (bytes[k] == UInt8(ascii: "_") || (bytes[k] | 0x20 >= 0x61 && bytes[k] | 0x20 <= 0x7A))
    }

    private static func quotedEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var k = start + 1
        while k < bytes.count {
            if bytes[k] == UInt8(ascii: "'") {
                if k + 1 < bytes.count, bytes[k + 1] == UInt8(ascii: "'") { k += 2; continue }
                return k + 1
            }
            k += 1
        }
        return k
    }

    /// A value as `sqlite3_expanded_sql` writes it.
    private static func literal(_ e: [UInt8], at j: Int, mismatch: () -> BenchError) throws -> (Value, Int) {
        guard j < e.count else { throw mismatch() }
        if e[j...].starts(with: Array("NULL".utf8)) { return (.null, j + 4) }
        if e[j] == UInt8(ascii: "'") {
            let end = quotedEnd(e, from: j)
            let text = String(decoding: e[(j + 1)..<(end - 1)], as: UTF8.self).replacingOccurrences(of: "''", with: "'")
            return (.text(text), end)
        }
        if e[j] | 0x20 == UInt8(ascii: "x"), j + 1 < e.count, e[j + 1] == UInt8(ascii: "'") {
            let end = quotedEnd(e, from: j + 1)
            return (.blob(String(decoding: e[(j + 2)..<(end - 1)], as: UTF8.self)), end)
        }
        var k = j
        if k < e.count, e[k] == UInt8(ascii: "-") { k += 1 }
        while k < e.count, (e[k] >= 0x30 && e[k] <= 0x39) || e[k] == UInt8(ascii: ".") || e[k] | 0x20 == UInt8(ascii: "e")
            || ((e[k] == UInt8(ascii: "+") || e[k] == UInt8(ascii: "-")) && e[k - 1] | 0x20 == UInt8(ascii: "e")) { k += 1 }
        let number = String(decoding: e[j..<k], as: UTF8.self)
        if let integer = Int64(number) { return (.integer(integer), k) }
        guard Double(number) != nil else { throw mismatch() }
        return (.real(number), k)
    }
}
