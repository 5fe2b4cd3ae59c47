/// What the kiosk may know of an authenticated resident: enough to offer certificates, nothing more.
public struct KioskProfile: Equatable, Codable, Sendable {
    public var residentID: String
    public var name: String
    /// The other current members of the household, holder excluded.
    public var householdMembers: [HouseholdMember]
    public var hasSealRegistration: Bool
    /// Fiscal years (年度) with an income record, whether or not already released.
    public var incomeFiscalYears: [Int]

    public init(residentID: String, name: String, householdMembers: [HouseholdMember],
                hasSealRegistration: Bool, incomeFiscalYears: [Int]) {
        self.residentID = residentID
        self.name = name
        self.householdMembers = householdMembers
        self.hasSealRegistration = hasSealRegistration
        self.incomeFiscalYears = incomeFiscalYears
    }
}
