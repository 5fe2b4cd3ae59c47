/// What reading a card (or phone) tells before any PIN: its own state and the PIN tries it has left.
public enum CredentialReading: Equatable, Sendable {
    case ready(triesLeft: Int)
    case refused(Refusal)
}

/// The answer of the certificate authority to a credential id and a PIN.
public enum AuthenticationOutcome: Equatable, Sendable {
    case authenticated(KioskProfile)
    case wrongPIN(triesLeft: Int)
    case refused(Refusal)
}
