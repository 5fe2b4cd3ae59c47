import Foundation
import GRDB
import KofuCore

/// The answer of `kofu verify` for a serial and the code printed beside it.
public enum DocumentVerification: Equatable, Sendable {
    /// The document exists, its stored text still matches its code, and the code given is that code.
    case genuine(kind: CertificateKind, businessDate: String)
    /// No document was ever issued with this serial.
    case unknownSerial
    /// The code given is not the document's: the paper was altered or invented.
    case codeMismatch
    /// The stored text no longer matches the code it was issued with: the database was altered.
    case recordAltered
    /// Serial and code are genuine but the text around them is not what was issued.
    case textAltered
    /// The text carries no 証明書番号 or 検証コード line.
    case notACertificate
    /// Serial and code are genuine, but the issuance was refunded or voided (at the window, or after a failed
    /// print) on that business date: the paper, printed or not, is void.
    case refunded(on: String)
}

extension KofuDatabase {
    public func verify(serial: String, code: String) throws -> DocumentVerification {
        let key = try hmacSecret()
        guard let row = try read({ db in
            try Row.fetchOne(db, sql: """
                SELECT d.body, d.verification_code, i.kind, i.business_date,
                    (SELECT refund.business_date FROM ledger charge
                        JOIN ledger refund ON refund.references_ledger_id = charge.id
                        WHERE charge.issuance_id = i.id AND charge.entry_type IN ('charge', 'exemption')
                            AND refund.entry_type = 'refund') AS refunded_on
                FROM document d JOIN issuance i ON i.id = d.issuance_id WHERE d.serial = ?
                """, arguments: [serial])
        }) else { return .unknownSerial }
        let stored: String = row["verification_code"]
        let recomputed = VerificationCode.make(serial: serial, body: row["body"], key: key)
        guard PINHash.constantTimeEqual(Data(recomputed.utf8), Data(stored.utf8)) else { return .recordAltered }
        let given = code.uppercased().trimmingCharacters(in: .whitespaces)
        guard PINHash.constantTimeEqual(Data(given.utf8), Data(stored.utf8)) else { return .codeMismatch }
        // Checked last, so that only someone holding the real code learns that the issuance was refunded.
        if let refundedOn: String = row["refunded_on"] { return .refunded(on: refundedOn) }
        return .genuine(kind: CertificateKind(rawValue: row["kind"])!, businessDate: row["business_date"])
    }

    /// Checks a whole printed certificate: its serial and code, then every character against what was issued.
    public func verify(printed text: String) throws -> DocumentVerification {
        func value(after label: String) -> String? {
            text.split(separator: "\n").first { $0.hasPrefix(label) }
                .map { $0.dropFirst(label.count).trimmingCharacters(in: .whitespaces) }
        }
        guard let serial = value(after: "証明書番号"), let code = value(after: "検証コード") else { return .notACertificate }
        let verdict = try verify(serial: serial, code: code)
        guard case .genuine = verdict else { return verdict }
        let issued = try read { db in
            try Row.fetchOne(db, sql: "SELECT body, verification_code FROM document WHERE serial = ?", arguments: [serial])
        }.map { VerificationCode.printed(body: $0["body"], code: $0["verification_code"]) }
        return issued == PrintedCopy.original(of: text) ? verdict : .textAltered
    }

    /// Each copy of an issuance as the printer puts it on paper, in serial order: the text, then the proof line.
    func printedDocuments(issuanceID: Int64) throws -> [PrintedCopy] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT serial, body, verification_code FROM document WHERE issuance_id = ? ORDER BY copy_number
                """, arguments: [issuanceID]).map(PrintedCopy.init)
        }
    }
}
