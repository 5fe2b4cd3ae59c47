import Foundation
import KofuCore

/// One copy of a document as it goes on paper: the signed text, then the seal under it, which the printer writes
/// last so that a copy cut short by a crash never carries it and can never pass for a genuine one.
public struct PrintedCopy: Equatable, Sendable {
    public var serial: String
    public var text: String
    public var seal: String

    public init(serial: String, text: String, seal: String) {
        self.serial = serial
        self.text = text
        self.seal = seal
    }

    init(_ row: SQLRow) {
        serial = row["serial"]
        let stored: String = row["body"]
        if let sealed = SealedDocument(printed: stored) {
            (text, seal) = (String(sealed.signedText), String(sealed.sealText))
        } else {
            (text, seal) = (stored, "")
        }
    }

    var whole: String { text + seal }

    /// A copy printed again after a crash says so on its first line; what follows is the certificate as issued.
    static func reprinted(_ copy: PrintedCopy, on day: String) -> String {
        reprintLine(day) + "\n" + copy.whole
    }

    /// A staff reprint (`kofu print`) says so on its first line: a copy for the office, not charged.
    static func reissued(_ text: String, on day: String) -> String {
        reissueLine(day) + "\n" + text
    }

    private static func reprintLine(_ day: String) -> String { "【再印刷】\(day) 同一の証明書番号の再印刷" }
    private static func reissueLine(_ day: String) -> String { "【再発行】\(day) 職員用の控え・手数料なし" }

    /// The certificate a printed text carries, its reprint or reissue line (if any) set aside. The line is not
    /// signed, so only its fixed wordings are: any other first line is part of the text, and fails verification there.
    static func original(of printed: String) -> String {
        guard let end = printed.firstIndex(of: "\n"),
              let match = printed[..<end].wholeMatch(of: /【(再印刷|再発行)】(\d{4}-\d{2}-\d{2}) .*/),
              JapaneseDate.parse(String(match.2)) != nil,
              [reprintLine(String(match.2)), reissueLine(String(match.2))].contains(where: {
                  printed[..<end].utf8.elementsEqual($0.utf8)
              }) else { return printed }
        return String(printed[printed.index(after: end)...])
    }

    /// Checks the certificate a printed file carries, naming lines as the file numbers them: a reprint is as
    /// genuine as the copy it replaces, its first line aside.
    static func checking(_ file: String, _ check: (String) throws -> DocumentVerification) rethrows
        -> DocumentVerification {
        let certificate = original(of: file)
        let verdict = try check(certificate)
        guard certificate.count != file.count, case .lineAltered(let line, let text) = verdict else { return verdict }
        return .lineAltered(line: line + 1, text: text)
    }
}

extension KofuDatabase {
    /// The copies are on paper: recorded only after their files and directory were flushed.
    func markPrinted(_ serials: [String], at date: Date) throws {
        try write { db in try Self.markPrinted(db, serials, at: date) }
    }

    static func markPrinted(_ db: any SQLConnection, _ serials: [String], issuanceID: Int64? = nil, at date: Date) throws {
        for serial in serials {
            try db.execute(sql: """
                UPDATE document SET printed_at = ? WHERE serial = ? AND printed_at IS NULL
                    AND (CAST(? AS BIGINT) IS NULL OR issuance_id = ?)
                """, arguments: [Timestamp.text(date), serial, issuanceID, issuanceID])
        }
    }
}
