import Foundation
import KofuCore

/// The writing the kiosk desk and the window desk share, always inside the caller's transaction: the journal entry,
/// one signed document per copy, and the ledger row for its fee (a charge, or a 0-yen exemption with its reason).
struct IssuanceJournal: Sendable {
    let templates: CertificateTemplates
    let signingKey: SigningKey
    let storeID: String

    init(database: KofuDatabase, templates: URL, signingKey: SigningKey) throws {
        self.templates = try CertificateTemplates(directory: templates)
        self.signingKey = try database.requireOwn(signingKey)
        self.storeID = try database.storeID()
    }

    /// Who served a window issuance, who asked for it, on what evidence, and how it leaves; the kiosk has none of
    /// this.
    struct Counter {
        var staffID: String
        var identity: IdentityDocument
        var proxy: Proxy?
        var delivery: Delivery

        var applicant: String { proxy?.standing.rawValue ?? "resident" }
    }

    struct Entry {
        var residentID: String
        var credentialID: String?
        var kind: CertificateKind
        /// The request as sorted JSON, so that the same options always give the same text.
        var options: String
        var copies: Int
        var channel: Channel
        var terminal: String
        var counter: Counter?
        var exemption: ExemptionReason?

        var amount: Int { channel.fee(copies: copies, exempt: exemption != nil) }
    }

    func record(_ db: any SQLConnection, _ entry: Entry, context: TemplateContext, at date: Date,
                businessDate: String) throws -> IssuanceReceipt {
        let createdAt = Timestamp.text(date)
        let issuanceID = try Int64.fetchOne(db.cachedStatement(sql: """
            INSERT INTO issuance (resident_id, credential_id, kind, options_json, copies, channel, terminal, created_at,
                business_date, staff_id, identity_document, proxy_name, applicant, applicant_resident_id, proxy_purpose,
                proxy_submit_to, delivery, applicant_relationship)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """), arguments: [
                entry.residentID, entry.credentialID, entry.kind.rawValue, entry.options, entry.copies,
                entry.channel.rawValue, entry.terminal, createdAt, businessDate, entry.counter?.staffID,
                entry.counter?.identity.rawValue, entry.counter?.proxy?.name, entry.counter?.applicant,
                entry.counter?.proxy?.memberID, entry.counter?.proxy.flatMap { $0.sameHousehold ? nil : $0.purpose },
                entry.counter?.proxy.flatMap { $0.sameHousehold ? nil : $0.submitTo },
                entry.counter?.delivery.rawValue,
                entry.counter?.proxy.flatMap { $0.relationship.isEmpty ? nil : $0.relationship }])!
        var context = context
        context["channel"] = .text(Self.channelText(entry.channel, terminal: entry.terminal))
        var serials: [String] = []
        for copy in 1...entry.copies {
            let serial = Self.serial(entry.channel, store: storeID, businessDate: businessDate, issuanceID: issuanceID,
                                     copy: copy)
            context["serial"] = .text(serial)
            let body = try templates.template(for: entry.kind).render(context)
            let document = try DocumentSeal.seal(body, with: signingKey)
            try db.cachedStatement(sql: """
                INSERT INTO document (serial, issuance_id, copy_number, body, verification_code) VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: [serial, issuanceID, copy, document.text, document.code])
            serials.append(serial)
        }
        try LedgerWriter.append(db, LedgerWriter.Row(
            entryType: entry.exemption == nil ? .charge : .exemption, issuanceID: issuanceID, channel: entry.channel,
            terminal: entry.terminal, kind: entry.kind, copies: entry.copies, unitFee: entry.channel.unitFee,
            amount: entry.amount, businessDate: businessDate, createdAt: createdAt, reason: entry.exemption?.rawValue))
        return IssuanceReceipt(issuanceID: issuanceID, serials: serials, amount: entry.amount, businessDate: businessDate)
    }

    /// "K-3FA9C1-20261125-000123-1": channel, store, business date, issuance id and copy; unique within the store
    /// because the issuance id is, and across stores because each has its own id.
    static func serial(_ channel: Channel, store: String, businessDate: String, issuanceID: Int64, copy: Int) -> String {
        let prefix = channel == .kiosk ? "K" : "W"
        let date = businessDate.replacingOccurrences(of: "-", with: "")
        let number = String(issuanceID)
        return "\(prefix)-\(store)-\(date)-\(String(repeating: "0", count: max(0, 6 - number.count)) + number)-\(copy)"
    }

    /// The channel a serial was issued at, from its first letter.
    static func channel(ofSerial serial: String) -> Channel? {
        serial.hasPrefix("K-") ? .kiosk : serial.hasPrefix("W-") ? .window : nil
    }

    static func channelText(_ channel: Channel, terminal: String) -> String {
        switch channel {
        case .kiosk: "コンビニ交付 端末 \(terminal)"
        case .window: "窓口交付 端末 \(terminal)"
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
