import Foundation
import KofuCore
import Testing

@Suite struct LedgerFormatTests {
    static let entries = [
        LedgerEntry(id: 1, entryType: .charge, issuanceID: 7, channel: .kiosk, terminal: "T-1", kind: .residentRecord,
                    copies: 2, unitFee: 150, amount: 300, businessDate: "2026-11-25", createdAt: "2026-11-25T01:00:00Z"),
        LedgerEntry(id: 2, entryType: .refund, issuanceID: 7, referencesLedgerID: 1, channel: .kiosk, terminal: "T-1",
                    kind: .residentRecord, copies: 2, unitFee: 150, amount: -300, businessDate: "2026-11-25",
                    createdAt: "2026-11-25T01:05:00Z", reason: "紙詰まり, \"jam\""),
    ]

    @Test func csvHasAHeaderAndQuotesWhereNeeded() {
        let lines = LedgerFormat.csv(Self.entries).components(separatedBy: "\r\n")
        #expect(lines[0] == "id,type,business_date,created_at,channel,terminal,kind,copies,unit_fee,amount,issuance,refers_to,reason")
        #expect(lines[1] == "1,charge,2026-11-25,2026-11-25T10:00:00+09:00,kiosk,T-1,residentRecord,2,150,300,7,,",
                "Japan time, plain integers")
        #expect(lines[2].hasSuffix(",-300,7,1,\"紙詰まり, \"\"jam\"\"\""))
        #expect(lines.count == 4 && lines[3].isEmpty)
    }

    @Test func jsonHasTheSameKeysInTheSameOrderForEveryEntry() throws {
        let json = try LedgerFormat.json(Self.entries)
        #expect(json == (try LedgerFormat.json(Self.entries)))
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == 2)
        #expect(Set(objects[0].keys) == Set(objects[1].keys))
        #expect(objects[0]["reason"] is NSNull)
        let keys = json.split(separator: "\n").filter { $0.contains(":") }.prefix(13)
            .map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        let decoded = try JSONDecoder().decode([LedgerEntry].self, from: Data(json.utf8))
        #expect(decoded.map(\.createdAt) == ["2026-11-25T10:00:00+09:00", "2026-11-25T10:05:00+09:00"], "Japan time")
        #expect(decoded.map { var e = $0; e.createdAt = ""; return e }
            == Self.entries.map { var e = $0; e.createdAt = ""; return e }, "everything else as stored")
    }

    @Test func tableAlignsColumnsByDisplayWidthAndTotals() {
        let lines = LedgerFormat.table(Self.entries).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        // Amounts are right-aligned: both rows end their amount in the same column.
        let header = lines[0]
        let amountEnd = DisplayWidth.of(String(header[..<header.range(of: "amount")!.upperBound]))
        #expect(lines[1].contains(" 300 ") && lines[2].contains(" -300 "))
        let chargeAmountEnd = DisplayWidth.of(String(lines[1][..<lines[1].range(of: " 300 ")!.upperBound])) - 1
        let refundAmountEnd = DisplayWidth.of(String(lines[2][..<lines[2].range(of: " -300 ")!.upperBound])) - 1
        #expect(chargeAmountEnd == amountEnd && refundAmountEnd == amountEnd)
        #expect(lines[3] == "2 entries, total 0 yen")
        #expect(lines[1].contains(" 2026-11-25T10:00:00+09:00 "), "Japan time")
    }

    @Test func tableGroupsThousands() {
        var tenCopies = Self.entries[0]
        tenCopies.channel = .window
        tenCopies.copies = 10
        tenCopies.unitFee = 300
        tenCopies.amount = 3_000
        let lines = LedgerFormat.table([tenCopies]).split(separator: "\n").map(String.init)
        #expect(lines[1].split(separator: " ") == ["1", "charge", "2026-11-25", "2026-11-25T10:00:00+09:00", "window",
                                                   "T-1", "residentRecord", "10", "300", "3,000", "7"])
        #expect(lines[2] == "1 entry, total 3,000 yen")
    }
}
