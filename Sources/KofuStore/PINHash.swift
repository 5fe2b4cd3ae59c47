import Crypto
import CryptoExtras
import Foundation

/// PINs are four digits, so only a slow, salted hash keeps a stolen database from giving them all away in seconds.
/// Stored as `pbkdf2-sha256$<rounds>$<base64 salt>$<base64 hash>` so the round count can grow later.
enum PINHash {
    static let rounds = 210_000
    static let scheme = "pbkdf2-sha256"

    static func make(_ pin: String, rounds: Int = rounds) throws -> String {
        let salt = SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) }
        let hash = try derive(pin, salt: salt, rounds: rounds)
        return [scheme, String(rounds), salt.base64EncodedString(), hash.base64EncodedString()].joined(separator: "$")
    }

    /// False for a wrong PIN and for a stored value that cannot be read: a damaged hash must never let anyone in.
    static func verify(_ pin: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == scheme, let rounds = Int(parts[1]),
              let salt = Data(base64Encoded: String(parts[2])),
              let expected = Data(base64Encoded: String(parts[3])),
              let actual = try? derive(pin, salt: salt, rounds: rounds) else { return false }
        return constantTimeEqual(actual, expected)
    }

    private static func derive(_ pin: String, salt: Data, rounds: Int) throws -> Data {
        let key = try KDF.Insecure.PBKDF2.deriveKey(from: Data(pin.utf8), salt: salt, using: .sha256,
                                                    outputByteCount: 32, rounds: rounds)
        return key.withUnsafeBytes { Data($0) }
    }

    /// Looks at every byte whatever the first difference, so timing does not tell how much of a guess was right.
    static func constantTimeEqual(_ a: Data, _ b: Data) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0
    }
}
