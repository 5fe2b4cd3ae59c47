/// The certificates the city issues. Raw values are stable: they are stored in the ledger and the issuance journal.
public enum CertificateKind: String, CaseIterable, Codable, Sendable {
    case residentRecord
    case sealRegistration
    case incomeTax
    case taxPayment
    case business
    /// 住民票の除票の写し: the record of someone who moved out or died, kept by the city; window only.
    case removedResidentRecord

    /// The multi-copy machine offers only these; the others need a clerk.
    public static let kioskKinds: [CertificateKind] = [.residentRecord, .sealRegistration, .incomeTax]

    /// The name printed on the certificate, and on the receipts and reports that name it.
    public var printedName: String {
        switch self {
        case .residentRecord: "住民票の写し"
        case .sealRegistration: "印鑑登録証明書"
        case .incomeTax: "所得・課税証明書"
        case .taxPayment: "納税証明書"
        case .business: "営業証明書"
        case .removedResidentRecord: "住民票の除票の写し"
        }
    }
}
