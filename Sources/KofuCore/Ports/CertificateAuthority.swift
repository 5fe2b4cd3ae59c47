import Foundation

/// The national certificate system as the kiosk sees it. The SQLite mock implements it; a networked backend can
/// replace it without touching the flow.
public protocol CertificateAuthority: Sendable {
    /// Reads the credential as the machine reads a card: unknown, revoked, expired or locked, else tries left.
    func read(credentialID: String, kind: CredentialKind, at date: Date) throws -> CredentialReading
    /// Checks the PIN and counts failures: three consecutive wrong PINs lock the credential, a right one resets.
    func authenticate(credentialID: String, pin: PIN, at date: Date) throws -> AuthenticationOutcome
}

/// Issues certificates and charges for them, both or neither.
public protocol IssuanceDesk: Sendable {
    func issue(_ order: IssuanceOrder, at date: Date) throws -> IssuanceReceipt
    /// A copy could not be printed after the fee was taken: the fee is given back by a new ledger row.
    func refundUnprinted(issuanceID: Int64, reason: String, at date: Date) throws
}

/// Puts issued documents on paper; in the simulation, files in a spool directory.
public protocol CertificatePrinter: Sendable {
    /// Prints every copy of a committed issuance, in serial order.
    func print(_ receipt: IssuanceReceipt) throws
    /// Prints a fee receipt (領収書).
    func printReceipt(_ receipt: FeeReceipt) throws
    /// The text of each copy of a printed issuance, as it went to paper (the demo shows it on screen).
    func printedText(_ receipt: IssuanceReceipt) throws -> [String]
}
