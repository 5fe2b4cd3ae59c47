import Foundation
import KofuCore

/// What the spool folder and the print journal say together: every copy that was paid for (or exempted) and not
/// refunded must be on paper, intact and marked printed; every certificate file must be one of this store's.
public struct SpoolReport: Equatable, Sendable {
    /// A copy owed to someone: charged, not refunded, and not (intact) on paper.
    public struct Owed: Equatable, Sendable {
        public var serial: String
        public var issuanceID: Int64
        public var channel: Channel
        public var terminal: String
        public var kind: CertificateKind
        /// What the whole issuance was paid (0 when exempt).
        public var amount: Int
    }

    public var owed: [Owed] = []
    /// On paper and intact, but the crash came before the mark.
    public var unmarked: [String] = []
    /// Certificate files no paid issuance of this store accounts for.
    public var foreign: [String] = []
    /// Files of issuances refunded since, with the refund's business date: the paper was taken back (or never
    /// handed out) and is void. Listed for the operator; they break nothing.
    public var void: [VoidCopy] = []

    public struct VoidCopy: Equatable, Sendable {
        public var serial: String
        public var refundedOn: String
    }
    /// Copies a crash left half-written (hidden `.partial` files), removed by the check.
    public var stagedRemoved = 0

    public var isClean: Bool { owed.isEmpty && unmarked.isEmpty && foreign.isEmpty }
}

/// Reconciles the spool folder with the print journal after a crash, and puts owed copies on paper again, marked as
/// reprints of the same serial. Nothing here writes to the ledger: a reprint is never charged.
public struct SpoolJournal: Sendable {
    let database: KofuDatabase
    let printer: SpoolPrinter

    public init(database: KofuDatabase, directory: URL, page: PrintablePage? = nil) {
        self.database = database
        printer = SpoolPrinter(database: database, directory: directory, page: page)
    }

    /// `terminal` narrows the check to one terminal's issuances, as a kiosk or window does when it starts.
    public func check(terminal: String? = nil) throws -> SpoolReport {
        try printer.requireOwnership()
        var report = SpoolReport()
        report.stagedRemoved = try removeStaged(terminal: terminal)
        let files = Set(try certificateFiles())
        let copies = try database.read { db in
            try SQLRow.fetchAll(db, sql: """
                SELECT d.serial, d.body, d.verification_code, d.printed_at, i.id, i.channel, i.terminal, i.kind,
                    l.amount
                FROM document d JOIN issuance i ON i.id = d.issuance_id
                JOIN ledger l ON l.issuance_id = i.id AND l.entry_type IN ('charge', 'exemption')
                WHERE NOT EXISTS (SELECT 1 FROM ledger r WHERE r.references_ledger_id = l.id)
                    AND (CAST(?1 AS TEXT) IS NULL OR i.terminal = ?1)
                ORDER BY d.id
                """, arguments: [terminal])
        }
        for row in copies {
            let copy = PrintedCopy(row)
            if files.contains(copy.serial), try intact(copy) {
                if (row["printed_at"] as String?) == nil { report.unmarked.append(copy.serial) }
            } else {
                report.owed.append(SpoolReport.Owed(
                    serial: copy.serial, issuanceID: row["id"], channel: Channel(rawValue: row["channel"])!,
                    terminal: row["terminal"], kind: CertificateKind(rawValue: row["kind"])!, amount: row["amount"]))
            }
        }
        if terminal == nil {
            let known = Set(try database.read { db in try String.fetchAll(db, sql: "SELECT serial FROM document") })
            report.foreign = files.subtracting(known).sorted()
            report.void = try database.read { db in
                try SQLRow.fetchAll(db, sql: """
                    SELECT d.serial, r.business_date FROM document d
                    JOIN ledger l ON l.issuance_id = d.issuance_id AND l.entry_type IN ('charge', 'exemption')
                    JOIN ledger r ON r.references_ledger_id = l.id AND r.entry_type = 'refund'
                    ORDER BY d.id
                    """).map { SpoolReport.VoidCopy(serial: $0[0], refundedOn: $0[1]) }.filter { files.contains($0.serial) }
            }
        }
        return report
    }

    /// Prints again the owed copies (all of them, or the serials named), and marks intact unmarked ones; returns the
    /// serials put on paper. A named serial that is on paper already is printed again too, as the operator asked,
    /// unless its issuance was refunded: that paper is void. Putting a certificate on paper is issuing it, so the
    /// city's key must be at hand, as for any issuance.
    public func reprint(_ serials: [String]? = nil, signingKey: SigningKey, at date: Date) throws -> [String] {
        _ = try database.requireOwn(signingKey)
        if let serials { try refuseVoid(serials) }
        try printer.claim()
        let report = try check()
        try database.markPrinted(report.unmarked.filter { serials?.contains($0) ?? true }, at: date)
        let wanted = serials ?? report.owed.map(\.serial)
        let day = CityClock.japan.businessDate(date)
        try FileManager.default.createDirectory(at: printer.directory, withIntermediateDirectories: true)
        for serial in wanted {
            guard let copy = try database.read({ db in
                try SQLRow.fetchOne(db, sql: "SELECT serial, body, verification_code FROM document WHERE serial = ?",
                                 arguments: [serial]).map(PrintedCopy.init)
            }) else { throw SpoolJournalError.unknownSerial(serial) }
            let temporary = printer.directory.appendingPathComponent(".\(serial).\(UUID().uuidString).partial")
            try DurableFile.write(PrintedCopy.reprinted(copy, on: day), to: temporary)
            // rename(2) replaces a damaged copy in one step: there is never a moment with neither.
            guard rename(temporary.path, printer.file(serial).path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: printer.file(serial).path])
            }
            _ = try printer.writePage(copy.text + copy.seal, serial: serial, reissued: day)
            try DurableFile.syncDirectory(printer.directory)
            try database.write { db in
                try db.execute(sql: """
                    UPDATE document SET printed_at = COALESCE(printed_at, ?), reprints = reprints + 1 WHERE serial = ?
                    """, arguments: [Timestamp.text(date), serial])
            }
        }
        return wanted
    }

    /// Every serial named must be this database's, and its issuance must stand, before anything is printed.
    private func refuseVoid(_ serials: [String]) throws {
        for serial in serials {
            guard let document = try database.issued(serial: serial) else { throw SpoolJournalError.unknownSerial(serial) }
            if case .refunded(let day) = document.verdict { throw SpoolJournalError.refunded(serial, on: day) }
        }
    }

    /// The file holds this copy whole, as first printed or as a reprint.
    func intact(_ copy: PrintedCopy) throws -> Bool {
        guard let text = try? String(contentsOf: printer.file(copy.serial), encoding: .utf8) else { return false }
        // Byte for byte, as `kofu verify` compares: Swift's == takes another normalization of a name for the same.
        return PrintedCopy.original(of: text).utf8.elementsEqual(copy.whole.utf8)
    }

    func certificateFiles() throws -> [String] {
        guard FileManager.default.fileExists(atPath: printer.directory.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: printer.directory.path)
            .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.map { String($0.dropLast(4)) }
    }

    /// A staged copy whose print never finished. Narrowed to one terminal, only that terminal's are removed: the
    /// other terminals sharing the folder may be printing right now.
    func removeStaged(terminal: String?) throws -> Int {
        guard FileManager.default.fileExists(atPath: printer.directory.path) else { return 0 }
        var staged = try FileManager.default.contentsOfDirectory(atPath: printer.directory.path)
            .filter { $0.hasPrefix(".") && $0.hasSuffix(".partial") }
        // Named ".<serial>.<uuid>.partial" by the printer, the serial carrying the store's id: another store's
        // are left alone, whatever folder they were found in.
        let store = try database.storeID()
        staged = staged.filter { $0.dropFirst().prefix { $0 != "." }.split(separator: "-").dropFirst().first == store[...] }
        if let terminal {
            staged = try database.read { db in
                try staged.filter { name in
                    let serial = String(name.dropFirst().prefix { $0 != "." })
                    return try String.fetchOne(db, sql: """
                        SELECT i.terminal FROM document d JOIN issuance i ON i.id = d.issuance_id WHERE d.serial = ?
                        """, arguments: [serial]) == terminal
                }
            }
        }
        var removed = 0
        for name in staged {
            do {
                try FileManager.default.removeItem(at: printer.directory.appendingPathComponent(name))
                removed += 1
            } catch CocoaError.fileNoSuchFile {
                // Another check got there first.
            }
        }
        return removed
    }
}

public enum SpoolJournalError: Error, Equatable, CustomStringConvertible {
    case unknownSerial(String)
    case refunded(String, on: String)

    public var description: String {
        switch self {
        case .unknownSerial(let serial): "no certificate of this database has serial \(serial)"
        case .refunded(let serial, let day):
            "\(serial) was refunded and voided on \(day): its paper is void and is not printed again"
        }
    }
}
