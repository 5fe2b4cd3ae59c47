import KofuCore

/// What `kofu ledger verify` finds: every chain intact, or the first place one shows tampering.
public enum LedgerVerdict: Equatable, Sendable, CustomStringConvertible {
    case intact(LedgerChainSummary)
    case tampered(ChainFault)

    /// As `kofu ledger verify` prints it.
    public var description: String {
        switch self {
        case .intact(let chain):
            "intact: \(chain.rows) ledger rows, \(Yen.digits(chain.total)) yen, head seq \(chain.headSeq) "
                + "\(chain.headHash) (audit trail: \(chain.auditRows) rows, till closes: \(chain.closes), "
                + "signed: \(chain.signedCloses))"
        case .tampered(let fault):
            "TAMPERED: \(fault)"
        }
    }
}

public struct LedgerChainSummary: Equatable, Sendable {
    public var rows: Int
    /// Charges less refunds, in yen.
    public var total: Int
    public var headSeq: Int64
    public var headHash: String
    public var auditRows: Int
    public var closes: Int
    /// Closes that carry the city's signature (those made before closes were signed carry none).
    public var signedCloses: Int
}

public enum LedgerVerificationError: Error, Equatable, CustomStringConvertible {
    /// The file was last written by a Kofu whose ledger had no chain; opening it for writing chains it.
    case notChained(path: String)

    public var description: String {
        switch self {
        case .notChained(let path):
            "database \(path) predates the chained ledger: it is brought up to date (and its rows chained) the next "
                + "time a kiosk, the window or a staff command opens it for writing"
        }
    }
}

extension KofuDatabase {
    /// Checks the ledger chain, the till closes (their own chain, their signatures and the ledger heads they
    /// recorded) and the audit chain, in one read snapshot, so writers may go on meanwhile.
    ///
    /// `key` is the city's published key, with `signedFrom` the seq of the first close it signed (1 unless the
    /// database is older than signed closes): neither is then taken from the file, whose holder could change both.
    /// Without it, the key and the first signed close the database holds.
    public func verifyLedger(key published: CityPublicKey? = nil, signedFrom given: Int64? = nil) throws
        -> LedgerVerdict {
        // A file from before documents were signed holds no key, and no signed close either.
        let key = published ?? (try? publicKey())
        return try read { db in
            guard try db.columnNames(in: "ledger").contains("hash") else {
                throw LedgerVerificationError.notChained(path: path)
            }
            let ledger = try ChainWalk.read(db, .ledger)
            let closes = try ChainWalk.read(db, .tillClose)
            let audit = try ChainWalk.read(db, .audit)
            // A file migrated before closes were signed (read-only, never brought up to date) asks none.
            let signedFrom = try published.map { _ in given ?? 1 }
                ?? Int64.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'signed_closes_from'") ?? Int64.max
            let anchors = CloseAnchors(ledger: ledger, closes: closes, key: key, signedFrom: signedFrom)
            let fault = try ledger.firstFault { try LedgerRowFacts.differences(db, $0.fields) }
                ?? closes.firstFault() ?? anchors.firstFault() ?? audit.firstFault()
                ?? anchors.firstDeletedClose(audit: audit)
            if let fault { return .tampered(fault) }
            let total = ledger.records.reduce(0) { $0 + (Int.fromSQLValue($1.fields["amount"] ?? .null) ?? 0) }
            return .intact(LedgerChainSummary(rows: ledger.records.count, total: total, headSeq: ledger.head.seq,
                                              headHash: ledger.head.hash, auditRows: audit.records.count,
                                              closes: closes.records.count, signedCloses: anchors.signedCount))
        }
    }
}
