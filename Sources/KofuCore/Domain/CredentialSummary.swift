/// A credential as staff tools may list it: who holds it and whether it still works. Never a PIN or its hash.
public struct CredentialSummary: Equatable, Codable, Sendable {
    public enum State: String, Codable, Sendable {
        case active
        case locked
        case revoked
    }

    public var id: String
    public var kind: CredentialKind
    public var holder: String
    public var state: State
    public var triesLeft: Int
    /// `YYYY-MM-DD`; the certificate is refused after this day whatever its state.
    public var expiresOn: String

    public init(id: String, kind: CredentialKind, holder: String, state: State, triesLeft: Int, expiresOn: String) {
        self.id = id
        self.kind = kind
        self.holder = holder
        self.state = state
        self.triesLeft = triesLeft
        self.expiresOn = expiresOn
    }
}
