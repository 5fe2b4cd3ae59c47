/// What the tax office holds for one taxpayer and fiscal year, from which every figure of the 所得・課税証明書
/// follows: the revenues reported for the previous calendar year, the deductions claimed, and the family the
/// taxpayer supported on its 31 December.
public struct IncomeRecord: Equatable, Sendable {
    public var fiscalYear: Int
    /// On 31 December of the income year, as `TaxAge` counts.
    public var taxpayerAge: Int
    public var salaryRevenue: Int
    public var pensionRevenue: Int
    public var businessIncome: Int
    public var socialInsuranceDeduction: Int
    public var spouse: SpouseKind
    public var dependants: DependantCounts

    public init(fiscalYear: Int, taxpayerAge: Int, salaryRevenue: Int = 0, pensionRevenue: Int = 0,
                businessIncome: Int = 0, socialInsuranceDeduction: Int = 0, spouse: SpouseKind = .none,
                dependants: DependantCounts = DependantCounts()) {
        self.fiscalYear = fiscalYear
        self.taxpayerAge = taxpayerAge
        self.salaryRevenue = salaryRevenue
        self.pensionRevenue = pensionRevenue
        self.businessIncome = businessIncome
        self.socialInsuranceDeduction = socialInsuranceDeduction
        self.spouse = spouse
        self.dependants = dependants
    }

    /// The calendar year whose income the fiscal year taxes.
    public var incomeYear: Int { fiscalYear - 1 }

    /// The taxpayer and everyone they support, as the 非課税 limits count them.
    public var persons: Int { 1 + (spouse == .none ? 0 : 1) + dependants.total }
}
