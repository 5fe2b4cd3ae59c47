import KofuCore
import Testing

/// Dates and names as clerks type them.
@Suite struct StaffInputTests {
    @Test(arguments: [
        ("S55.4.12", "1980-04-12"), ("s55/4/12", "1980-04-12"), ("昭和55年4月12日", "1980-04-12"),
        ("昭和55.4.12", "1980-04-12"), ("Ｓ５５．４．１２", "1980-04-12"), ("R1.5.1", "2019-05-01"),
        ("R元.5.1", "2019-05-01"), ("令和元年5月1日", "2019-05-01"), ("H2/1/8", "1990-01-08"), ("H31.4.30", "2019-04-30"),
        ("T15.12.24", "1926-12-24"), ("S1.12.25", "1926-12-25"), ("1980/4/12", "1980-04-12"),
        ("1980-04-12", "1980-04-12"), ("19800412", "1980-04-12"), ("1980年4月12日", "1980-04-12"),
        (" 1980.4.12 ", "1980-04-12"), ("H12.2.29", "2000-02-29"), ("S55.2.29", "1980-02-29"),
    ])
    func datesAreReadInEveryUsualForm(_ typed: String, _ iso: String) {
        #expect(DateInput.iso(typed) == iso)
    }

    @Test(arguments: ["", "S55", "S55.4", "S55.13.1", "S55.2.30", "S54.2.29", "H31.5.1", "R1.4.30", "S65.1.1",
                      "X55.4.12", "80/4/12", "1980412", "198004120", "1980/4/12/1", "昭和55年4月",
                      // Found by the window's property test: numbers too long for an Int trapped.
                      "99999999999999999999.1.1", "S9223372036854775807.1.1", "1980.4.99999999999999999999"])
    func whatIsNoDateIsRefused(_ typed: String) {
        #expect(DateInput.iso(typed) == nil)
    }

    @Test func kanaIsFullWidthKatakanaWhateverWasTyped() {
        #expect(KanaInput.katakana("こまき たろう") == "コマキ タロウ")
        #expect(KanaInput.katakana("ｺﾏｷ ﾀﾛｳ") == "コマキ タロウ")
        #expect(KanaInput.katakana("ｶﾞｷﾞｸﾞｹﾞｺﾞ ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ ﾂﾞﾃﾞﾄﾞ ｳﾞ") == "ガギグゲゴ パピプペポ ヅデド ヴ")
        #expect(KanaInput.katakana("ｷｮｳｺ ﾊｰﾄ") == "キョウコ ハート")
        #expect(KanaInput.katakana("ｱﾞ") == "ア゛", "a mark that joins nothing stays visible")
        #expect(KanaInput.katakana("カトウ") == "カトウ")
    }

    @Test func aReceiptIsAskedForByIssuanceNumberOrByAWholeSerial() {
        #expect(ReceiptReference(typed: "123") == .issuance(123))
        #expect(ReceiptReference(typed: "k-3fa9c1-20261125-000123-1") == .serial("K-3FA9C1-20261125-000123-1"))
        #expect(ReceiptReference(typed: "K-20261125-000123-1") == nil, "a serial names its store")
        #expect(ReceiptReference(typed: "K-1") == nil)
        #expect(ReceiptReference(typed: "99999999999999999999") == nil)
    }
}
