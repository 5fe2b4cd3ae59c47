/// Money at the counter besides issuing: the fee paid in cash, refunds with their reason and the copies taken back,
/// receipts (領収書), and the close of the till with its change float.
extension WindowReducer {
    static func money(_ action: WindowAction, _ state: inout WindowState) -> [WindowEffect] {
        switch action {
        case .refundableLoaded(let issuances):
            guard !issuances.isEmpty else {
                finish(WindowMessage("window.message.nothingToRefund"), &state)
                return []
            }
            state.refundable = issuances
            show(.refundIssuance, &state)
        case .refunded(let id):
            finish(WindowMessage("window.message.refunded", [String(id)], isError: false), &state)
        case .receiptPrinted(let receipt):
            let message = WindowMessage(receipt.copy == 1 ? "window.message.receiptPrinted" : "window.message.receiptReissued",
                                        [String(receipt.issuanceID)], isError: false)
            if state.screen == .issued { state.message = message } else { finish(message, &state) }
        case .tillCounted(let count):
            state.tillCount = count
            show(.confirmClose, &state)
        case .closed(let close):
            state.close = close
            state.tillCount = nil
            state.summary?.closes.append(close)
            show(.daily, &state)
        default:
            break
        }
        return []
    }

    /// Issuing starts once the cash handed over covers the fee; an exempt certificate takes none.
    static func issue(_ state: inout WindowState) -> [WindowEffect] {
        guard let order = order(state) else { return [] }
        guard order.amount == 0 else {
            show(.cashReceived, &state)
            return []
        }
        return [.issue(keyed(&state) ?? order)]
    }

    /// The order with this customer's payment key, made from the clock the first time it is sent (a clerk serves
    /// one customer at a time, so the millisecond names it among the terminal's payments).
    static func keyed(_ state: inout WindowState) -> WindowOrder? {
        if state.customer.requestKey == nil {
            state.customer.requestKey = "W\(Int64((state.now.timeIntervalSince1970 * 1000).rounded(.down)))"
        }
        return order(state)
    }

    static func cashReceived(_ input: String, _ state: inout WindowState) -> [WindowEffect] {
        guard let order = order(state) else { return [] }
        guard let yen = typedCash(input, &state) else { return [] }
        guard yen >= order.amount else {
            state.message = WindowMessage("window.message.notEnoughCash", [Yen.digits(order.amount)])
            return []
        }
        state.customer.cashReceived = yen
        return [.issue(keyed(&state)!)]
    }

    /// The note may stay empty, except when the reason is "other": then it is the reason.
    static func refundNote(_ input: String, _ state: inout WindowState) -> [WindowEffect] {
        guard !input.isEmpty || state.refundReason != .other else {
            state.message = WindowMessage("window.message.noteRequired")
            return []
        }
        state.refundNote = input
        show(.confirmRefund, &state)
        return []
    }

    /// A receipt is asked for by issuance number or by the serial printed on the certificate (K-…-000123-1).
    static func receiptFor(_ input: String, _ state: inout WindowState) -> [WindowEffect] {
        guard let reference = ReceiptReference(typed: input) else {
            state.message = WindowMessage("window.message.badIssuanceNumber")
            state.input = input
            return []
        }
        return [.printReceipt(reference)]
    }

    /// Cash as typed (digits only, by the field's rule), within what one payment or count can be.
    static func typedCash(_ input: String, _ state: inout WindowState) -> Int? {
        guard let yen = Int(input), CashLimit.contains(yen) else {
            state.message = WindowMessage("window.message.cashTooLarge", [Yen.digits(CashLimit.yen)])
            return nil
        }
        return yen
    }
}
