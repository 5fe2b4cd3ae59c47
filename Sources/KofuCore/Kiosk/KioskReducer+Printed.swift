/// The take-certificate screen: Enter starts over; in a demo, V shows what was printed, read back from the spool.
extension KioskReducer {
    static func takeCertificate(_ key: KeyInput, _ state: inout KioskState) -> [KioskEffect] {
        guard let session = state.session else { return [] }
        if var view = session.printedView {
            switch key {
            case .up: view.scroll(by: -1)
            case .down: view.scroll(by: 1)
            case .left: view.scroll(by: -PrintedView.rows)
            case .right: view.scroll(by: PrintedView.rows)
            case .escape:
                state.session!.printedView = nil
                return []
            default: return []
            }
            state.session!.printedView = view
            return []
        }
        switch key {
        case .enter:
            return endSession(nil, &state)
        case .character("v"), .character("V"):
            guard state.config.isDemo, let receipt = session.receipt else { return [] }
            return [.readPrinted(receipt)]
        default:
            return []
        }
    }
}
