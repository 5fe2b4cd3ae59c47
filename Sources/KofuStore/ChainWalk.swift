
/// One chain read in its order (by `seq`, then rowid) and walked from the genesis: the first row that is not where
/// an untouched chain would have it is the fault. Rows written together with the chain have rowids rising with
/// their seq, so the rowid tells a row moved or slipped in from one edited in place.
struct ChainWalk {
    struct Record {
        var rowID: Int64
        var seq: Int64?
        var prevHash: String?
        var hash: String?
        /// What its fields hash to now.
        var computed: String
        /// "ledger row 5"
        var name: String
        var fields: [String: SQLValue]

        var subject: String { seq.map { "\(name) (seq \($0))" } ?? "\(name) (no seq)" }
    }

    let table: ChainedTable
    let records: [Record]
    /// The highest id handed out (numbered tables), which a deletion at the end leaves behind.
    let handedOut: Int64

    static func read(_ db: any SQLConnection, _ table: ChainedTable) throws -> ChainWalk {
        let rowID = ChainedTable.rowIDExpression(db.dialect)
        let rows = try SQLRow.fetchAll(db, sql: """
            SELECT \(rowID) AS \(ChainedTable.rowIDColumn), * FROM \(table.name) ORDER BY seq NULLS FIRST, \(rowID)
            """)
        let records = rows.map { row in
            let fields = Dictionary(row.map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
            let label = table.labelColumns.map { (fields[$0] ?? .null).plainText }
            return Record(rowID: row[ChainedTable.rowIDColumn],
                          seq: Int64.fromSQLValue(fields["seq"] ?? .null),
                          prevHash: String.fromSQLValue(fields["prev_hash"] ?? .null),
                          hash: String.fromSQLValue(fields["hash"] ?? .null), computed: table.hash(fields),
                          name: ([table.noun] + label).joined(separator: " "), fields: fields)
        }
        let handedOut = table.numbered ? try table.handedOut(db) : 0
        return ChainWalk(table: table, records: records, handedOut: handedOut)
    }

    var head: ChainedTable.Link {
        guard let last = records.last, let seq = last.seq, let hash = last.hash else { return .start }
        return ChainedTable.Link(seq: seq, hash: hash)
    }

    /// `explain` says, for a row whose fields no longer give its hash, what else in the database disagrees with it.
    func firstFault(explaining explain: (Record) throws -> [String] = { _ in [] }) throws -> ChainFault? {
        var expected: Int64 = 1
        var previous: Record?
        // The smallest rowid from each position on: a row with a larger one stands before a row written earlier.
        var earliestFrom = [Int64](repeating: .max, count: records.count + 1)
        for index in records.indices.reversed() {
            earliestFrom[index] = min(records[index].rowID, earliestFrom[index + 1])
        }
        for (index, record) in records.enumerated() {
            let before = previous?.subject ?? "the start of the chain"
            guard let seq = record.seq else {
                return ChainFault(kind: .inserted, row: record.subject, seq: nil, detail: "it has no place in the chain")
            }
            if seq < expected {
                let taken = previous.map { "seq \(seq) is already \($0.name)'s" } ?? "the chain starts at 1"
                return ChainFault(kind: .inserted, row: record.subject, seq: seq, detail: taken)
            }
            if seq > expected {
                return ChainFault(kind: .deleted, row: "the \(table.noun) at seq \(expected)", seq: expected,
                                  detail: "\(before) is followed by \(record.subject)")
            }
            if record.rowID > earliestFrom[index + 1] {
                return misplaced(record, at: index)
            }
            if let fault = try linkFault(record, after: previous, explaining: explain) {
                return fault
            }
            expected += 1
            previous = record
        }
        if table.numbered, handedOut > records.map(\.rowID).max() ?? 0 {
            return ChainFault(kind: .deleted, row: "the end of the chain after \(previous?.subject ?? "its start")",
                              seq: expected, detail: "ids up to \(handedOut) were handed out, the chain ends before")
        }
        return nil
    }

    /// A row in its place whose link to the row before, or whose own hash, is not what was written.
    private func linkFault(_ record: Record, after previous: Record?,
                           explaining explain: (Record) throws -> [String]) throws -> ChainFault? {
        func detail(_ record: Record, _ chain: String) throws -> String {
            (try explain(record) + [chain]).joined(separator: "; ")
        }
        let linked = record.prevHash == (previous?.hash ?? ChainEncoding.genesis)
        switch (linked, record.hash == record.computed) {
        case (true, true):
            return nil
        case (true, false):
            return ChainFault(kind: .edited, row: record.subject, seq: record.seq, detail: try detail(record, """
                its fields no longer give its hash (stored \(short(record.hash)), computed \(short(record.computed)))
                """))
        case (false, true):
            guard let previous else {
                return ChainFault(kind: .edited, row: record.subject, seq: record.seq,
                                  detail: "it no longer links to the start of the chain")
            }
            return ChainFault(kind: .rehashed, row: previous.subject, seq: previous.seq, detail: try detail(previous, """
                \(record.subject) still links to hash \(short(record.prevHash)), it now has \(short(previous.hash))
                """))
        case (false, false):
            return ChainFault(kind: .inserted, row: record.subject, seq: record.seq, detail: """
                it neither links to \(previous?.subject ?? "the start of the chain") nor matches its own hash
                """)
        }
    }

    /// A row written after one that now follows it: inserted if it is the newest row of all and what follows it is
    /// in the order written, moved otherwise.
    private func misplaced(_ record: Record, at index: Int) -> ChainFault {
        let later = records[(index + 1)...]
        let overtaken = later.min { $0.rowID < $1.rowID }!
        let newest = records.allSatisfy { $0.rowID <= record.rowID }
        let laterInOrder = zip(later, later.dropFirst()).allSatisfy { $0.rowID < $1.rowID }
        return ChainFault(kind: newest && laterInOrder ? .inserted : .reordered, row: record.subject, seq: record.seq,
                          detail: "written after \(overtaken.subject), it now stands before it")
    }

    /// Enough of a hash for a person to compare by eye.
    private func short(_ hash: String?) -> String {
        hash.map { String($0.prefix(12)) } ?? "none"
    }
}

extension SQLValue {
    /// A text as it is, anything else as SQL would show it.
    var plainText: String { String.fromSQLValue(self) ?? description }
}
