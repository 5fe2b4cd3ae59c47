/// A date as staff type it: 和暦 (S55.4.12, 昭和55年4月12日, R1.5.1, R元.5.1, H2/1/8) or western (1980/4/12,
/// 1980-04-12, 19800412, 1980年4月12日), in half- or full-width characters. Read into `YYYY-MM-DD`, nil when the
/// text is no date or names a day its era did not have.
public enum DateInput {
    public static func iso(_ typed: String) -> String? {
        var text = halfWidth(typed).filter { !$0.isWhitespace }
        var era: (name: String, start: (Int, Int, Int))?
        if let named = JapaneseDate.eras.first(where: { text.hasPrefix($0.name) }) {
            era = named
            text.removeFirst(named.name.count)
        } else if let letter = text.first, let index = eraLetters.firstIndex(of: Character(letter.uppercased())) {
            era = JapaneseDate.eras[eraLetters.distance(from: eraLetters.startIndex, to: index)]
            text.removeFirst()
        }
        let numbers = text.replacingOccurrences(of: "元", with: "1").split { !($0.isASCII && $0.isNumber) }
        let parts: [Int]
        if era == nil, numbers.count == 1, numbers[0].count == 8 {
            let digits = numbers[0]
            parts = [digits.prefix(4), digits.dropFirst(4).prefix(2), digits.suffix(2)].map { Int($0)! }
        } else {
            // No part of a date has more than four digits; a longer one would not even fit an Int.
            guard numbers.count == 3, era != nil || numbers[0].count == 4, numbers.allSatisfy({ $0.count <= 4 })
            else { return nil }
            parts = numbers.map { Int($0)! }
        }
        let (month, day) = (parts[1], parts[2])
        let year = parts[0] + (era.map { $0.start.0 - 1 } ?? 0)
        guard (1...12).contains(month), (1...daysIn(month, year)).contains(day) else { return nil }
        // 平成31年5月1日 was already 令和元年: a day outside its era is a typing mistake, not a date.
        if let era, JapaneseDate.eraYear(year: year, month: month, day: day)?.era != era.name { return nil }
        return String(year) + "-" + twoDigits(month) + "-" + twoDigits(day)
    }

    /// The era letters staff type, in the order of `JapaneseDate.eras` (newest first).
    static let eraLetters = "RHSTM"

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// Full-width ASCII (Ｓ５５．４．１２) as the half-width it stands for.
    static func halfWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0)! : scalar
        }))
    }
}
