/// A member of the authenticated resident's household, as the kiosk may list them (name and relationship only).
public struct HouseholdMember: Equatable, Codable, Sendable {
    public var residentID: String
    public var name: String
    public var relationship: String

    public init(residentID: String, name: String, relationship: String) {
        self.residentID = residentID
        self.name = name
        self.relationship = relationship
    }
}
