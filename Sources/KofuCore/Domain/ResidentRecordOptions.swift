/// Who a 住民票の写し lists.
public enum HouseholdScope: Equatable, Codable, Sendable {
    case holderOnly
    /// Chosen members of the holder's household, by resident id (the holder may or may not be among them).
    case members([String])
    case wholeHousehold
}

/// The choices a resident makes for a 住民票の写し. 住民票コード is never offered: the kiosk must not print it.
public struct ResidentRecordOptions: Equatable, Codable, Sendable {
    public var scope: HouseholdScope
    public var includeHeadAndRelationship: Bool
    public var includeDomicile: Bool
    public var includeMyNumber: Bool

    public init(scope: HouseholdScope = .holderOnly, includeHeadAndRelationship: Bool = false,
                includeDomicile: Bool = false, includeMyNumber: Bool = false) {
        self.scope = scope
        self.includeHeadAndRelationship = includeHeadAndRelationship
        self.includeDomicile = includeDomicile
        self.includeMyNumber = includeMyNumber
    }
}
