import Crypto
import Foundation

/// The city's signature over a till close, made when the till is closed. A close records the ledger's head, so a
/// closed day rewritten with every later hash recomputed no longer matches it; but the close chain is plain SHA-256
/// too, and whoever rewrote the day could recompute the close as well. The signature is what they cannot remake:
/// it needs the private key, which is never in the database.
///
/// It signs the hash the close's other fields give (its place in the close chain and the ledger head included) and
/// is itself hashed into the close's `hash`, so the chain also covers it.
enum AnchorSignature {
    /// The window_close column it is kept in; NULL on closes made before closes were signed.
    static let column = "signature"

    static func sign(closeHash: String, with key: SigningKey) throws -> String {
        try key.privateKey.signature(for: message(closeHash)).base64EncodedString()
    }

    static func isValid(_ signature: String, closeHash: String, key: CityPublicKey) -> Bool {
        guard let bytes = Data(base64Encoded: signature) else { return false }
        return key.key.isValidSignature(bytes, for: message(closeHash))
    }

    /// Named, so that no other signature of the city's key (a document's) can pass for a close's.
    private static func message(_ closeHash: String) -> Data {
        Data("kofu till close anchor 1\n\(closeHash)".utf8)
    }
}
