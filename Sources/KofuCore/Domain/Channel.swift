/// Where a certificate is issued; the fee depends on it (the city halves the fee at the kiosk).
public enum Channel: String, Codable, Sendable {
    case kiosk
    case window

    public var unitFee: Int {
        switch self {
        case .kiosk: 150
        case .window: 300
        }
    }

    /// What `copies` cost here, unless the fee is exempted: the one place a fee is computed.
    public func fee(copies: Int, exempt: Bool = false) -> Int { exempt ? 0 : copies * unitFee }
}
