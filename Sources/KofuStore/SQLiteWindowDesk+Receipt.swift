import Foundation
import KofuCore

/// 領収書: for a fee actually paid (a charge, kiosk or window, not refunded), rendered from the journal so it names
/// exactly what was issued. Every print that reached paper is recorded, so the next one says 再発行.
extension SQLiteWindowDesk {
    public func receipt(for reference: ReceiptReference, staffID: String, at date: Date) throws -> FeeReceipt {
        try database.read { db in
            let staff = try StaffRecord.require(db, id: staffID)
            let issuanceID = try Self.issuanceID(db, reference)
            guard let paid = try SQLRow.fetchOne(db, sql: """
                SELECT i.kind, i.copies, i.channel, i.terminal, i.business_date, l.amount,
                    EXISTS (SELECT 1 FROM ledger x WHERE x.references_ledger_id = l.id) AS refunded
                FROM issuance i JOIN ledger l ON l.issuance_id = i.id AND l.entry_type = 'charge'
                WHERE i.id = ?
                """, arguments: [issuanceID]) else {
                throw try Int.fetchOne(db, sql: "SELECT 1 FROM issuance WHERE id = ?", arguments: [issuanceID]) == nil
                    ? IssuanceError.unknownIssuance(issuanceID) : WindowError.notPaid(issuanceID)
            }
            guard !(paid["refunded"] as Bool) else { throw IssuanceError.alreadyRefunded(issuanceID) }
            let copy = (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM receipt_print WHERE issuance_id = ?",
                                         arguments: [issuanceID]) ?? 0) + 1
            let serials = try String.fetchAll(db, sql: "SELECT serial FROM document WHERE issuance_id = ? ORDER BY copy_number",
                                              arguments: [issuanceID])
            let kind = CertificateKind(rawValue: paid["kind"])!
            let context: TemplateContext = [
                "reissue": .text(copy > 1 ? "再発行" : ""),
                "issueDate": .text(ResidentFacts.eraDate(clock.businessDate(date))),
                "amount": .text(Yen.digits(paid["amount"])),
                "kindName": .text(kind.printedName),
                "copies": .text(String(paid["copies"] as Int)),
                "issuanceID": .text(String(issuanceID)),
                "issuedOn": .text(ResidentFacts.eraDate(paid["business_date"])),
                "channel": .text(IssuanceJournal.channelText(Channel(rawValue: paid["channel"])!, terminal: paid["terminal"])),
                "serials": .text(serials.count > 2 ? "\(serials.first!)〜\(serials.last!)" : serials.joined(separator: "、")),
                "city": .text(try CitySettings.name(db)),
                "staffName": .text(staff.member.name),
            ]
            return FeeReceipt(issuanceID: issuanceID, copy: copy, text: try journal.templates.receipt.render(context))
        }
    }

    public func receiptPrinted(_ receipt: FeeReceipt, staffID: String, terminal: String, at date: Date) throws {
        try database.write { db in
            try TerminalRecord.require(db, id: terminal, kind: .window)
            // Only the receipt `receipt(for:)` made last: a terminal on the network cannot record others.
            let printed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM receipt_print WHERE issuance_id = ?",
                                           arguments: [receipt.issuanceID]) ?? 0
            let paid = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM ledger c WHERE c.issuance_id = ? AND c.entry_type = 'charge'
                               AND NOT EXISTS (SELECT 1 FROM ledger r WHERE r.references_ledger_id = c.id))
                """, arguments: [receipt.issuanceID]) ?? false
            guard paid, receipt.copy == printed + 1 else {
                throw WindowError.receiptNotMade(issuanceID: receipt.issuanceID, copy: receipt.copy)
            }
            try db.execute(sql: """
                INSERT INTO receipt_print (issuance_id, copy, staff_id, terminal, printed_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [receipt.issuanceID, receipt.copy, staffID, terminal, Timestamp.text(date)])
            try Audit.write(db, staffID: staffID, .receipt, issuanceID: receipt.issuanceID,
                            detail: "receipt \(receipt.copy) at \(terminal)", at: date)
        }
    }

    /// A serial is matched whole: one that was never printed names no issuance, whatever its number part says.
    static func issuanceID(_ db: any SQLConnection, _ reference: ReceiptReference) throws -> Int64 {
        switch reference {
        case .issuance(let id):
            return id
        case .serial(let serial):
            guard let id = try Int64.fetchOne(db, sql: "SELECT issuance_id FROM document WHERE serial = ?",
                                              arguments: [serial]) else { throw WindowError.unknownSerial(serial) }
            return id
        }
    }
}
