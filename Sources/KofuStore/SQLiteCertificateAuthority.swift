import Foundation
import KofuCore

/// The mock national certificate system: credentials, PIN hashes and failure counters live in the city database.
public struct SQLiteCertificateAuthority: CertificateAuthority {
    let database: KofuDatabase
    let clock: CityClock

    public init(database: KofuDatabase, clock: CityClock = CityClock()) {
        self.database = database
        self.clock = clock
    }

    public func read(credentialID: String, kind: CredentialKind, at date: Date) throws -> CredentialReading {
        // A card number typed on the smartphone path (or the reverse) is no credential of that kind.
        guard let row = try database.read({ try Authentication.CredentialRow.fetch($0, id: credentialID) }),
              row.kind == kind.rawValue else {
            return .refused(.unknownCredential)
        }
        if let refusal = row.refusal(today: clock.businessDate(date)) { return .refused(refusal) }
        return .ready(triesLeft: Authentication.maxAttempts - row.failedAttempts)
    }

    public func authenticate(credentialID: String, pin: PIN, at date: Date) throws -> AuthenticationOutcome {
        let today = clock.businessDate(date)
        guard let seen = try database.read({ try Authentication.CredentialRow.fetch($0, id: credentialID) }) else {
            return .refused(.unknownCredential)
        }
        if let refusal = seen.refusal(today: today) { return .refused(refusal) }
        // The slow hash runs outside the write transaction, so kiosks do not queue behind each other's PINs.
        let matchedSeenHash = PINHash.verify(pin.digits, against: seen.pinHash)
        return try database.write { db in
            guard let current = try Authentication.CredentialRow.fetch(db, id: credentialID) else {
                return .refused(.unknownCredential)
            }
            if let refusal = current.refusal(today: today) { return .refused(refusal) }
            // The window may have reset the PIN meanwhile: then only the hash stored now counts.
            let correct = current.pinHash == seen.pinHash
                ? matchedSeenHash : PINHash.verify(pin.digits, against: current.pinHash)
            guard correct else { return try recordFailure(db, current) }
            if current.failedAttempts != 0 {
                try db.execute(sql: "UPDATE credential SET failed_attempts = 0 WHERE id = ?", arguments: [current.id])
            }
            if let refusal = try Authentication.ineligibility(db, residentID: current.residentID, at: date,
                                                              clock: clock) {
                return .refused(refusal)
            }
            return .authenticated(try Authentication.profile(db, residentID: current.residentID))
        }
    }

    /// Counts on the value read in this same transaction, so two wrong PINs typed at once both count.
    private func recordFailure(_ db: any SQLConnection, _ credential: Authentication.CredentialRow) throws
        -> AuthenticationOutcome {
        let attempts = credential.failedAttempts + 1
        if attempts >= Authentication.maxAttempts {
            try db.execute(sql: "UPDATE credential SET failed_attempts = ?, state = 'locked' WHERE id = ?",
                           arguments: [Authentication.maxAttempts, credential.id])
            return .refused(.locked)
        }
        try db.execute(sql: "UPDATE credential SET failed_attempts = ? WHERE id = ?",
                       arguments: [attempts, credential.id])
        return .wrongPIN(triesLeft: Authentication.maxAttempts - attempts)
    }
}
