/// The coin and note unit: it pays money out. Inserting is a key press the flow already sees.
public protocol CashUnit: Sendable {
    func dispense(_ yen: Int)
}
