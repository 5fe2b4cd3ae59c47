import Foundation

/// The ledger as `kofu ledger` prints it: an aligned table for people, CSV for spreadsheets, JSON for scripts.
public enum LedgerFormat {
    static let columns = ["id", "type", "business_date", "created_at", "channel", "terminal", "kind", "copies",
                          "unit_fee", "amount", "issuance", "refers_to", "reason"]
    /// Right-aligned in the table, so that yen amounts line up.
    static let numericColumns: Set<String> = ["id", "copies", "unit_fee", "amount", "issuance", "refers_to"]

    /// `yen` writes the fee and amount columns: with thousands separators for people, plain for machines.
    static func fields(_ e: LedgerEntry, yen: (Int) -> String = String.init) -> [String] {
        [String(e.id), e.entryType.rawValue, e.businessDate, LedgerTime.iso(e.createdAt), e.channel.rawValue,
         e.terminal, e.kind.rawValue, String(e.copies), yen(e.unitFee), yen(e.amount),
         e.issuanceID.map { String($0) } ?? "", e.referencesLedgerID.map { String($0) } ?? "", e.reason ?? ""]
    }

    public static func table(_ entries: [LedgerEntry]) -> String {
        let total = entries.reduce(0) { $0 + $1.amount }
        return TextTable.render(header: columns, rows: entries.map { fields($0, yen: Yen.digits) },
                                rightAligned: numericColumns)
            + "\(entries.count) \(entries.count == 1 ? "entry" : "entries"), total \(Yen.digits(total)) yen\n"
    }

    public static func csv(_ entries: [LedgerEntry]) -> String {
        entries.reduce(into: csvHeader) { $0 += csvLine($1) }
    }

    /// The CSV's first line; `csvLine` writes each entry's, so an export can be written row by row.
    public static var csvHeader: String { columns.map(csvField).joined(separator: ",") + "\r\n" }

    public static func csvLine(_ entry: LedgerEntry) -> String {
        var line = ""
        line.reserveCapacity(160)
        for (index, field) in fields(entry).enumerated() {
            if index > 0 { line.append(",") }
            line.append(csvField(field))
        }
        line.append("\r\n")
        return line
    }

    /// Keys sorted, one entry per array element; the same entries always give the same bytes. Times in Japan time,
    /// as in the table and CSV.
    public static func json(_ entries: [LedgerEntry]) throws -> String {
        let shown = entries.map { entry in
            var entry = entry
            entry.terminal = PlainText.shown(entry.terminal)
            entry.reason = entry.reason.map(PlainText.shown)
            entry.createdAt = LedgerTime.iso(entry.createdAt)
            return entry
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(shown), as: UTF8.self) + "\n"
    }

    /// Stored text is shown plain (`PlainText.shown`) before it is quoted: a CSV file is often read on a terminal.
    static func csvField(_ stored: String) -> String {
        let value = PlainText.shown(stored)
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
