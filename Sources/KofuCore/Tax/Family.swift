/// A spouse who lives on the taxpayer's income (同一生計配偶者: own 合計所得金額 at most `dependantIncomeLimit`),
/// by age on 31 December of the income year: from 70 the spouse deduction is the larger 老人 one.
public enum SpouseKind: String, Sendable, CaseIterable {
    case none
    case general
    case elderly

    public static func of(age: Int) -> SpouseKind { age >= 70 ? .elderly : .general }
}

/// A dependant (扶養親族) by age on 31 December of the income year. Under-16s (年少) take no deduction but still
/// count towards the 非課税 limits; 19–22 (特定) take the largest; from 70 (老人) more again when the dependant is a
/// parent or grandparent living with the taxpayer (同居老親等).
public enum DependantKind: String, Sendable, CaseIterable {
    case young
    case general
    case specified
    case elderly
    case cohabitingParent

    public static func of(age: Int, cohabitingParent: Bool) -> DependantKind {
        switch age {
        case ..<16: .young
        case 19...22: .specified
        case 70...: cohabitingParent ? .cohabitingParent : .elderly
        default: .general
        }
    }

    /// The register names everyone by their relation to the head of household, so a parent or grandparent of the
    /// taxpayer or of the taxpayer's spouse can be recognized only when the taxpayer is the head or the head's spouse.
    public static func isCohabitingParent(relationship: String, taxpayerRelationship: String,
                                          sameHousehold: Bool) -> Bool {
        sameHousehold && ["世帯主", "妻", "夫"].contains(taxpayerRelationship)
            && linealAscendantsOfHeadOrSpouse.contains(relationship)
    }

    static let linealAscendantsOfHeadOrSpouse: Set<String> = [
        "父", "母", "祖父", "祖母", "妻の父", "妻の母", "夫の父", "夫の母", "妻の祖父", "妻の祖母", "夫の祖父", "夫の祖母",
    ]

    /// A spouse or dependant with a larger income of their own supports themselves: 480,000 yen until 令和6年分
    /// income, 580,000 yen from 令和7年分 (令和8年度).
    public static func incomeLimit(fiscalYear: Int) -> Int { fiscalYear >= 2026 ? 580_000 : 480_000 }
}

/// How many dependants of each kind the taxpayer declared; the certificate prints them by kind.
public struct DependantCounts: Equatable, Sendable {
    public var young: Int
    public var general: Int
    public var specified: Int
    public var elderly: Int
    public var cohabitingParents: Int

    public init(young: Int = 0, general: Int = 0, specified: Int = 0, elderly: Int = 0, cohabitingParents: Int = 0) {
        self.young = young
        self.general = general
        self.specified = specified
        self.elderly = elderly
        self.cohabitingParents = cohabitingParents
    }

    public init(_ kinds: [DependantKind]) {
        self.init()
        for kind in kinds {
            switch kind {
            case .young: young += 1
            case .general: general += 1
            case .specified: specified += 1
            case .elderly: elderly += 1
            case .cohabitingParent: cohabitingParents += 1
            }
        }
    }

    public var total: Int { young + general + specified + elderly + cohabitingParents }
}
