/// The amounts 小牧市 and 愛知県 charge for a fiscal year.
///
/// 所得割 is 6 % (市) and 4 % (県) of the 課税標準額. 均等割 was 3,500 and 2,000 yen until 令和5年度 (each with the
/// 500-yen 復興 surcharge of 平成26年度–令和5年度; the 県's includes the 500-yen あいち森と緑づくり税) and is 3,000 and
/// 1,500 yen from 令和6年度, when the national 森林環境税 of 1,000 yen began to be collected with it. 令和6年度 alone
/// had the 定額減税: 10,000 yen a person supported off the 所得割, 6,000 from the 市's and 4,000 from the 県's.
struct InhabitantTaxRates {
    static let municipalPercent = 6
    static let prefecturalPercent = 4
    /// 調整控除 takes 5 % of the base, 3 % off the 市's 所得割 and 2 % off the 県's.
    static let municipalAdjustmentPercent = 3
    static let prefecturalAdjustmentPercent = 2

    let municipalPerCapita: Int
    let prefecturalPerCapita: Int
    let forestEnvironmentTax: Int?
    let specialCreditPerPerson: (municipal: Int, prefectural: Int)?

    init(fiscalYear: Int) {
        let reformed = fiscalYear >= 2024
        municipalPerCapita = reformed ? 3_000 : 3_500
        prefecturalPerCapita = reformed ? 1_500 : 2_000
        forestEnvironmentTax = reformed ? 1_000 : nil
        specialCreditPerPerson = fiscalYear == 2024 ? (6_000, 4_000) : nil
    }
}
