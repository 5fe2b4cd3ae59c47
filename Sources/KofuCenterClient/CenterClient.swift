import AsyncHTTPClient
import Dispatch
import Foundation
import KofuCenterAPI
import KofuCore
import KofuStore
import NIOCore
import NIOHTTP1
import NIOSSL
import Synchronization

/// A terminal's way to the issuance center: the ports the kiosk uses, answered over HTTP. The ports are
/// synchronous, as the embedded store's are; each call waits for its answer at most `timeout`.
public struct CenterClient: CertificateAuthority, IssuanceDesk, PrintSource {
    let base: String
    let token: TerminalToken
    let unanswered: UnansweredPayments
    /// PEM certificates to trust for an https center besides the system's (a city's own CA); nil: the system's.
    let trustRoots: String?
    let timeout: TimeAmount
    /// Attempts of one payment when no answer came; every attempt carries the same key, so at most one is charged.
    let attempts: Int
    let tickets = PINTicketHolder()
    /// The clerk's session and the supervisors' approvals, for a window terminal.
    let staff = StaffProofs()

    public init(base: String, token: TerminalToken, unanswered: UnansweredPayments, trustRoots: String? = nil,
                timeout: Duration = .seconds(5), attempts: Int = 3) {
        self.trustRoots = trustRoots
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.token = token
        self.unanswered = unanswered
        self.timeout = .nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000
                                    + timeout.components.attoseconds / 1_000_000_000)
        self.attempts = attempts
    }

    public var terminalID: String { token.terminalID }

    /// One HTTP client per set of trusted roots, made on first use and never shut down: it lives as long as the
    /// terminal. A center that does not take the connection within a second is treated as down, so that a kiosk
    /// gives its answer while the resident is still there.
    private static let clients = Mutex<[String: HTTPClient]>([:])

    private static func http(trusting roots: String?) -> HTTPClient {
        clients.withLock { clients in
            if let client = clients[roots ?? ""] { return client }
            var tls = TLSConfiguration.makeClientConfiguration()
            if let roots { tls.additionalTrustRoots = [.file(roots)] }
            let client = HTTPClient(
                eventLoopGroup: HTTPClient.defaultEventLoopGroup,
                configuration: HTTPClient.Configuration(tlsConfiguration: tls,
                                                        timeout: .init(connect: .seconds(1), read: .seconds(5))))
            clients[roots ?? ""] = client
            return client
        }
    }

    public func read(credentialID: String, kind: CredentialKind, at date: Date) throws -> CredentialReading {
        let body: CredentialReadingBody = try call(.readCredential, json: ReadCredentialBody(credentialID: credentialID, kind: kind))
        guard let reading = body.reading else { throw CenterClientError.unexpected(status: 200) }
        return reading
    }

    public func authenticate(credentialID: String, pin: PIN, at date: Date) throws -> AuthenticationOutcome {
        let body: AuthenticationBody = try call(.authenticate, json: AuthenticateBody(credentialID: credentialID, pin: pin))
        guard let outcome = body.authentication else { throw CenterClientError.unexpected(status: 200) }
        if case .authenticated = outcome {
            guard let ticket = body.ticket else { throw CenterClientError.unexpected(status: 200) }
            tickets.keep(ticket, for: credentialID)
        }
        return outcome
    }

    /// Pays once, with the ticket of the card's PIN check: the key is kept on disk until the center knows how the
    /// payment ended, retried with the same key while no answer comes, and withdrawn when none came, since the
    /// kiosk then gives the cash back.
    public func issue(_ order: IssuanceOrder, at date: Date) throws -> IssuanceReceipt {
        guard let ticket = tickets.ticket(for: order.credentialID) else { throw CenterClientError.noPINTicket }
        try settlePending()
        let key = order.requestKey ?? UUID().uuidString
        try unanswered.record(key)
        var tries = 0
        let body: ReceiptBody
        do {
            body = try retrying {
                tries += 1
                return try call(.issue, json: IssueBody(order, ticket: ticket), key: key)
            }
        } catch let error as CenterClientError {
            // Refused for good at the first try, the payment was not made. Otherwise it may have been (an earlier
            // try may still be on its way to the store), and is withdrawn, which also bars it.
            if error.isFinal && tries == 1 { unanswered.settled(key) } else { _ = try? settlePending() }
            throw error
        }
        tickets.spent(ticket, for: order.credentialID)
        do {
            try unanswered.write(.issued(body.issuanceID, serials: body.serials), key)
        } catch {
            // Unrecorded, a payment printed now would look unanswered later and be withdrawn: it is withdrawn now
            // instead, before anything is on paper, and the kiosk gives the cash back.
            _ = try? settlePending()
            throw error
        }
        return body.receipt
    }

    /// Asks again, under the same key, while no answer comes: `attempts` times at most, a little later each time.
    func retrying<Answer>(_ ask: () throws -> Answer) throws -> Answer {
        var attempt = 1
        while true {
            do {
                return try ask()
            } catch CenterClientError.unreachable where attempt < attempts {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.2 * Double(attempt))
            }
        }
    }

    /// How an open payment was seen through, in the operator log's words (serials and ids name nobody).
    public enum Settlement: Equatable, Sendable, CustomStringConvertible {
        case withdrawn(Withdrawal)
        /// Reported on paper; `owed` are copies paid for that the terminal died before printing whole.
        case printed(issuanceID: Int64, owed: [String])

        public var description: String {
            switch self {
            case .withdrawn(let withdrawal): "a payment left open was withdrawn: \(withdrawal.rawValue)"
            case .printed(let id, let owed) where owed.isEmpty: "a payment left open was on paper: issuance \(id)"
            case .printed(let id, let owed):
                "a payment left open was partly on paper: issuance \(id) owes \(owed.joined(separator: ", ")) "
                    + "(`kofu spool check` lists them, `kofu spool reprint` prints them without a second charge)"
            }
        }
    }

    /// Sees every open payment through: withdrawn while nothing is on paper, reported printed when something is.
    /// Stops at the first the center cannot be told about now; the rest wait for the next time.
    @discardableResult
    public func settlePending() throws -> [Settlement] {
        var settlements: [Settlement] = []
        for (key, state) in unanswered.entries() {
            do {
                switch state {
                case .unreadable:
                    // Nothing is done on a guess: the operator reads the file (the spool check tells paper apart).
                    continue
                case .printed(let id, let serials):
                    try send(.markPrinted, ["issuanceID": String(id)], json: PrintedBody(serials: serials))
                    settlements.append(.printed(issuanceID: id, owed: []))
                case .issued(let id, let serials) where !unanswered.sealed(serials).isEmpty:
                    // What is whole on paper was handed out and stands; a copy the terminal died before sealing
                    // stays unmarked and is owed: `spool check` lists it, `spool reprint` prints it, uncharged.
                    let sealed = unanswered.sealed(serials)
                    try send(.markPrinted, ["issuanceID": String(id)], json: PrintedBody(serials: sealed))
                    settlements.append(.printed(issuanceID: id, owed: serials.filter { !sealed.contains($0) }))
                case .issued, .sent:
                    let body: WithdrawalBody = try call(.withdraw, json: WithdrawalBody(requestKey: key))
                    settlements.append(.withdrawn(body.withdrawal ?? .nothingCharged))
                }
            } catch let error as CenterClientError where error.isFinal {
                // The center knows this payment and has said its last word on it: asking again changes nothing.
            }
            unanswered.settled(key)
        }
        return settlements
    }

    /// The fee goes back; until the center has recorded it, the payment stays open, to be withdrawn.
    public func refundUnprinted(issuanceID: Int64, reason: String, at date: Date) throws {
        try send(.refundUnprinted, ["issuanceID": String(issuanceID)], json: RefundUnprintedBody(reason: reason))
        if let key = unanswered.key(of: issuanceID) { unanswered.settled(key) }
    }

    /// The terminal as the center knows it, and the store behind the center (whose id marks the spool folder).
    public func whoAmI() throws -> TerminalBody {
        try call(.terminal)
    }

    public func storeID() throws -> String {
        try whoAmI().store
    }

    public func copies(issuanceID: Int64) throws -> [PrintedCopy] {
        let body: CopiesBody = try call(.copies, ["issuanceID": String(issuanceID)])
        return body.copies.map { PrintedCopy(serial: $0.serial, text: $0.text, seal: $0.seal) }
    }

    /// The copies are on paper; if the center cannot be told now, the terminal remembers it, so that the payment
    /// is reported printed later and never withdrawn.
    public func markPrinted(issuanceID: Int64, serials: [String], at date: Date) throws {
        let key = unanswered.key(of: issuanceID)
        if let key { try unanswered.write(.printed(issuanceID, serials: serials), key) }
        try send(.markPrinted, ["issuanceID": String(issuanceID)], json: PrintedBody(serials: serials))
        if let key { unanswered.settled(key) }
    }

    // MARK: The wire

    /// `parameters` fill the path's `{name}`s.
    func call<Answer: Decodable>(_ route: CenterRoute, _ parameters: [String: String] = [:], json: (any Encodable)? = nil,
                                 key: String? = nil) throws -> Answer {
        let (status, data) = try exchange(route, parameters, json: json, key: key)
        guard (200..<300).contains(status), let answer = try? JSONDecoder().decode(Answer.self, from: data) else {
            throw CenterClientError.unexpected(status: status)
        }
        return answer
    }

    func send(_ route: CenterRoute, _ parameters: [String: String] = [:], json: (any Encodable)? = nil) throws {
        _ = try exchange(route, parameters, json: json, key: nil)
    }

    /// One request and its answer; a refusal throws with the center's code.
    private func exchange(_ route: CenterRoute, _ parameters: [String: String], json: (any Encodable)?, key: String?)
        throws -> (Int, Data) {
        var path = route.path
        for (name, value) in parameters {
            path = path.replacingOccurrences(of: "{\(name)}",
                                             with: value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? value)
        }
        var headers = HTTPHeaders()
        headers.add(name: "Authorization", value: "Bearer \(token.text)")
        if route.audience == .staff || route.audience == .printing, let session = staff.session {
            headers.add(name: CenterRoute.staffSessionHeader, value: session)
        }
        if let key { headers.add(name: "Idempotency-Key", value: key) }
        var body: HTTPClient.Body?
        if let json {
            headers.add(name: "Content-Type", value: "application/json")
            body = .bytes(try JSONEncoder().encode(json))
        }
        let request: HTTPClient.Request
        do {
            request = try HTTPClient.Request(url: base + path, method: HTTPMethod(rawValue: route.method),
                                             headers: headers, body: body)
        } catch {
            throw CenterClientError.unreachable(String(describing: type(of: error)))
        }
        // The future is waited for on this thread, never on Swift's cooperative pool: a kiosk's loop (or a test
        // on that pool) blocking here cannot starve the work it waits for.
        let (status, data): (Int, Data)
        do {
            let response = try Self.http(trusting: trustRoots).execute(request: request, deadline: .now() + timeout).wait()
            (status, data) = (Int(response.status.code), response.body.map { Data($0.readableBytesView) } ?? Data())
        } catch {
            throw CenterClientError.unreachable(String(describing: type(of: error)))
        }
        if (400..<600).contains(status) {
            guard let problem = try? JSONDecoder().decode(ProblemBody.self, from: data) else {
                throw CenterClientError.unexpected(status: status)
            }
            throw CenterClientError.refused(status: status, code: problem.code, message: problem.message)
        }
        return (status, data)
    }
}
