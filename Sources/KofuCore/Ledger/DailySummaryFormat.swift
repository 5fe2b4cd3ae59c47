import Foundation

/// The 日計表 as `kofu report daily` prints it: tables for people, CSV for spreadsheets, JSON for scripts. Each
/// gives the ledger lines, their totals per channel, per certificate kind and for the day, and the tills closed.
public enum DailySummaryFormat {
    /// Totals of some lines; `net` is the cash they leave (charges less refunds; exemptions are 0 yen).
    struct Totals: Encodable {
        var issued = 0, copies = 0, amount = 0, exemptions = 0, refunds = 0, refunded = 0
        var net: Int { amount + refunded }

        init(_ lines: [DailySummary.Line]) {
            for line in lines {
                issued += line.issued
                copies += line.copies
                amount += line.amount
                exemptions += line.exemptions
                refunds += line.refunds
                refunded += line.refunded
            }
        }

        var values: [Int] { [issued, copies, amount, exemptions, refunds, refunded, net] }
        var fields: [String] { values.map(String.init) }
        var digits: [String] { values.map(Yen.digits) }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            for (key, value) in zip(Self.keys, values) {
                try c.encode(value, forKey: Key(key))
            }
        }

        static let keys = ["issued", "copies", "amount", "exemptions", "refunds", "refunded", "net"]
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// One row of any section: a ledger line (channel and kind), a channel's or a kind's totals, or the day's.
    struct Group {
        var section: String
        var channel: Channel?
        var kind: CertificateKind?
        var totals: Totals
    }

    static func groups(_ summary: DailySummary) -> [Group] {
        let lines = summary.lines
        let channels = lines.map(\.channel).reduce(into: [Channel]()) { if !$0.contains($1) { $0.append($1) } }
        let kinds = CertificateKind.allCases.filter { kind in lines.contains { $0.kind == kind } }
        return lines.map { Group(section: "line", channel: $0.channel, kind: $0.kind, totals: Totals([$0])) }
            + channels.map { channel in
                Group(section: "channel", channel: channel, totals: Totals(lines.filter { $0.channel == channel }))
            }
            + kinds.map { kind in Group(section: "kind", kind: kind, totals: Totals(lines.filter { $0.kind == kind })) }
            + [Group(section: "day", totals: Totals(lines))]
    }

    static let closeColumns = ["terminal", "staff", "float", "expected", "counted", "difference", "closed_at"]

    /// For people: amounts with thousands separators, kinds by the name printed on the certificate, times in
    /// Japan time; every section ends with its total.
    public static func table(_ summary: DailySummary) -> String {
        let numeric = Set(Totals.keys + ["float", "expected", "counted", "difference"])
        let day = Totals(summary.lines)
        let closes = summary.closes
        let allTills = DailySummary.Close(terminal: "total", staffID: "",
                                          changeFloat: closes.reduce(0) { $0 + $1.changeFloat },
                                          expectedCash: closes.reduce(0) { $0 + $1.expectedCash },
                                          countedCash: closes.reduce(0) { $0 + $1.countedCash }, closedAt: "")
        let closeTable = TextTable.render(header: closeColumns, rows: closes.map(closeRow), rightAligned: numeric,
                                          footer: closeRow(allTills))
        return "日計表 daily summary \(summary.businessDate)\n\n" + sections(summary)
            + (closes.isEmpty ? "no window till closed\n" : closeTable)
            + "\nday: \(day.issued) issued, \(day.exemptions) exempt, \(day.refunds) refunded, "
            + "net \(Yen.digits(day.net)) yen\n"
    }

    /// The lines, then their totals per channel and per kind, each table ending with the grand total.
    static func sections(_ summary: DailySummary) -> String {
        let groups = groups(summary)
        let all = groups.last!.totals
        func name(_ kind: CertificateKind?) -> String { kind?.printedName ?? "" }
        func section(_ section: String, _ label: [String], _ key: (Group) -> [String]) -> String {
            TextTable.render(header: label + Totals.keys,
                             rows: groups.filter { $0.section == section }.map { key($0) + $0.totals.digits },
                             rightAligned: Set(Totals.keys),
                             footer: ["total"] + Array(repeating: "", count: label.count - 1) + all.digits)
        }
        return section("line", ["channel", "kind"]) { [$0.channel?.rawValue ?? "", name($0.kind)] } + "\n"
            + section("channel", ["channel"]) { [$0.channel?.rawValue ?? ""] } + "\n"
            + section("kind", ["kind"]) { [name($0.kind)] } + "\n"
    }

    static func closeRow(_ c: DailySummary.Close) -> [String] {
        [c.terminal, c.staffID] + [c.changeFloat, c.expectedCash, c.countedCash, c.difference].map(Yen.digits)
            + [LedgerTime.minute(c.closedAt)]
    }

    static let csvColumns = ["business_date", "section", "channel", "kind", "terminal", "staff"] + Totals.keys
        + ["change_float", "expected_cash", "counted_cash", "difference", "closed_at"]

    /// One header for every row; a row leaves empty what its section does not have. Channels and kinds are the
    /// stable codes the README lists; amounts are plain integers; times are ISO-8601 in Japan time.
    public static func csv(_ summary: DailySummary) -> String {
        let date = summary.businessDate
        let totals = groups(summary).map { g in
            [date, g.section, g.channel?.rawValue ?? "", g.kind?.rawValue ?? "", "", ""] + g.totals.fields
                + ["", "", "", "", ""]
        }
        let closes = summary.closes.map { c in
            [date, "close", "window", "", c.terminal, c.staffID] + Array(repeating: "", count: Totals.keys.count)
                + [String(c.changeFloat), String(c.expectedCash), String(c.countedCash), String(c.difference),
                   LedgerTime.iso(c.closedAt)]
        }
        let rows = [csvColumns] + totals + closes
        return rows.map { $0.map(LedgerFormat.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    struct Report: Encodable {
        struct Line: Encodable {
            var channel: Channel?
            var kind: CertificateKind?
            var totals: Totals

            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                if let channel { try c.encode(channel.rawValue, forKey: Key("channel")) }
                if let kind { try c.encode(kind.rawValue, forKey: Key("kind")) }
                try totals.encode(to: encoder)
            }
        }

        struct Close: Encodable {
            var close: DailySummary.Close

            func encode(to encoder: any Encoder) throws {
                var shown = close
                shown.terminal = PlainText.shown(close.terminal)
                shown.staffID = PlainText.shown(close.staffID)
                shown.closedAt = LedgerTime.iso(close.closedAt)
                try shown.encode(to: encoder)
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(close.difference, forKey: Key("difference"))
            }
        }

        var businessDate: String
        var lines, channels, kinds: [Line]
        var day: Totals
        var closes: [Close]
    }

    /// Keys sorted; the same summary always gives the same bytes. Codes and times as in the CSV.
    public static func json(_ summary: DailySummary) throws -> String {
        let groups = groups(summary)
        func lines(_ section: String) -> [Report.Line] {
            groups.filter { $0.section == section }.map {
                Report.Line(channel: $0.channel, kind: $0.kind, totals: $0.totals)
            }
        }
        let report = Report(businessDate: summary.businessDate, lines: lines("line"), channels: lines("channel"),
                            kinds: lines("kind"), day: groups.last!.totals,
                            closes: summary.closes.map(Report.Close.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
