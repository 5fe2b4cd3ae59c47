import Foundation

/// A payment asked for over a network whose answer never reached the terminal: the terminal has given the cash
/// back, so the payment is withdrawn: refunded if it was made, refused if it arrives later.
public protocol PaymentWithdrawal: Sendable {
    func withdraw(requestKey: String, terminal: String, at date: Date) throws -> Withdrawal
}

public enum Withdrawal: String, Codable, Sendable, Equatable {
    /// No payment was made under the key, and none will be.
    case nothingCharged
    /// The payment was made and is now refunded by a new ledger row.
    case refunded
    /// The copies are on paper: the payment stands (the terminal had its answer after all).
    case printed
}
