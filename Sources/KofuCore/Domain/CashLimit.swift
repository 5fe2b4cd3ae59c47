/// The most cash one payment or one count of a till can come to. A window till holds a few hundred thousand yen
/// at most, so anything above this was mistyped; and amounts kept below it cannot make any sum overflow.
public enum CashLimit {
    public static let yen = 10_000_000

    public static func contains(_ yen: Int) -> Bool { (0...Self.yen).contains(yen) }
}
