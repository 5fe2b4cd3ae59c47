/// Japanese era years, as certificates and fiscal years are named (令和元年 = 2019).
public enum JapaneseEra {
    public static func reiwa(_ year: Int) -> String {
        let n = year - 2018
        return n == 1 ? "元" : "\(n)"
    }
}
