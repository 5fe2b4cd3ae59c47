import Foundation

/// The ledger as `kofu ledger` prints it: an aligned table for people, CSV for spreadsheets, JSON for scripts.
public enum LedgerFormat {
    static let columns = ["id", "type", "business_date", "created_at", "channel", "terminal", "kind", "copies",
                          "unit_fee", "amount", "issuance", "refers_to", "reason"]
    /// Right-aligned in the table, so that yen amounts line up.
    static let numericColumns: Set<String> = ["id", "copies", "unit_fee", "amount", "issuance", "refers_to"]

    static func fields(_ e: LedgerEntry) -> [String] {
        [String(e.id), e.entryType.rawValue, e.businessDate, e.createdAt, e.channel.rawValue, e.terminal,
         e.kind.rawValue, String(e.copies), String(e.unitFee), String(e.amount),
         e.issuanceID.map { String($0) } ?? "", e.referencesLedgerID.map { String($0) } ?? "", e.reason ?? ""]
    }

    public static func table(_ entries: [LedgerEntry]) -> String {
        let total = entries.reduce(0) { $0 + $1.amount }
        return TextTable.render(header: columns, rows: entries.map(fields), rightAligned: numericColumns)
            + "\(entries.count) \(entries.count == 1 ? "entry" : "entries"), total \(total) yen\n"
    }

    public static func csv(_ entries: [LedgerEntry]) -> String {
        let rows = [columns] + entries.map(fields)
        return rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Keys sorted, one entry per array element; the same entries always give the same bytes.
    public static func json(_ entries: [LedgerEntry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
