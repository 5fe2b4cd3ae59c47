import Foundation
import GRDB
import KofuCore
import Testing
@testable import KofuStore

/// The ledger, the till closes and the audit trail as hash chains, as the desks write them.
@Suite struct LedgerChainTests {
    @Test func everyRowIsChainedAcrossChannelsAndTerminals() throws {
        let day = try BusinessDay()
        for table in ["ledger", "audit", "window_close"] {
            let chain = try day.chain(table)
            #expect(!chain.isEmpty)
            #expect(chain.map(\.seq) == Array(1...Int64(chain.count)), "\(table): gapless from 1")
            #expect(chain.map(\.prevHash) == [ChainEncoding.genesis] + chain.dropLast().map(\.hash), "\(table)")
            #expect(chain.allSatisfy { $0.hash.wholeMatch(of: /[0-9a-f]{64}/) != nil }, "\(table)")
        }
        let ledger = try day.chain("ledger")
        let channels = try day.database.ledgerEntries(businessDate: nil).map { "\($0.channel.rawValue) \($0.terminal)" }
        #expect(channels == ["kiosk T-0042", "window W-01", "kiosk T-0043", "window W-01", "window W-01", "window W-02",
                             "kiosk T-0042"])
        let verdict = try day.database.verifyLedger()
        #expect(verdict == .intact(LedgerChainSummary(
            rows: 7, total: BusinessDay.total, headSeq: 7, headHash: ledger[6].hash,
            auditRows: try day.database.count("audit"), closes: 1, signedCloses: 1)))
    }

    @Test func aTillCloseRecordsTheLedgerHeadItSaw() throws {
        let day = try BusinessDay()
        let ledger = try day.chain("ledger")
        let close = try #require(try day.database.read { db in
            try SQLRow.fetchOne(db, sql: "SELECT ledger_seq, ledger_head FROM window_close")
        })
        #expect(close["ledger_seq"] == 5 as Int64 && close["ledger_head"] == ledger[4].hash)
        let audit = try #require(try day.database.audit().first { $0.action == "close" })
        #expect(audit.detail.hasSuffix("ledger head seq 5 \(ledger[4].hash)"), "kept in the audit chain too")
    }

    /// The format is part of the stored data: this pins it (the hash was checked with Python's hashlib).
    @Test func theEncodingIsFixedAndUnambiguous() {
        let fields: [String: SQLValue] = ["reason": "窓口\nx=y".sqlValue, "kind": "residentRecord".sqlValue,
                                               "amount": (-150).sqlValue, "references_ledger_id": .null]
        let bytes = ChainEncoding.bytes(table: "ledger", fields: fields)
        #expect(String(decoding: bytes, as: UTF8.self)
            == "kofu-chain-1 ledger\namount=int:-150\nkind=text:14:residentRecord\nreason=text:10:窓口\nx=y\n")
        #expect(ChainEncoding.hash(table: "ledger", fields: fields)
            == "a0a1d3a94d5518181cfbd6a8e41531367e4c9fd9bec0843938974ffa499f296b")
        // A text that looks like two fields is still one field.
        let split: [String: SQLValue] = ["reason": "窓口".sqlValue, "x": "y".sqlValue,
                                              "kind": "residentRecord".sqlValue, "amount": (-150).sqlValue]
        #expect(ChainEncoding.hash(table: "ledger", fields: split) != ChainEncoding.hash(table: "ledger", fields: fields))
        #expect(ChainEncoding.hash(table: "audit", fields: fields) != ChainEncoding.hash(table: "ledger", fields: fields),
                "a row of one chain never passes for a row of another")
        #expect(ChainEncoding.hash(table: "ledger", fields: fields.merging(["amount": "-150".sqlValue]) { $1 })
            != ChainEncoding.hash(table: "ledger", fields: fields), "an amount typed as text is another value")
    }

    @Test func whileTheTriggersStandOnlyTheNextLinkGoesIn() throws {
        let day = try BusinessDay()
        let head = try #require(try day.chain("ledger").last)
        func insert(seq: Int64, prev: String, hash: String?) throws {
            try day.database.write { db in
                try db.execute(sql: """
                    INSERT INTO ledger (entry_type, channel, terminal, kind, copies, unit_fee, amount, business_date,
                        created_at, seq, prev_hash, hash)
                    VALUES ('charge', 'kiosk', 'T-0042', 'residentRecord', 1, 150, 150, '2026-11-25',
                        '2026-11-25T01:02:00Z', ?, ?, ?)
                    """, arguments: [seq, prev, hash])
            }
        }
        for (seq, prev, hash) in [(head.seq + 2, head.hash, "x"), (3, head.hash, "x"), (head.seq + 1, "x", "x"),
                                  (head.seq + 1, head.hash, nil)] {
            let error = try #require(throws: StoreError.self) { try insert(seq: seq, prev: prev, hash: hash) }
            #expect(error.description.contains("head of the chain"))
        }
        #expect(try day.database.count("ledger") == 7)
    }

    @Test func theHeadMovesWithEachAppend() throws {
        let day = try BusinessDay()
        let before = try day.database.verifyLedger()
        try day.kioskIssue(terminal: "T-0044")
        guard case .intact(let after) = try day.database.verifyLedger(), case .intact(let earlier) = before else {
            Issue.record("the chain should verify")
            return
        }
        #expect(after.rows == earlier.rows + 1 && after.total == earlier.total + 150)
        #expect(after.headSeq == 8 && after.headHash != earlier.headHash)
    }
}
