/// One certificate with its options, as chosen by the resident; copies and fees travel beside it.
public enum CertificateRequest: Equatable, Codable, Sendable {
    case residentRecord(ResidentRecordOptions)
    case sealRegistration
    case incomeTax(fiscalYear: Int)

    public var kind: CertificateKind {
        switch self {
        case .residentRecord: .residentRecord
        case .sealRegistration: .sealRegistration
        case .incomeTax: .incomeTax
        }
    }
}
