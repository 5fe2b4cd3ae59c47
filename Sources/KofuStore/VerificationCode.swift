import Crypto
import Foundation

/// The printed proof that a document is genuine: an HMAC of its serial and text under the city's secret, cut to
/// 64 bits and grouped for reading aloud, e.g. "ABCD-EF01-2345-6789". Changing a character changes the code.
enum VerificationCode {
    static func make(serial: String, body: String, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data((serial + "\n" + body).utf8), using: key)
        let hex = mac.prefix(8).map { String(format: "%02X", $0) }.joined()
        return stride(from: 0, to: hex.count, by: 4).map { start in
            String(hex.dropFirst(start).prefix(4))
        }.joined(separator: "-")
    }

    /// The text as printed: the code seals everything above it, so it comes last and is not part of what it signs.
    static func printed(body: String, code: String) -> String {
        sealed(body) + proof(code)
    }

    /// The text above the code, ending with its line break.
    static func sealed(_ body: String) -> String { body.hasSuffix("\n") ? body : body + "\n" }

    /// The line that makes paper a certificate. The printer writes it last, so that a copy cut short by a crash
    /// never carries it and can never pass for a genuine one.
    static func proof(_ code: String) -> String { "検証コード　\(code)\n" }
}
