import Foundation
import KofuCore

/// What a terminal on the network presents with every request: `<terminal id>:<secret>`, the secret 32 random
/// bytes as hex. The secret is random and long, so a plain SHA-256 of it cannot be searched back the way a PIN's
/// can; the store keeps only that hash and the token is shown once, when the terminal is added.
public struct TerminalToken: Equatable, Sendable, CustomStringConvertible {
    public let terminalID: String
    let secret: String

    /// A new secret for `terminalID`.
    static func issue(for terminalID: String) -> TerminalToken {
        let secret = Hex.randomSecret()
        return TerminalToken(terminalID: terminalID, secret: secret)
    }

    init(terminalID: String, secret: String) {
        self.terminalID = terminalID
        self.secret = secret
    }

    /// Reads a token as sent (`Authorization: Bearer …`) or kept in a terminal's key file; nil when it is not one.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, TerminalRecord.isValidID(String(parts[0])),
              Hex.isRandomSecret(String(parts[1])) else { return nil }
        self.init(terminalID: String(parts[0]), secret: String(parts[1]))
    }

    /// The token in a terminal's key file (`kofu center terminal add --key-file`).
    public static func read(from file: String) throws -> TerminalToken {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw TerminalError.unreadableKeyFile(file)
        }
        guard let token = TerminalToken(text) else { throw TerminalError.notAKeyFile(file) }
        return token
    }

    /// The whole token, to hand to the terminal's operator once.
    public var text: String { "\(terminalID):\(secret)" }

    /// Never the secret, so that a token in a log line or an error shows only whose it is.
    public var description: String { "TerminalToken(\(terminalID):****)" }

    var secretHash: String { Hex.hashOfSecret(secret) }

    func matches(hash: String) -> Bool {
        PINHash.constantTimeEqual(Data(secretHash.utf8), Data(hash.utf8))
    }
}
