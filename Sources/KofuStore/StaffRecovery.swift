import Crypto
import Foundation
import GRDB
import KofuCore

/// Why `kofu staff recover` refused; nothing was changed.
public enum StaffRecoveryError: Error, Equatable, CustomStringConvertible {
    case noSigningKey
    case unreadableKeyFile
    case wrongSigningKey

    public var description: String {
        switch self {
        case .noSigningKey:
            "this database has no signing key to prove possession of, so it cannot be recovered this way"
        case .unreadableKeyFile: "the key file does not hold an Ed25519 private key (32 bytes, base64)"
        case .wrongSigningKey: "the key file is not this database's signing key"
        }
    }
}

/// The way back when no supervisor can approve anything (every one locked, or the last one's password forgotten):
/// whoever holds the city's signing key file, which lives beside the database and only its owner may read, unlocks
/// a supervisor account and gives it a new password. Holding the database alone is not enough, and the audit trail
/// records every recovery.
extension SQLiteStaffDirectory {
    /// Where document signing publishes the city's public key: base64 of its 32 raw bytes. The key file holds the
    /// private key's 32 raw bytes, base64.
    static let publicKeySetting = "signing_public_key"

    public func recover(supervisorID: String, newPassword: String, keyFile: Data, at date: Date) throws {
        if let problem = StaffPassword.problem(id: supervisorID, password: newPassword) {
            throw StaffError.invalid(problem)
        }
        let text = String(decoding: keyFile, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let raw = Data(base64Encoded: text),
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw StaffRecoveryError.unreadableKeyFile
        }
        let hash = try PINHash.make(newPassword)
        try database.write { db in
            guard let published = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?",
                                                       arguments: [Self.publicKeySetting]) else {
                throw StaffRecoveryError.noSigningKey
            }
            guard Data(base64Encoded: published) == key.publicKey.rawRepresentation else {
                throw StaffRecoveryError.wrongSigningKey
            }
            let record = try StaffRecord.require(db, id: supervisorID)
            guard record.member.role == .supervisor else { throw StaffError.notSupervisor(supervisorID) }
            try db.execute(sql: """
                UPDATE staff SET password_hash = ?, failed_attempts = 0, locked = 0, retry_after = NULL WHERE id = ?
                """, arguments: [hash, supervisorID])
            try Audit.write(db, staffID: supervisorID, .recover,
                            detail: "recovered with the signing key file: unlocked, password replaced", at: date)
        }
    }
}
