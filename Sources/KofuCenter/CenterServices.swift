import Foundation
import KofuCore
import KofuStore

/// What the center serves, behind the same ports the terminals use when they hold the database themselves.
public struct CenterServices: Sendable {
    public var authority: any CertificateAuthority
    public var desk: any IssuanceDesk & NetworkPayments
    public var window: any WindowDesk & WindowNetworkPayments
    public var staff: any StaffDirectory
    public var registry: any ResidentRegistry
    /// The clerks logged in at window terminals.
    public var sessions: StaffSessions
    public var terminals: TerminalRegistry
    /// The id every serial of the store carries.
    public var storeID: @Sendable () throws -> String
    public var issuances: TerminalIssuances
    /// Proof of each PIN checked, redeemed by the payment it allows.
    public var tickets: PINTickets
    /// The API as written down, served at `/openapi.yaml`.
    public var openAPIDocument: String
    public var metrics = CenterMetrics()
    /// The center's clock, never the terminal's: every date on a certificate and in the ledger is the center's.
    public var now: @Sendable () -> Date

    public init(authority: any CertificateAuthority, desk: any IssuanceDesk & NetworkPayments, window: any WindowDesk & WindowNetworkPayments,
                staff: any StaffDirectory, registry: any ResidentRegistry, sessions: StaffSessions,
                terminals: TerminalRegistry, issuances: TerminalIssuances, tickets: PINTickets, storeID: @escaping @Sendable () throws -> String,
                openAPIDocument: String, now: @escaping @Sendable () -> Date = { Date() }) {
        self.storeID = storeID
        self.authority = authority
        self.desk = desk
        self.window = window
        self.staff = staff
        self.registry = registry
        self.sessions = sessions
        self.terminals = terminals
        self.issuances = issuances
        self.tickets = tickets
        self.openAPIDocument = openAPIDocument
        self.now = now
    }
}
