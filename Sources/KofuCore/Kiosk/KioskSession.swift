import Foundation

/// What one resident has entered and chosen so far. Dropped whole when the session ends.
public struct KioskSession: Equatable, Sendable {
    public var credentialKind: CredentialKind = .card
    public var credentialID = ""
    public var pin = PIN()
    /// As the card reports it, so the PIN screen can say how many tries remain.
    public var triesLeft = 0
    public var lastPINWasWrong = false
    public var profile: KioskProfile?
    public var kind: CertificateKind?
    public var residentOptions = ResidentRecordOptions()
    /// Members picked on the household screen, holder included when picked, in household order.
    public var pickedMembers: [String] = []
    public var fiscalYear: Int?
    public var copies = 1
    /// Digits typed on the copies screen since an arrow or a completed number ("1" may still become "10").
    public var copiesTyped = ""
    public var inserted = 0
    public var receipt: IssuanceReceipt?
    public var printStartedAt: Date?
    public var printed = false
    /// Demo: the printed certificates on screen.
    public var printedView: PrintedView?

    public init() {}

    /// The certificate as chosen, once every choice it needs has been made.
    public var request: CertificateRequest? {
        switch kind {
        case .residentRecord: .residentRecord(residentOptions)
        case .sealRegistration: .sealRegistration
        case .incomeTax: fiscalYear.map { .incomeTax(fiscalYear: $0) }
        default: nil
        }
    }

    public func total(at channel: Channel) -> Int { channel.fee(copies: copies) }
}
