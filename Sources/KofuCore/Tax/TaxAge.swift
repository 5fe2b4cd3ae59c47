/// Ages as the tax law reads them: on 31 December of the income year. A year of age is completed at the end of the
/// day before the birthday (年齢計算ニ関スル法律), so someone born on 1 January is already a year older on the
/// 31 December before it.
public enum TaxAge {
    public static func atYearEnd(_ year: Int, bornOn birth: (year: Int, month: Int, day: Int)) -> Int {
        year - birth.year + (birth.month == 1 && birth.day == 1 ? 1 : 0)
    }
}
