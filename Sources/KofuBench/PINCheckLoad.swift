import Foundation
import KofuCore

/// The PIN check as the kiosk makes it, right PIN after right PIN (each resets the count of wrong ones): slow on
/// purpose, since the stored hash must be costly to search, so the bench states it rather than compares it.
public enum PINCheckLoad {
    /// What `kofu bench pin-worker` prints: the wall milliseconds, then each check's.
    public static func run(_ authority: any CertificateAuthority, credentialID: String, pin: PIN, count: Int,
                           at date: Date) throws -> String {
        try WorkerOutput.timing(count) {
            guard case .authenticated = try authority.authenticate(credentialID: credentialID, pin: pin, at: date) else {
                throw BenchError.missing("a card whose published PIN lets its holder in")
            }
        }.text
    }
}
