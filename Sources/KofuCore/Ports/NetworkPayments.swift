import Foundation

/// Payments asked for over a network, each under its terminal's key (`IssuanceOrder.requestKey`).
public protocol NetworkPayments: Sendable {
    /// Pays once per key: a request repeated after a lost answer gets the first receipt back, `replayed`.
    func pay(_ order: IssuanceOrder, at date: Date) throws -> (receipt: IssuanceReceipt, replayed: Bool)
    /// The answer never reached the terminal, which gave the cash back: the payment is refunded if it was made,
    /// refused if it arrives later.
    func withdraw(requestKey: String, terminal: String, at date: Date) throws -> Withdrawal
}

/// The window's payments over a network, each under its terminal's key (`WindowOrder.requestKey`): a clerk's retry
/// after a lost answer gets the first receipt back, `replayed`, and the customer pays once.
public protocol WindowNetworkPayments: Sendable {
    func pay(_ order: WindowOrder, at date: Date) throws -> (receipt: IssuanceReceipt, replayed: Bool)
}

public enum Withdrawal: String, Codable, Sendable, Equatable {
    /// No payment was made under the key, and none will be.
    case nothingCharged
    /// The payment was made and is now refunded by a new ledger row.
    case refunded
    /// The copies are on paper: the payment stands (the terminal had its answer after all).
    case printed
}

extension Withdrawal {
    /// The reason on the refund row of a withdrawn payment.
    public static let refundReason = "no answer reached the terminal"
}
