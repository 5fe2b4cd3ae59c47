/// 個人番号: twelve digits, the last a check digit over the other eleven (番号法施行令 第8条). A number whose check
/// digit is wrong was mistyped or made up.
public enum MyNumber {
    public static func isValid(_ number: String) -> Bool {
        let digits = number.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard number.count == 12, digits.count == 12 else { return false }
        return checkDigit(Array(digits.prefix(11))) == digits[11]
    }

    /// P(n) is the n-th digit counted from the right of the eleven, Q(n) is n + 1 up to 6 and n − 5 from 7 on;
    /// the check digit is 11 − (Σ P(n)·Q(n) mod 11), or 0 when the remainder is 0 or 1.
    static func checkDigit(_ eleven: [Int]) -> Int {
        let sum = eleven.reversed().enumerated().reduce(0) { total, item in
            let n = item.offset + 1
            return total + item.element * (n <= 6 ? n + 1 : n - 5)
        }
        let remainder = sum % 11
        return remainder <= 1 ? 0 : 11 - remainder
    }
}
