import Foundation
import GRDB

/// One copy of a document as it goes on paper: the signed text, then the seal under it, which the printer writes
/// last so that a copy cut short by a crash never carries it and can never pass for a genuine one.
struct PrintedCopy {
    var serial: String
    var text: String
    var seal: String

    init(_ row: Row) {
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
    static let reprintMark = "【再印刷】"

    static func reprinted(_ copy: PrintedCopy, on day: String) -> String {
        "\(reprintMark)\(day) 同一の証明書番号の再印刷\n" + copy.whole
    }

    /// The certificate a printed text carries, its reprint line (if any) set aside.
    static func original(of printed: String) -> String {
        guard printed.hasPrefix(reprintMark), let end = printed.firstIndex(of: "\n") else { return printed }
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
        try write { db in
            for serial in serials {
                try db.execute(sql: "UPDATE document SET printed_at = ? WHERE serial = ? AND printed_at IS NULL",
                               arguments: [Timestamp.text(date), serial])
            }
        }
    }
}
