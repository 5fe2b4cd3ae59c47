@testable import KofuBench
import Testing

/// The C peer replays Kofu's statements with the values read back from SQLite's expanded text: the reading must
/// give each parameter its value, however the value is written.
@Suite struct StatementTraceTests {
    @Test func valuesAreReadInParameterOrder() throws {
        let values = try StatementTrace.values(
            template: "INSERT INTO t (a, b, c, d, e) VALUES (?, ?, ?, ?, ?)",
            expanded: "INSERT INTO t (a, b, c, d, e) VALUES (42, -7, 'it''s ? here', NULL, x'00ff')")
        #expect(values == [.integer(42), .integer(-7), .text("it's ? here"), .null, .blob("00ff")])
    }

    @Test func aNumberedParameterUsedTwiceIsOneValue() throws {
        let values = try StatementTrace.values(
            template: "SELECT * FROM ledger WHERE ?1 IS NULL OR business_date = ?1 AND amount > ?2",
            expanded: "SELECT * FROM ledger WHERE '2026-11-25' IS NULL OR business_date = '2026-11-25' AND amount > 1.5e3")
        #expect(values == [.text("2026-11-25"), .real("1.5e3")])
    }

    @Test func quotedTextInTheStatementIsNotAParameter() throws {
        let values = try StatementTrace.values(
            template: "SELECT 'a ? b', :name WHERE x = :name AND y = ?",
            expanded: "SELECT 'a ? b', '小牧' WHERE x = '小牧' AND y = 3")
        #expect(values == [.text("小牧"), .integer(3)])
    }

    @Test func textThatDoesNotLineUpIsRefused() {
        #expect(throws: BenchError.self) {
            try StatementTrace.values(template: "SELECT ? FROM a", expanded: "SELECT 1 FROM b")
        }
    }

    @Test func percentilesAreNearestRank() {
        let samples = Samples((1...100).map(Double.init))
        #expect(samples.median == 50)
        #expect(samples.percentile(99) == 99)
        #expect(samples.maximum == 100)
        #expect(Samples([3]).percentile(99) == 3)
    }
}
