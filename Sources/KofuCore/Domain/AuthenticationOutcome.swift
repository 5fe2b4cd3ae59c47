/// The answer of the certificate authority to a credential id and a PIN.
public enum AuthenticationOutcome: Equatable, Sendable {
    case authenticated(KioskProfile)
    case wrongPIN(triesLeft: Int)
    case refused(Refusal)
}
