import Crypto

/// Bytes as lower-case hex, by table: the chain hashes every row it writes, and a formatted string per byte cost
/// more than the SHA-256 itself.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func lowercase(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// 32 random bytes as hex: terminal secrets and PIN tickets, long enough that their plain SHA-256 is all a
    /// store needs to keep.
    static func randomSecret() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { lowercase($0) }
    }

    static func isRandomSecret(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { digits.contains($0) }
    }

    /// What a store keeps of a random secret.
    static func hashOfSecret(_ secret: String) -> String {
        lowercase(SHA256.hash(data: Array(secret.utf8)))
    }
}
