/// Why a credential or its holder cannot use the kiosk. Each maps to a message that says where to go.
public enum Refusal: String, Equatable, Codable, Sendable, CaseIterable {
    case unknownCredential
    case locked
    case expired
    case revoked
    case underFifteen
    case movedOut
    case deceased
    case protectionMeasure
    case cityNotParticipating
}
