import Foundation

/// What can happen to a kiosk: a key, the clock, or the answer to an effect it asked for.
public enum KioskAction: Equatable, Sendable {
    case key(KeyInput)
    case tick(Date)
    case credentialRead(CredentialReading)
    case authenticated(AuthenticationOutcome)
    /// The authority could not be asked (database unavailable): nothing about the credential is known.
    case authenticationUnavailable
    case issued(IssuanceReceipt)
    case issueFailed
    case printed
    case printFailed
    /// Demo: the text of each printed copy, read back from the spool.
    case printedRead([String])
    case printedUnreadable
    /// A signal asked the process to stop.
    case interrupt
}

/// Work the shell does for the reducer, whose answers come back as actions.
public enum KioskEffect: Equatable, Sendable {
    case readCredential(String, CredentialKind)
    case authenticate(credentialID: String, pin: PIN)
    case issue(IssuanceOrder)
    case print(IssuanceReceipt)
    case refundUnprinted(issuanceID: Int64)
    /// Demo: read the printed copies back to show them on screen.
    case readPrinted(IssuanceReceipt)
    /// The cash unit pays out this amount (change, or a payment given back).
    case dispenseCash(Int)
}
