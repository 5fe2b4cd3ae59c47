import Synchronization

/// The tickets of right PINs at this terminal, each until a payment spends it; for a card, the newest is spent
/// first, since an older one may have run out. Only the latest `capacity` are kept: those of residents who walked
/// away after their PIN are dropped in time. The kiosk flow does not carry tickets: they are the network's proof,
/// and an embedded store needs none.
final class PINTicketHolder: Sendable {
    static let capacity = 256
    private let tickets = Mutex<[(credentialID: String, ticket: String)]>([])

    func keep(_ ticket: String, for credentialID: String) {
        tickets.withLock { tickets in
            tickets.append((credentialID, ticket))
            if tickets.count > Self.capacity { tickets.removeFirst() }
        }
    }

    func ticket(for credentialID: String) -> String? {
        tickets.withLock { $0.last { $0.credentialID == credentialID }?.ticket }
    }

    func spent(_ ticket: String, for credentialID: String) {
        tickets.withLock { $0.removeAll { $0 == (credentialID, ticket) } }
    }
}

/// A window terminal's proofs of its staff: the session of the clerk logged in (sent with every request that
/// needs one) and the approvals supervisors gave here, each kept until the act it approves.
final class StaffProofs: Sendable {
    private let state = Mutex<(session: String?, approvals: [String: String])>((nil, [:]))

    var session: String? { state.withLock { $0.session } }

    func loggedIn(_ session: String) {
        state.withLock { $0.session = session }
    }

    /// The clerk left: neither their session nor an approval given for them is sent again.
    func loggedOut() {
        state.withLock { $0 = (nil, [:]) }
    }

    func approved(by supervisorID: String, _ approval: String) {
        state.withLock { $0.approvals[supervisorID] = approval }
    }

    /// The approval `supervisorID` gave, taken for the act that uses it up.
    func approval(of supervisorID: String) -> String? {
        state.withLock { $0.approvals.removeValue(forKey: supervisorID) }
    }
}
