import Foundation
import KofuCore

/// The answer of `kofu verify` for a printed document, or for a serial and the code typed from it.
public enum DocumentVerification: Equatable, Sendable {
    /// The document exists, its stored text still carries the city's signature, and what was given is that
    /// document (its every byte, or its code).
    case genuine(kind: CertificateKind, businessDate: String)
    /// With the public key alone: every byte is as the city signed it. Whether it was refunded since, only the
    /// database can tell.
    case signedByCity(serial: String)
    /// No document was ever issued with this serial from this database.
    case unknownSerial
    /// The code given is not the document's: the paper was altered or invented.
    case codeMismatch
    /// The stored document no longer carries the city's signature: the database was altered.
    case recordAltered
    /// The first line (counted from 1 in the file) that is not as issued, with its text; nil text for a line the
    /// file lacks.
    case lineAltered(line: Int, text: String?)
    /// The text is not as signed, though each line matches its tag: altered on purpose, the line not told.
    case textAltered
    /// The seal is not the city's: the document was invented, re-signed with another key, or its signature lines
    /// were altered.
    case signatureInvalid
    /// The text carries no 証明書番号 or no seal.
    case notACertificate
    /// Serial and code are genuine, but the issuance was refunded or voided (at the window, or after a failed
    /// print) on that business date: the paper, printed or not, is void.
    case refunded(on: String)
}

extension KofuDatabase {
    public func verify(serial: String, code: String) throws -> DocumentVerification {
        let key = try publicKey()
        guard let document = try issued(serial: serial) else { return .unknownSerial }
        guard case .signedByCity(serial) = key.verify(certificate: document.text),
              SealedDocument(printed: document.text)?.seal?.code == document.code else { return .recordAltered }
        let given = VerificationCode.normalized(code)
        guard PINHash.constantTimeEqual(Data(given.utf8), Data(VerificationCode.normalized(document.code).utf8)) else {
            return .codeMismatch
        }
        // Checked last, so that only someone holding the real code learns that the issuance was refunded.
        return document.verdict
    }

    /// Checks a whole printed document: its signature with the city's public key, then every byte against the
    /// document issued under its serial, then whether that issuance still stands.
    public func verify(printed file: String) throws -> DocumentVerification {
        let key = try publicKey()
        return try PrintedCopy.checking(file) { text in try check(printed: text, with: key) }
    }

    private func check(printed text: String, with key: CityPublicKey) throws -> DocumentVerification {
        let signed = key.verify(certificate: text)
        guard let serial = SealedDocument.serial(in: text[...]), let document = try issued(serial: serial) else {
            if case .signedByCity = signed { return .unknownSerial }
            return signed
        }
        guard case .signedByCity(serial) = key.verify(certificate: document.text) else { return .recordAltered }
        if let line = TextLines.firstDifference(text[...], from: document.text[...]) {
            return .lineAltered(line: line.number, text: line.text)
        }
        return document.verdict
    }

    /// Each copy of an issuance as the printer puts it on paper, in serial order.
    func printedDocuments(issuanceID: Int64) throws -> [PrintedCopy] {
        try read { db in
            try SQLRow.fetchAll(db, sql: """
                SELECT serial, body FROM document WHERE issuance_id = ? ORDER BY copy_number
                """, arguments: [issuanceID]).map(PrintedCopy.init)
        }
    }

    struct IssuedDocument {
        var text: String
        var code: String
        var verdict: DocumentVerification
        var issuanceID: Int64
    }

    func issued(serial: String) throws -> IssuedDocument? {
        try read { db in
            try SQLRow.fetchOne(db, sql: """
                SELECT d.body, d.verification_code, i.kind, i.business_date, i.id,
                    (SELECT refund.business_date FROM ledger charge
                        JOIN ledger refund ON refund.references_ledger_id = charge.id
                        WHERE charge.issuance_id = i.id AND charge.entry_type IN ('charge', 'exemption')
                            AND refund.entry_type = 'refund') AS refunded_on
                FROM document d JOIN issuance i ON i.id = d.issuance_id WHERE d.serial = ?
                """, arguments: [serial])
        }.map { row in
            let refundedOn: String? = row["refunded_on"]
            return IssuedDocument(
                text: row["body"], code: row["verification_code"],
                verdict: refundedOn.map { .refunded(on: $0) }
                    ?? .genuine(kind: CertificateKind(rawValue: row["kind"])!, businessDate: row["business_date"]),
                issuanceID: row["id"])
        }
    }
}
