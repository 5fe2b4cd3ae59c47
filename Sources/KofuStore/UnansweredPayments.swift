import Foundation

/// The payments a terminal asked the center for and has not yet seen through, one small file per request key in
/// a hidden folder of its spool. A key is written, and flushed, before its request leaves; it records the
/// issuance once the answer comes, and that the copies are on paper if the center could not be told; it is
/// removed once the center knows how the payment ended (printed, or refunded). What is left after a lost answer,
/// a timeout or a killed terminal is settled when the center can be reached again: withdrawn while nothing is on
/// paper, reported printed when something is.
public struct UnansweredPayments: Sendable {
    public enum State: Equatable, Sendable {
        /// Sent; no answer yet.
        case sent
        /// Answered with this issuance and its serials; not yet known to be printed or refunded.
        case issued(Int64, serials: [String])
        /// On paper at the terminal; the center not yet told.
        case printed(Int64, serials: [String])
        /// A file that says none of these: left for the operator, never withdrawn on a guess.
        case unreadable
    }

    let spool: URL
    let directory: URL

    /// One folder per terminal: two terminals sharing a spool never settle each other's payments.
    public init(spool: URL, terminal: String) {
        self.spool = spool
        directory = spool.appendingPathComponent(".unanswered").appendingPathComponent(terminal)
    }

    public func record(_ key: String) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try write(.sent, key)
    }

    /// Replaces a key's state whole: written beside it, flushed, renamed over it, so that a crash leaves the old
    /// state or the new one, never an empty file.
    public func write(_ state: State, _ key: String) throws {
        let text = switch state {
        case .sent: "sent"
        case .issued(let id, let serials): "issued \(id) \(serials.joined(separator: ","))"
        case .printed(let id, let serials): "printed \(id) \(serials.joined(separator: ","))"
        case .unreadable: "unreadable"
        }
        let staged = directory.appendingPathComponent(".\(key).next")
        try DurableFile.write(text, to: staged)
        guard rename(staged.path, directory.appendingPathComponent(key).path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: staged.path])
        }
        try DurableFile.syncDirectory(directory)
    }

    public func settled(_ key: String) {
        try? FileManager.default.removeItem(at: directory.appendingPathComponent(key))
    }

    /// The keys still open with their states, oldest first.
    public func entries() -> [(key: String, state: State)] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { !$0.hasPrefix(".") }
        return names.compactMap { name -> (String, State, Date)? in
            let url = directory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            let date = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
            return (name, Self.state(text), date ?? .distantPast)
        }.sorted { $0.2 < $1.2 }.map { ($0.0, $0.1) }
    }

    /// The copies of an answered payment that are whole in the spool: the terminal died after printing them and
    /// before it could say so, and they stand.
    public func sealed(_ serials: [String]) -> [String] {
        // The seal is written last, so a readable one under the text means the copy was printed to the end.
        serials.filter { serial in
            (try? String(contentsOf: spool.appendingPathComponent("\(serial).txt"), encoding: .utf8))
                .flatMap { SealedDocument(printed: $0)?.seal } != nil
        }
    }

    /// The key an issuance was paid under, if it is still open.
    public func key(of issuanceID: Int64) -> String? {
        entries().first { entry in
            switch entry.state {
            case .issued(let id, _), .printed(let id, _): id == issuanceID
            case .sent, .unreadable: false
            }
        }?.key
    }

    static func state(_ text: String) -> State {
        let parts = text.split(separator: " ")
        switch (parts.first, parts.count) {
        case ("sent", 1): return .sent
        case ("issued", 3), ("printed", 3):
            guard let id = Int64(parts[1]) else { return .unreadable }
            let serials = parts[2].split(separator: ",").map(String.init)
            return parts[0] == "issued" ? .issued(id, serials: serials) : .printed(id, serials: serials)
        default: return .unreadable
        }
    }
}
