/// Where one installment stands on the day a 納税証明書 is issued. What is unpaid after its due date is 未納; what
/// is unpaid before it is 納期未到来, not yet owed, and never counted as 未納.
public enum InstallmentStanding: Equatable, Sendable {
    case settled
    case unpaid(Int)
    case notYetDue(Int)

    /// Dates are `YYYY-MM-DD`; an installment due on the issue date itself is owed that day.
    public init(dueOn: String, assessed: Int, paid: Int, on issueDate: String) {
        let open = assessed - paid
        if open <= 0 { self = .settled } else if dueOn > issueDate { self = .notYetDue(open) } else { self = .unpaid(open) }
    }

    public var unpaid: Int { if case .unpaid(let amount) = self { amount } else { 0 } }
    public var notYetDue: Int { if case .notYetDue(let amount) = self { amount } else { 0 } }
}
