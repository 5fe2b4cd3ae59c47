
/// Each till close records the ledger's head as it stood when the till was counted (`ledger_seq`, `ledger_head`).
/// Someone who rewrites a closed day and recomputes every ledger hash after it still leaves a ledger whose row at
/// that seq hashes to something else; and a window row written for a till and day after its close (which
/// `LedgerWriter` refuses) stands after the head the close saw.
///
/// The close itself is signed with the city's key (`AnchorSignature`), so remaking a close to fit a rewritten
/// ledger needs the key too: every signature present must be the city's, and every close from `signedFrom` on
/// (the first made after closes were signed) must carry one.
struct CloseAnchors {
    let ledger: ChainWalk
    let closes: ChainWalk
    /// Nil for a file that holds no key: no signature in it can then be the city's.
    let key: CityPublicKey?
    let signedFrom: Int64

    /// How many closes carry the city's valid signature.
    var signedCount: Int { closes.records.filter { signature(of: $0) == true }.count }

    func firstFault() -> ChainFault? {
        let bySeq = Dictionary(ledger.records.compactMap { record in record.seq.map { ($0, record) } },
                               uniquingKeysWith: { first, _ in first })
        var lastMatching: Int64 = 0
        for close in closes.records {
            switch signature(of: close) {
            case false?:
                return ChainFault(kind: .notSignedByCity, row: close.subject, seq: close.seq, detail: """
                    its signature is not the city's over what it now holds: it was remade without the key
                    """)
            case nil where (close.seq ?? 0) >= signedFrom:
                return ChainFault(kind: .notSignedByCity, row: close.subject, seq: close.seq, detail: """
                    it carries no signature, which every close from seq \(signedFrom) on was made with
                    """)
            default: break
            }
            let seq = Int64.fromSQLValue(close.fields["ledger_seq"] ?? .null) ?? 0
            let head = String.fromSQLValue(close.fields["ledger_head"] ?? .null) ?? ""
            let found = seq == 0 ? ChainEncoding.genesis : bySeq[seq]?.hash
            guard let found else {
                return ChainFault(kind: .deleted, row: "the end of the ledger after seq \(ledger.head.seq)",
                                  seq: ledger.head.seq + 1, detail: "\(close.subject) saw the ledger up to seq \(seq)")
            }
            guard found == head else {
                return ChainFault(kind: .rewrittenAfterClose, row: "the ledger up to seq \(seq)", seq: seq, detail: """
                    \(close.subject) recorded head \(head.prefix(12)) there, the ledger now gives \(found.prefix(12)): \
                    a row from seq \(lastMatching + 1) to \(seq) was changed and every hash after it recomputed
                    """)
            }
            lastMatching = max(lastMatching, seq)
            if let late = ledger.records.first(where: { closes(close, $0) && ($0.seq ?? 0) > seq }) {
                return ChainFault(kind: .addedAfterClose, row: late.subject, seq: late.seq, detail: """
                    it is a window row of the till and day of \(close.subject), which saw the ledger up to seq \(seq)
                    """)
            }
        }
        return nil
    }

    /// Each close is written with an audit row of its own (`kofu window`'s "W-01 2026-11-25: float …"): a close
    /// deleted from the end of its chain, where no later link gives it away, is still named by that row, unless the
    /// audit chain was rewritten too.
    func firstDeletedClose(audit: ChainWalk) -> ChainFault? {
        let closed = Set(closes.records.map { close in
            ["terminal", "business_date"].map { (close.fields[$0] ?? .null).plainText }.joined(separator: " ")
        })
        for row in audit.records where row.fields["action"] == "close".sqlValue {
            let detail = String.fromSQLValue(row.fields["detail"] ?? .null) ?? ""
            guard let till = detail.split(separator: ":").first.map(String.init), !closed.contains(till) else { continue }
            return ChainFault(kind: .deleted, row: "the till close \(till)", seq: nil,
                              detail: "\(row.subject) records the close, which the close chain no longer holds")
        }
        return nil
    }

    /// Nil when the close carries no signature; otherwise whether it is the city's over the close's other fields.
    private func signature(of close: ChainWalk.Record) -> Bool? {
        guard let signature = String.fromSQLValue(close.fields[AnchorSignature.column] ?? .null) else { return nil }
        var unsigned = close.fields
        unsigned[AnchorSignature.column] = nil
        guard let key else { return false }
        return AnchorSignature.isValid(signature, closeHash: ChainedTable.tillClose.hash(unsigned), key: key)
    }

    /// Whether `close` is the close of the till and day `row` was written for.
    private func closes(_ close: ChainWalk.Record, _ row: ChainWalk.Record) -> Bool {
        row.fields["channel"] == "window".sqlValue
            && row.fields["terminal"] == close.fields["terminal"]
            && row.fields["business_date"] == close.fields["business_date"]
    }
}
