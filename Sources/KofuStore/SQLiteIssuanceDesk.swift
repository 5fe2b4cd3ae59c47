import Crypto
import Foundation
import GRDB
import KofuCore

/// Issues certificates and charges for them in one SQLite transaction: the journal entry, one document per copy
/// and the ledger row are committed together, or, when any check fails, not at all.
public struct SQLiteIssuanceDesk: IssuanceDesk {
    let database: KofuDatabase
    let templates: CertificateTemplates
    let secret: SymmetricKey
    let clock: CityClock

    /// `templates` is the directory holding `residentRecord.txt`, `sealRegistration.txt` and `incomeTax.txt`.
    public init(database: KofuDatabase, templates: URL, clock: CityClock = CityClock()) throws {
        self.database = database
        self.templates = try CertificateTemplates(directory: templates)
        self.secret = try database.hmacSecret()
        self.clock = clock
    }

    public func issue(_ order: IssuanceOrder, at date: Date) throws -> IssuanceReceipt {
        // The kiosk screen closes at the hour too, but a session begun at 22:59 may pay after 23:00; the desk is
        // the one place every order passes, so the rule holds whatever the caller.
        guard order.channel != .kiosk || KioskHours().isOpen(at: date, clock: clock) else {
            throw IssuanceError.outsideServiceHours
        }
        guard (1...IssuanceLimits.maxCopies).contains(order.copies) else {
            throw IssuanceError.copiesOutOfRange(order.copies)
        }
        let businessDate = clock.businessDate(date)
        let createdAt = Timestamp.text(date)
        return try database.write { db in
            let holder = try checkedHolder(db, order, at: date)
            let content = DocumentContent(db: db, holder: holder, businessDate: businessDate)
            var context = try content.context(for: order.request, releasedAt: date, clock: clock)
            let options = String(decoding: try JSONEncoder.sorted.encode(order.request), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO issuance (resident_id, credential_id, kind, options_json, copies, channel, terminal,
                    created_at, business_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [holder.id, order.credentialID, order.request.kind.rawValue, options, order.copies,
                                 order.channel.rawValue, order.terminal, createdAt, businessDate])
            let issuanceID = db.lastInsertedRowID
            context["channel"] = .text(Self.channelText(order.channel, terminal: order.terminal))
            var serials: [String] = []
            for copy in 1...order.copies {
                let serial = Self.serial(order.channel, businessDate: businessDate, issuanceID: issuanceID, copy: copy)
                context["serial"] = .text(serial)
                let body = try templates.template(for: order.request.kind)!.render(context)
                try db.execute(sql: """
                    INSERT INTO document (serial, issuance_id, copy_number, body, verification_code)
                    VALUES (?, ?, ?, ?, ?)
                    """, arguments: [serial, issuanceID, copy, body,
                                     VerificationCode.make(serial: serial, body: body, key: secret)])
                serials.append(serial)
            }
            try db.execute(sql: """
                INSERT INTO ledger (entry_type, issuance_id, channel, terminal, kind, copies, unit_fee, amount,
                    business_date, created_at)
                VALUES ('charge', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [issuanceID, order.channel.rawValue, order.terminal, order.request.kind.rawValue,
                                 order.copies, order.channel.unitFee, order.amount, businessDate, createdAt])
            return IssuanceReceipt(issuanceID: issuanceID, serials: serials, amount: order.amount,
                                   businessDate: businessDate)
        }
    }

    /// The same rules as at authentication, checked again: the card may have been locked or revoked, or the
    /// holder moved out, between the PIN and the payment.
    private func checkedHolder(_ db: Database, _ order: IssuanceOrder, at date: Date) throws -> ResidentFacts {
        guard let credential = try Authentication.CredentialRow.fetch(db, id: order.credentialID) else {
            throw IssuanceError.credentialRefused(credentialID: order.credentialID, .unknownCredential)
        }
        if let refusal = credential.refusal(today: clock.businessDate(date)) {
            throw IssuanceError.credentialRefused(credentialID: order.credentialID, refusal)
        }
        guard credential.residentID == order.residentID else {
            throw IssuanceError.credentialOfAnotherResident(credentialID: order.credentialID,
                                                            residentID: order.residentID)
        }
        if let refusal = try Authentication.ineligibility(db, residentID: credential.residentID, at: date,
                                                          clock: clock) {
            throw IssuanceError.credentialRefused(credentialID: order.credentialID, refusal)
        }
        return try ResidentFacts.fetch(db, id: credential.residentID)!
    }

    public func refundUnprinted(issuanceID: Int64, reason: String, at date: Date) throws {
        try database.write { db in
            guard let charge = try Row.fetchOne(db, sql: """
                SELECT id, channel, terminal, kind, copies, unit_fee, amount FROM ledger
                WHERE issuance_id = ? AND entry_type = 'charge'
                """, arguments: [issuanceID]) else { throw IssuanceError.unknownIssuance(issuanceID) }
            let chargeID: Int64 = charge["id"]
            let refunded = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM ledger WHERE references_ledger_id = ?)",
                                             arguments: [chargeID]) ?? false
            guard !refunded else { throw IssuanceError.alreadyRefunded(issuanceID) }
            try db.execute(sql: """
                INSERT INTO ledger (entry_type, issuance_id, references_ledger_id, channel, terminal, kind, copies,
                    unit_fee, amount, business_date, created_at, reason)
                VALUES ('refund', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [issuanceID, chargeID, charge["channel"], charge["terminal"], charge["kind"],
                                 charge["copies"], charge["unit_fee"], -(charge["amount"] as Int),
                                 clock.businessDate(date), Timestamp.text(date), reason])
        }
    }

    /// "K-20261125-000123-1": channel, business date, issuance id and copy; unique because the issuance id is.
    static func serial(_ channel: Channel, businessDate: String, issuanceID: Int64, copy: Int) -> String {
        let prefix = channel == .kiosk ? "K" : "W"
        let date = businessDate.replacingOccurrences(of: "-", with: "")
        return "\(prefix)-\(date)-\(String(format: "%06lld", issuanceID))-\(copy)"
    }

    static func channelText(_ channel: Channel, terminal: String) -> String {
        switch channel {
        case .kiosk: "コンビニ交付 端末 \(terminal)"
        case .window: "窓口交付 \(terminal)"
        }
    }
}

extension JSONEncoder {
    /// Same options, same bytes: the journal's options column can be compared as text.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
