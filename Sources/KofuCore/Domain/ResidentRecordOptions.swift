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

/// The yes/no items of a 住民票の写し, as screens offer them.
public enum ResidentRecordToggle: Equatable, Sendable, CaseIterable {
    case headAndRelationship
    case domicile
    case myNumber
}

extension ResidentRecordOptions {
    public func includes(_ item: ResidentRecordToggle) -> Bool {
        switch item {
        case .headAndRelationship: includeHeadAndRelationship
        case .domicile: includeDomicile
        case .myNumber: includeMyNumber
        }
    }

    public mutating func toggle(_ item: ResidentRecordToggle) {
        switch item {
        case .headAndRelationship: includeHeadAndRelationship.toggle()
        case .domicile: includeDomicile.toggle()
        case .myNumber: includeMyNumber.toggle()
        }
    }
}

extension HouseholdScope {
    /// Picks or unpicks `id`, keeping household order so the certificate lists people as the record does.
    public static func toggling(_ id: String, in picked: [String], order: [String]) -> [String] {
        var set = Set(picked)
        if set.contains(id) { set.remove(id) } else { set.insert(id) }
        return order.filter(set.contains)
    }
}
