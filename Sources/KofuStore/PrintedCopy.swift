import Foundation
import GRDB

/// One copy of a document as it goes on paper: the text, and the proof line that seals it.
struct PrintedCopy {
    var serial: String
    var text: String
    var proof: String

    init(_ row: Row) {
        serial = row["serial"]
        text = VerificationCode.sealed(row["body"])
        proof = VerificationCode.proof(row["verification_code"])
    }

    var whole: String { text + proof }

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
