/// Issuances counted slot by slot (the hours of a day, the days of a month, the months of a year) for reports and
/// charts: in each slot, per channel and certificate kind, the issuances made (charged or exempted), their copies
/// and the net yen (charges less refunds). Every slot asked for is there, empty ones too, so a chart has no gaps.
public struct IssuanceSeries: Equatable, Codable, Sendable {
    public struct Count: Equatable, Codable, Sendable {
        public var channel: Channel
        public var kind: CertificateKind
        public var issued: Int
        public var copies: Int
        public var yen: Int
    }

    public struct Slot: Equatable, Codable, Sendable {
        /// `2026-11-03`, `09` or `2026-11`.
        public var label: String
        /// Channel and kind with any row, kiosk before window and kinds in the city's order.
        public var counts: [Count]

        public var issued: Int { counts.reduce(0) { $0 + $1.issued } }
        public var yen: Int { counts.reduce(0) { $0 + $1.yen } }
    }

    public var slots: [Slot]

    /// `entries` into the slots `labels` name, each entry where `slot` says (entries outside every label left out).
    public init(_ entries: [LedgerEntry], labels: [String], slot: (LedgerEntry) -> String) {
        var grouped: [String: [LedgerEntry]] = [:]
        for entry in entries { grouped[slot(entry), default: []].append(entry) }
        slots = labels.map { label in
            let rows = grouped[label] ?? []
            let counts = [Channel.kiosk, .window].flatMap { channel in
                CertificateKind.allCases.compactMap { kind -> Count? in
                    let mine = rows.filter { $0.channel == channel && $0.kind == kind }
                    guard !mine.isEmpty else { return nil }
                    let made = mine.filter { $0.entryType != .refund }
                    return Count(channel: channel, kind: kind, issued: made.count,
                                 copies: made.reduce(0) { $0 + $1.copies }, yen: mine.reduce(0) { $0 + $1.amount })
                }
            }
            return Slot(label: label, counts: counts)
        }
    }

    /// The hour of the day (Japan time) an entry was written, `00`…`23`.
    public static func hour(_ entry: LedgerEntry) -> String {
        String(LedgerTime.iso(entry.createdAt).dropFirst(11).prefix(2))
    }

    public static let hours = (0..<24).map { $0 < 10 ? "0\($0)" : "\($0)" }
}
