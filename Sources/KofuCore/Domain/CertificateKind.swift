/// The certificates the city issues. Raw values are stable: they are stored in the ledger and the issuance journal.
public enum CertificateKind: String, CaseIterable, Codable, Sendable {
    case residentRecord
    case sealRegistration
    case incomeTax
    case taxPayment
    case business

    /// The multi-copy machine offers only these; the others need a clerk.
    public static let kioskKinds: [CertificateKind] = [.residentRecord, .sealRegistration, .incomeTax]
}
