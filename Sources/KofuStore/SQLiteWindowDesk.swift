import Foundation
import KofuCore

/// The city hall counter on the same database as the kiosks. Each step is one SQLite transaction holding its
/// journal entry, documents and ledger row(s) together with its audit row: all of them, or none.
public struct SQLiteWindowDesk: WindowDesk, WindowNetworkPayments {
    let database: KofuDatabase
    let journal: IssuanceJournal
    let hours: WindowHours
    let clock: CityClock

    /// `templates` is the directory holding one `<kind>.txt` layout per certificate kind; `signingKey` signs every
    /// document, so there is no desk without it.
    public init(database: KofuDatabase, templates: URL, signingKey: SigningKey, hours: WindowHours,
                clock: CityClock = CityClock()) throws {
        try database.requireDurability()
        self.database = database
        self.journal = try IssuanceJournal(database: database, templates: templates, signingKey: signingKey)
        self.hours = hours
        self.clock = clock
    }

    public func issue(_ order: WindowOrder, at date: Date) throws -> IssuanceReceipt {
        try pay(order, at: date).receipt
    }

    public func pay(_ order: WindowOrder, at date: Date) throws -> (receipt: IssuanceReceipt, replayed: Bool) {
        let businessDate = clock.businessDate(date)
        return try database.write { db in
            // A retry is answered before any rule: the payment it repeats was made when the rules held.
            if let key = order.requestKey, let earlier = try IssueRequest.earlier(db, order, key: key) {
                return (earlier, true)
            }
            // As at the kiosk desk: whatever the screen showed, nothing is issued once the window has closed.
            // Refunds, PIN resets and the close itself may still be done after hours.
            guard hours.isOpen(at: date, clock: clock) else { throw WindowError.outsideWindowHours }
            guard (1...IssuanceLimits.maxCopies).contains(order.copies) else {
                throw IssuanceError.copiesOutOfRange(order.copies)
            }
            let received = order.cashReceived ?? 0
            guard CashLimit.contains(received) else { throw WindowError.cashOutOfRange(received) }
            guard received >= order.amount else { throw WindowError.cashShort(received: received, amount: order.amount) }
            try TerminalRecord.require(db, id: order.terminal, kind: .window)
            try StaffRecord.require(db, id: order.staffID)
            if order.exemption != nil {
                guard let approver = order.approvedBy else { throw WindowError.approvalMissing }
                try StaffRecord.requireApprover(db, id: approver, of: order.staffID)
            }
            let holder = try WindowRules.checkedResident(db, order)
            let content = DocumentContent(db: db, holder: holder, businessDate: businessDate)
            let context = try content.context(for: order.request, releasedAt: date, clock: clock)
            let entry = IssuanceJournal.Entry(
                residentID: holder.id, credentialID: nil, kind: order.request.kind, options: try Self.options(order.request),
                copies: order.copies, channel: .window, terminal: order.terminal,
                counter: .init(staffID: order.staffID, identity: order.identity, proxy: order.proxy, delivery: order.delivery),
                exemption: order.exemption)
            let receipt = try journal.record(db, entry, context: context, at: date, businessDate: businessDate)
            if order.amount > 0 {
                try db.execute(sql: "INSERT INTO window_payment (issuance_id, received, change_given) VALUES (?, ?, ?)",
                               arguments: [receipt.issuanceID, received, order.change])
            }
            if let reason = order.exemption, let approver = order.approvedBy {
                try Audit.write(db, staffID: order.staffID, .exemption, issuanceID: receipt.issuanceID,
                                detail: "\(reason.rawValue), approved by \(approver), at \(order.terminal)", at: date)
            } else {
                try Audit.write(db, staffID: order.staffID, .issue, issuanceID: receipt.issuanceID,
                                detail: "\(receipt.amount) yen at \(order.terminal)", at: date)
            }
            if let key = order.requestKey {
                try IssueRequest.remember(db, terminal: order.terminal, key: key, issuanceID: receipt.issuanceID)
            }
            return (receipt, false)
        }
    }

    /// A kiosk kind is journalled exactly as the kiosk journals it, so one kind's options compare across channels.
    static func options(_ certificate: WindowCertificate) throws -> String {
        let data = switch certificate {
        case .kiosk(let request): try JSONEncoder.sorted.encode(request)
        default: try JSONEncoder.sorted.encode(certificate)
        }
        return String(decoding: data, as: UTF8.self)
    }

    public func resetPIN(credentialID: String, newPIN: PIN, identity: IdentityDocument, staffID: String,
                         at date: Date) throws {
        guard newPIN.isComplete else { throw WindowError.pinIncomplete }
        // Hashed before the transaction: the slow hash must not hold the database.
        let hash = try PINHash.make(newPIN.digits)
        try database.write { db in
            try StaffRecord.require(db, id: staffID)
            guard let credential = try Authentication.CredentialRow.fetch(db, id: credentialID) else {
                throw IssuanceError.credentialRefused(credentialID: credentialID, .unknownCredential)
            }
            guard credential.state != "revoked" else {
                throw IssuanceError.credentialRefused(credentialID: credentialID, .revoked)
            }
            try db.execute(sql: "UPDATE credential SET pin_hash = ?, failed_attempts = 0, state = 'active' WHERE id = ?",
                           arguments: [hash, credentialID])
            // Staff-only trail: which card, checked against which document, so a reset can be traced if disputed.
            try Audit.write(db, staffID: staffID, .pinReset,
                            detail: "credential \(credentialID), identity \(identity.rawValue), lock and counter cleared",
                            at: date)
        }
    }
}
