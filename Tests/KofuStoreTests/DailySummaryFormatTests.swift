import Foundation
import KofuCore
import KofuTestSupport
import Testing

@Suite struct DailySummaryFormatTests {
    static let summary = DailySummary(
        businessDate: "2026-11-25",
        lines: [
            .init(channel: .kiosk, kind: .residentRecord, issued: 2, copies: 3, amount: 450, exemptions: 0, refunds: 0,
                  refunded: 0),
            .init(channel: .window, kind: .residentRecord, issued: 1, copies: 1, amount: 300, exemptions: 1, refunds: 1,
                  refunded: -300),
            .init(channel: .window, kind: .taxPayment, issued: 2, copies: 2, amount: 600, exemptions: 0, refunds: 0,
                  refunded: 0),
        ],
        closes: [.init(terminal: "W-01", staffID: "S001", changeFloat: 10_000, expectedCash: 10_600, countedCash: 10_500,
                       closedAt: "2026-11-25T08:05:00Z")])

    /// A day big enough for thousands separators, with two tills closed.
    static let busyDay = DailySummary(
        businessDate: "2026-11-25",
        lines: [
            .init(channel: .kiosk, kind: .incomeTax, issued: 40, copies: 84, amount: 12_600, exemptions: 0, refunds: 1,
                  refunded: -150),
            .init(channel: .window, kind: .business, issued: 4, copies: 5, amount: 1_500, exemptions: 0, refunds: 0,
                  refunded: 0),
        ],
        closes: [.init(terminal: "W-01", staffID: "S001", changeFloat: 30_000, expectedCash: 31_200, countedCash: 31_200,
                       closedAt: "2026-11-25T07:30:00Z"),
                 .init(terminal: "W-02", staffID: "S002", changeFloat: 30_000, expectedCash: 30_300, countedCash: 31_300,
                       closedAt: "2026-11-25T08:05:00Z")])

    static func table(_ summary: DailySummary) throws -> [String] {
        DailySummaryFormat.table(summary).split(separator: "\n").map(String.init)
    }

    /// The display column where `text` ends on `line`, to show that right-aligned cells share their last column.
    static func end(of text: String, in line: String) -> Int? {
        line.range(of: text).map { DisplayWidth.of(String(line[..<$0.upperBound])) }
    }

    @Test func tableTotalsPerChannelPerKindAndShowsTheCloseDifference() throws {
        let lines = try Self.table(Self.summary)
        #expect(lines[0] == "日計表 daily summary 2026-11-25")
        #expect(lines.contains { $0.hasPrefix("kiosk ") && $0.hasSuffix(" 450") && !$0.contains("住民票") })
        #expect(lines.contains { $0.hasPrefix("window ") && $0.hasSuffix(" 600") && !$0.contains("納税") },
                "window net: 300 + 600 - 300")
        #expect(lines.contains { $0.hasPrefix("住民票の写し ") && $0.hasSuffix(" 450") }, "kind net across channels")
        #expect(!lines.contains { $0.contains("residentRecord") || $0.contains("taxPayment") })
        let close = lines.first { $0.hasPrefix("W-01") }
        #expect(close?.contains(" -100 ") == true)
        #expect(lines.last == "day: 5 issued, 1 exempt, 1 refunded, net 1,050 yen")
    }

    @Test func tableNamesKindsAsPrintedAndGroupsThousands() throws {
        let lines = try Self.table(Self.busyDay)
        let income = try #require(lines.first { $0.hasPrefix("kiosk") && $0.contains("所得・課税証明書") })
        #expect(income.contains(" 12,600 ") && income.contains(" -150") && income.hasSuffix(" 12,450"))
        #expect(lines.contains { $0.hasPrefix("営業証明書 ") && $0.hasSuffix(" 1,500") })
        #expect(lines.last == "day: 44 issued, 0 exempt, 1 refunded, net 13,950 yen")
    }

    @Test func everySectionEndsWithATotalRowUnderARule() throws {
        let lines = try Self.table(Self.busyDay)
        let totals = lines.indices.filter { lines[$0].hasPrefix("total ") }
        #expect(totals.count == 4, "lines, channels, kinds and tills")
        for index in totals {
            #expect(Set(lines[index - 1]) == ["-"], "a rule above \(lines[index])")
        }
        let cells = totals.map { lines[$0].split(separator: " ") }
        for row in cells.prefix(3) {
            #expect(row == ["total", "44", "89", "14,100", "0", "1", "-150", "13,950"], "the day's totals")
        }
        #expect(cells.last == ["total", "60,000", "61,500", "62,500", "1,000"], "tills: float, expected, counted, difference")
    }

    @Test func tableAmountsAreRightAligned() throws {
        let lines = try Self.table(Self.busyDay)
        let header = try #require(lines.first { $0.hasPrefix("channel  kind") })
        let body = lines[lines.firstIndex(of: header)! + 1..<lines.firstIndex(of: header)! + 5]
        let amountEnd = Self.end(of: "amount", in: header)
        #expect(Self.end(of: " 12,600", in: body[body.startIndex]) == amountEnd)
        #expect(Self.end(of: " 1,500", in: body[body.startIndex + 1]) == amountEnd)
        #expect(Self.end(of: " 14,100", in: body[body.startIndex + 3]) == amountEnd, "the total row too")
    }

    @Test func tableShowsTillClosesInJapanTime() throws {
        let lines = try Self.table(Self.busyDay)
        #expect(lines.contains { $0.hasPrefix("W-01") && $0.hasSuffix(" 2026-11-25 16:30") })
        #expect(lines.contains { $0.hasPrefix("W-02") && $0.hasSuffix(" 2026-11-25 17:05") })
        #expect(!lines.contains { $0.contains("07:30") || $0.contains("Z") })
    }

    @Test func tableSaysWhenNoTillWasClosed() throws {
        let text = DailySummaryFormat.table(DailySummary(businessDate: "2026-11-25", lines: [], closes: []))
        #expect(text.contains("no window till closed") && text.hasSuffix("net 0 yen\n"))
    }

    @Test func csvHasOneHeaderAndARowPerLineTotalAndClose() {
        let rows = DailySummaryFormat.csv(Self.summary).components(separatedBy: "\r\n")
        #expect(rows[0] == "business_date,section,channel,kind,terminal,staff,issued,copies,amount,exemptions,refunds,"
            + "refunded,net,change_float,expected_cash,counted_cash,difference,closed_at")
        #expect(rows[1] == "2026-11-25,line,kiosk,residentRecord,,,2,3,450,0,0,0,450,,,,,")
        #expect(rows.contains("2026-11-25,channel,window,,,,3,3,900,1,1,-300,600,,,,,"))
        #expect(rows.contains("2026-11-25,kind,,taxPayment,,,2,2,600,0,0,0,600,,,,,"))
        #expect(rows.contains("2026-11-25,day,,,,,5,6,1350,1,1,-300,1050,,,,,"))
        #expect(rows.contains("2026-11-25,close,window,,W-01,S001,,,,,,,,10000,10600,10500,-100,2026-11-25T17:05:00+09:00"),
                "codes for channel and kind, plain integers, Japan time")
        let columns = rows.filter { !$0.isEmpty }.map { $0.split(separator: ",", omittingEmptySubsequences: false).count }
        #expect(Set(columns) == [18] && rows.last == "")
    }

    @Test func jsonCarriesLinesTotalsAndClosesWithSortedKeys() throws {
        let json = try DailySummaryFormat.json(Self.summary)
        #expect(json == (try DailySummaryFormat.json(Self.summary)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["businessDate"] as? String == "2026-11-25")
        let channels = try #require(object["channels"] as? [[String: Any]])
        #expect(channels.map { $0["channel"] as? String } == ["kiosk", "window"])
        #expect(channels.map { $0["net"] as? Int } == [450, 600])
        #expect(channels[0]["kind"] == nil)
        let lines = try #require(object["lines"] as? [[String: Any]])
        #expect(lines.count == 3 && lines[1]["refunded"] as? Int == -300 && lines[1]["kind"] as? String == "residentRecord")
        #expect((object["day"] as? [String: Any])?["net"] as? Int == 1050)
        let close = try #require((object["closes"] as? [[String: Any]])?.first)
        #expect(close["difference"] as? Int == -100 && close["terminal"] as? String == "W-01")
        #expect(close["changeFloat"] as? Int == 10_000 && close["expectedCash"] as? Int == 10_600)
        #expect(close["closedAt"] as? String == "2026-11-25T17:05:00+09:00")
        let topKeys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == topKeys.sorted())
    }
}
