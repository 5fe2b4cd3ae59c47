import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `kofu report monthly|chart|opendata` on a month of simulated kiosk and window sales: the chart's bars are the
/// monthly figures, which are the ledger's; the open data withholds small counts.
@Suite struct ReportEndToEndTests {
    /// A month of sales at one kiosk and one window (the demo data the reports are shown with comes the same way).
    static func month() throws -> ScratchStore {
        let store = try ScratchStore()
        for (terminal, channel, sessions) in [("KIOSK-01", "kiosk", "140"), ("W-01", "window", "100")] {
            let run = try Kofu.outcome(["simulate", "--db", store.database, "--terminal", terminal, "--channel", channel,
                                        "--spool", store.spool.path, "--sessions", sessions, "--from", "2026-10-01",
                                        "--days", "31"])
            #expect(run.status == 0, "\(run.output)\(run.errors)")
        }
        return store
    }

    struct Day: Decodable {
        struct Count: Decodable { var channel: String; var kind: String; var issued: Int; var yen: Int }
        var label: String
        var counts: [Count]
    }

    struct Report: Decodable {
        struct Days: Decodable { var slots: [Day] }
        var month: String
        var days: Days
    }

    /// The bars of an SVG chart: date, channel, kind, count and height of each.
    final class Bars: NSObject, XMLParserDelegate {
        var found: [(date: String, key: String, issued: Int, height: Double)] = []

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            guard element == "rect", attributes["class"] == "bar" else { return }
            found.append((attributes["data-date"] ?? "", "\(attributes["data-channel"] ?? "")/\(attributes["data-kind"] ?? "")",
                          Int(attributes["data-issued"] ?? "") ?? -1, Double(attributes["height"] ?? "") ?? -1))
        }
    }

    @Test func theMonthTheChartAndTheOpenDataAgreeWithTheLedger() throws {
        let store = try Self.month()
        let json = try Kofu.run(["report", "monthly", "--db", store.database, "--month", "2026-10", "--format", "json"])
        let report = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        #expect(report.days.slots.count == 31)

        // The monthly figures are the ledger's.
        let ledger = try store.ledger().filter { ($0["businessDate"] as? String ?? "").hasPrefix("2026-10") }
        let made = ledger.filter { $0["entryType"] as? String != "refund" }
        #expect(report.days.slots.flatMap(\.counts).map(\.issued).reduce(0, +) == made.count && made.count > 100)
        #expect(report.days.slots.flatMap(\.counts).map(\.yen).reduce(0, +)
                == ledger.map { $0["amount"] as? Int ?? 0 }.reduce(0, +))
        for day in report.days.slots {
            #expect(day.counts.map(\.issued).reduce(0, +) == made.filter { $0["businessDate"] as? String == day.label }.count)
        }

        // The chart's bars are those figures, drawn to one scale.
        let chart = store.directory.appendingPathComponent("month.svg")
        try Kofu.run(["report", "chart", "--db", store.database, "--month", "2026-10", "--out", chart.path])
        let parser = try #require(XMLParser(contentsOf: chart))
        let bars = Bars()
        parser.delegate = bars
        #expect(parser.parse(), "well-formed XML: \(String(describing: parser.parserError))")
        let expected = report.days.slots.flatMap { day in
            day.counts.filter { $0.issued > 0 }.map { "\(day.label) \($0.channel)/\($0.kind) \($0.issued)" }
        }
        #expect(bars.found.map { "\($0.date) \($0.key) \($0.issued)" } == expected)
        let scales = bars.found.map { $0.height / Double($0.issued) }
        #expect(scales.allSatisfy { abs($0 - scales[0]) < 1e-6 } && scales[0] > 0)

        // Open data: one header row, the city's code first, no small count.
        let csv = try Kofu.run(["report", "opendata", "--db", store.database, "--month", "2026-10"])
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.first?.first == "全国地方公共団体コード" && rows.count == 10)
        #expect(rows.dropFirst().allSatisfy { $0[0] == "232190" && ($0[7].isEmpty || Int($0[7])! == 0 || Int($0[7])! >= 10) })
        #expect(rows.dropFirst().contains { !$0[7].isEmpty && Int($0[7])! >= 10 })

        let table = try Kofu.run(["report", "monthly", "--db", store.database, "--month", "2026-10"])
        #expect(table.hasPrefix("月計表 monthly summary 2026-10") && table.contains("2026-10-31"))
        let bad = try Kofu.outcome(["report", "monthly", "--db", store.database, "--month", "2026-13"])
        #expect(bad.status != 0 && bad.errors.contains("not a month"))
    }
}
