/// A 領収書 for the fee of one paid issuance, kiosk or window, as printed. `copy` counts the prints of it, so a
/// second one is marked as a reissue (再発行) and can never pass for another payment.
public struct FeeReceipt: Equatable, Sendable {
    public var issuanceID: Int64
    public var copy: Int
    public var text: String

    public init(issuanceID: Int64, copy: Int, text: String) {
        self.issuanceID = issuanceID
        self.copy = copy
        self.text = text
    }

    /// The spool file name: receipts sit beside the certificates they pay for.
    public var fileName: String { "receipt-\(issuanceID)-\(copy).txt" }
}
