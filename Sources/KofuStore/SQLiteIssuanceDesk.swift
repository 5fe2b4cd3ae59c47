import Foundation
import KofuCore

/// Issues certificates and charges for them in one SQLite transaction: the journal entry, one document per copy
/// and the ledger row are committed together, or, when any check fails, not at all.
public struct SQLiteIssuanceDesk: IssuanceDesk, NetworkPayments {
    let database: KofuDatabase
    let journal: IssuanceJournal
    let clock: CityClock

    /// `templates` is the directory holding one `<kind>.txt` layout per certificate kind; `signingKey` signs every
    /// document, so there is no desk without it.
    public init(database: KofuDatabase, templates: URL, signingKey: SigningKey, clock: CityClock = CityClock()) throws {
        try database.requireDurability()
        self.database = database
        self.journal = try IssuanceJournal(database: database, templates: templates, signingKey: signingKey)
        self.clock = clock
    }

    public func issue(_ order: IssuanceOrder, at date: Date) throws -> IssuanceReceipt {
        try pay(order, at: date).receipt
    }

    public func pay(_ order: IssuanceOrder, at date: Date) throws -> (receipt: IssuanceReceipt, replayed: Bool) {
        let businessDate = clock.businessDate(date)
        return try database.write { db in
            // A retry is answered before any rule: the payment it repeats was made when the rules held.
            if let key = order.requestKey, let earlier = try IssueRequest.earlier(db, order, key: key) {
                return (earlier, true)
            }
            // The kiosk screen closes at the hour too, but a session begun at 22:59 may pay after 23:00; the desk
            // is the one place every order passes, so the rule holds whatever the caller.
            guard order.channel != .kiosk || KioskHours().isOpen(at: date, clock: clock) else {
                throw IssuanceError.outsideServiceHours
            }
            guard (1...IssuanceLimits.maxCopies).contains(order.copies) else {
                throw IssuanceError.copiesOutOfRange(order.copies)
            }
            try TerminalRecord.require(db, id: order.terminal, kind: order.channel)
            // A payment that came over the network (it carries the terminal's key) pays only on a PIN's ticket.
            if order.requestKey != nil {
                guard let ticket = order.pinTicket else { throw IssuanceError.pinNotProven }
                try PINTickets.redeem(db, ticket, for: order, at: date)
            }
            let holder = try checkedHolder(db, order, at: date)
            let content = DocumentContent(db: db, holder: holder, businessDate: businessDate)
            let context = try content.context(for: order.request, releasedAt: date, clock: clock)
            let entry = IssuanceJournal.Entry(
                residentID: holder.id, credentialID: order.credentialID, kind: order.request.kind,
                options: String(decoding: try JSONEncoder.sorted.encode(order.request), as: UTF8.self),
                copies: order.copies, channel: order.channel, terminal: order.terminal)
            let receipt = try journal.record(db, entry, context: context, at: date, businessDate: businessDate)
            if let key = order.requestKey {
                try IssueRequest.remember(db, terminal: order.terminal, key: key, issuanceID: receipt.issuanceID)
            }
            return (receipt, false)
        }
    }

    /// The same rules as at authentication, checked again: the card may have been locked or revoked, or the
    /// holder moved out, between the PIN and the payment.
    private func checkedHolder(_ db: any SQLConnection, _ order: IssuanceOrder, at date: Date) throws -> ResidentFacts {
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

    public func withdraw(requestKey: String, terminal: String, at date: Date) throws -> Withdrawal {
        try database.write { db in
            try IssueRequest.withdraw(db, terminal: terminal, key: requestKey, at: date,
                                      businessDate: clock.businessDate(date))
        }
    }

    public func refundUnprinted(issuanceID: Int64, reason: String, at date: Date) throws {
        try database.write { db in
            let charge = try LedgerWriter.refundableCharge(db, issuanceID: issuanceID)
            guard try !Self.onPaper(db, issuanceID) else { throw IssuanceError.alreadyPrinted(issuanceID) }
            // The cash goes back where it was paid.
            try LedgerWriter.refund(db, charge, terminal: charge.terminal, reason: reason,
                                    businessDate: clock.businessDate(date), createdAt: Timestamp.text(date))
        }
    }

    /// Whether any copy of the issuance was marked printed: a printer that fails removes what it wrote, so a mark
    /// means paper in someone's hand.
    static func onPaper(_ db: any SQLConnection, _ issuanceID: Int64) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM document WHERE issuance_id = ? AND printed_at IS NOT NULL)
            """), arguments: [issuanceID]) ?? false
    }
}
