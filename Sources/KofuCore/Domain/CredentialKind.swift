/// The two carriers of a user certificate (利用者証明用電子証明書).
public enum CredentialKind: String, Codable, Sendable, CaseIterable {
    case card
    case smartphone
}
