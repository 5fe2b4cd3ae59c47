import Foundation
import KofuCore
import KofuStore

/// Paid issuances one after another through the desk the kiosk uses, each a single copy of a resident record for
/// one of the seed's card holders: the store's share of a kiosk sale, without the screens. With an authority (a
/// center, which takes a PIN check for each payment), the checks are made before the timed loop: the PIN hash is
/// slow on purpose and measured on its own, and the figures are of the payments.
public struct IssuanceLoad {
    public struct Holder: Sendable {
        public var credentialID: String
        public var residentID: String
        public var pin: String

        public init(credentialID: String, residentID: String, pin: String) {
            self.credentialID = credentialID
            self.residentID = residentID
            self.pin = pin
        }
    }

    let desk: any IssuanceDesk
    let authority: (any CertificateAuthority)?
    /// Where each payment's copies are said to be on paper, untimed, as a kiosk does after printing; nil: never.
    /// A terminal on a center must: a payment it leaves open is withdrawn before its next one.
    let printed: (any PrintSource)?
    let terminal: String
    /// Inside the kiosk's hours, so that no order is refused for the time.
    let date: Date

    public init(desk: any IssuanceDesk, authority: (any CertificateAuthority)? = nil, printed: (any PrintSource)? = nil,
                terminal: String, date: Date) {
        self.desk = desk
        self.authority = authority
        self.printed = printed
        self.terminal = terminal
        self.date = date
    }

    func order(_ holder: Holder) -> IssuanceOrder {
        IssuanceOrder(credentialID: holder.credentialID, residentID: holder.residentID,
                      request: .residentRecord(ResidentRecordOptions()), copies: 1, channel: .kiosk, terminal: terminal)
    }

    /// One issuance for each holder, untimed: keeps those the rules let through (a locked card, a moved-out holder
    /// are refused, as they should be) and warms the caches.
    public func usable(_ holders: [Holder]) -> [Holder] {
        holders.filter { holder in
            guard (try? checkPIN(holder)) != nil, let receipt = try? desk.issue(order(holder), at: date) else { return false }
            try? printed?.markPrinted(issuanceID: receipt.issuanceID, serials: receipt.serials, at: date)
            return true
        }
    }

    private func checkPIN(_ holder: Holder) throws {
        guard let authority else { return }
        guard case .authenticated = try authority.authenticate(credentialID: holder.credentialID, pin: PIN(holder.pin),
                                                               at: date) else {
            throw BenchError.missing("a card whose published PIN lets its holder in")
        }
    }

    /// `count` issuances round the holders, each timed from the call to the commit.
    func run(_ holders: [Holder], count: Int) throws -> WorkerOutput {
        guard !holders.isEmpty else { throw BenchError.missing("a card holder the desk will serve") }
        var next = 0
        var receipt: IssuanceReceipt?
        return try WorkerOutput.timing(count, after: {
            if let printed, let receipt {
                try printed.markPrinted(issuanceID: receipt.issuanceID, serials: receipt.serials, at: date)
            }
        }) {
            receipt = try desk.issue(order(holders[next % holders.count]), at: date)
            next += 1
        }
    }
}

extension IssuanceLoad {
    /// Where a worker process stands with the others and with the C peer.
    public struct Coordination: Sendable {
        /// Record the timed issuances' statements here, for the C peer to replay.
        public var trace: String?
        /// Copy the database here once warmed up: the state the replay starts from.
        public var snapshot: String?
        /// Say "warmed up" by making this file, then wait for `go` to exist.
        public var ready: String?
        public var go: String?

        public init(trace: String?, snapshot: String?, ready: String?, go: String?) {
            self.trace = trace
            self.snapshot = snapshot
            self.ready = ready
            self.go = go
        }
    }

    /// What `kofu bench issue-worker` prints: the timed loop's wall milliseconds, then each issuance's. Without a
    /// database (a terminal on a center) there is nothing to trace or copy.
    public func work(_ holders: [Holder], count: Int, database: KofuDatabase?, _ coordination: Coordination) throws
        -> String {
        let served = usable(holders)
        guard !served.isEmpty else { throw BenchError.missing("a card holder the desk will serve") }
        for sale in 0..<count { try checkPIN(served[sale % served.count]) }
        if let snapshot = coordination.snapshot { try database?.snapshot(to: snapshot) }
        let trace = coordination.trace.map { _ in StatementTrace() }
        if let trace { try database?.traceWrites { trace.record(sql: $0, expanded: $1) } }
        if let ready = coordination.ready { _ = FileManager.default.createFile(atPath: ready, contents: nil) }
        if let go = coordination.go {
            while !FileManager.default.fileExists(atPath: go) { usleep(500) }
        }
        let output = try run(served, count: count)
        if let trace, let path = coordination.trace { try trace.write(to: URL(fileURLWithPath: path)) }
        return output.text
    }
}
