import Foundation
import KofuCore
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
        closes: [.init(terminal: "W-01", staffID: "S001", changeFloat: 0, expectedCash: 600, countedCash: 500,
                       closedAt: "2026-11-25T08:00:00Z")])

    @Test func tableTotalsPerChannelPerKindAndShowsTheCloseDifference() {
        let text = DailySummaryFormat.table(Self.summary)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "日計表 daily summary 2026-11-25")
        #expect(lines.contains { $0.hasPrefix("kiosk ") && $0.hasSuffix(" 450") && !$0.contains("residentRecord") })
        #expect(lines.contains { $0.hasPrefix("window ") && $0.hasSuffix(" 600") && !$0.contains("taxPayment") },
                "window net: 300 + 600 - 300")
        #expect(lines.contains { $0.hasPrefix("residentRecord ") && $0.hasSuffix(" 450") }, "kind net across channels")
        let close = lines.first { $0.hasPrefix("W-01") }
        #expect(close?.contains(" -100 ") == true)
        #expect(lines.last == "day: 5 issued, 1 exempt, 1 refunded, net 1050 yen")
    }

    @Test func tableSaysWhenNoTillWasClosed() {
        let text = DailySummaryFormat.table(DailySummary(businessDate: "2026-11-25", lines: [], closes: []))
        #expect(text.contains("no window till closed") && text.hasSuffix("net 0 yen\n"))
    }

    @Test func csvHasOneHeaderAndARowPerLineTotalAndClose() {
        let rows = DailySummaryFormat.csv(Self.summary).components(separatedBy: "\r\n")
        #expect(rows[0] == "business_date,section,channel,kind,terminal,staff,issued,copies,amount,exemptions,refunds,"
            + "refunded,net,expected_cash,counted_cash,difference,closed_at")
        #expect(rows[1] == "2026-11-25,line,kiosk,residentRecord,,,2,3,450,0,0,0,450,,,,")
        #expect(rows.contains("2026-11-25,channel,window,,,,3,3,900,1,1,-300,600,,,,"))
        #expect(rows.contains("2026-11-25,kind,,taxPayment,,,2,2,600,0,0,0,600,,,,"))
        #expect(rows.contains("2026-11-25,day,,,,,5,6,1350,1,1,-300,1050,,,,"))
        #expect(rows.contains("2026-11-25,close,window,,W-01,S001,,,,,,,,600,500,-100,2026-11-25T08:00:00Z"))
        let columns = rows.filter { !$0.isEmpty }.map { $0.split(separator: ",", omittingEmptySubsequences: false).count }
        #expect(Set(columns) == [17] && rows.last == "")
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
        let topKeys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == topKeys.sorted())
    }
}
