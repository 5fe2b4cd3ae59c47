import Crypto
import Foundation

/// The code printed under a document for a person to type into `kofu verify --code`: ten characters of Crockford
/// base32 (no I, L, O or U, so that none reads as another) taken from a hash of the document's signature, grouped
/// for reading aloud, e.g. "7K3MQ-9XD2F". Fifty bits: guessing one for a given serial is hopeless, and the code
/// proves nothing without the database that holds the signature it comes from.
enum VerificationCode {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    static let length = 10

    static func make(signature: Data) -> String {
        let digest = Array(SHA256.hash(data: Data("kofu verification code\n".utf8) + signature))
        let characters = (0..<length).map { index -> Character in
            let bit = index * 5
            let pair = UInt16(digest[bit / 8]) << 8 | UInt16(digest[bit / 8 + 1])
            return alphabet[Int(pair >> (11 - bit % 8) & 0x1F)]
        }
        return String(characters.prefix(length / 2)) + "-" + String(characters.suffix(length / 2))
    }

    /// A code as it is compared, typed however: full-width or lower case, with spaces or hyphens, and I, L or O
    /// for the 1 and 0 they look like.
    static func normalized(_ typed: String) -> String {
        let substitutes: [Character: Character] = ["I": "1", "L": "1", "O": "0"]
        return String(typed.precomposedStringWithCompatibilityMapping.uppercased()
            .filter { !$0.isWhitespace && !"-‐‑‒–—―ー".contains($0) }
            .map { substitutes[$0] ?? $0 })
    }
}
