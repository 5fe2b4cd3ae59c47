/// A 領収書 for the fee of one paid issuance, kiosk or window, as printed. `copy` counts the prints of it, so a
/// second one is marked as a reissue (再発行) and can never pass for another payment.
public struct FeeReceipt: Equatable, Codable, Sendable {
    public var issuanceID: Int64
    public var copy: Int
    public var text: String

    public init(issuanceID: Int64, copy: Int, text: String) {
        self.issuanceID = issuanceID
        self.copy = copy
        self.text = text
    }

    /// The spool file name, in the spool's `receipts/` folder so that receipts never pass for certificates.
    public var fileName: String { "receipt-\(issuanceID)-\(copy).txt" }
}

/// How the clerk names the issuance a receipt is for: its number, or the serial printed on one of its copies.
public enum ReceiptReference: Equatable, Sendable {
    case issuance(Int64)
    case serial(String)

    /// Digits are an issuance number; anything else is read as a serial (K-3FA9C1-20261125-000123-1), matched whole.
    public init?(typed: String) {
        if typed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let id = Int64(typed) else { return nil }
            self = .issuance(id)
        } else {
            guard typed.split(separator: "-").count == 5 else { return nil }
            self = .serial(typed.uppercased())
        }
    }
}
