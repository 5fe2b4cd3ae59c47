/// Who pays no inhabitant tax (地方税法 and 施行令, from 令和3年度), in the one place the city's own figures live.
///
/// Both limits grow with the people the taxpayer supports: the taxpayer, a 同一生計配偶者 and every 扶養親族, under-16s
/// included. The income levy (所得割) is not charged when 総所得金額等 is at most 350,000 yen a person + 100,000 yen
/// (+ 320,000 yen with anyone supported): the same in every city. The per-capita levy (均等割, and with it the
/// 森林環境税) is not charged when 合計所得金額 is at most a base a person + 100,000 yen (+ an addition with anyone
/// supported), where base and addition follow the city's grade (級地) under the public-assistance standards.
/// 小牧市 is 3級地: 280,000 and 168,000 yen, so 380,000 yen for someone supporting nobody.
public struct NonTaxableLimits: Equatable, Sendable {
    public var perCapitaBase: Int
    public var perCapitaAddition: Int

    public static let komaki = NonTaxableLimits(perCapitaBase: 280_000, perCapitaAddition: 168_000)

    public func perCapita(persons: Int) -> Int {
        perCapitaBase * persons + 100_000 + (persons > 1 ? perCapitaAddition : 0)
    }

    public func incomeLevy(persons: Int) -> Int {
        350_000 * persons + 100_000 + (persons > 1 ? 320_000 : 0)
    }
}
