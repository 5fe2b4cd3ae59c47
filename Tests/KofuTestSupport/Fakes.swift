import Foundation
import KofuCore

/// Answers PINs from a table; counts calls so tests can prove nothing was asked.
public final class FakeAuthority: CertificateAuthority, @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [String: [AuthenticationOutcome]]
    public private(set) var calls: [(id: String, pin: String)] = []
    public var unavailable = false

    public init(_ outcomes: [String: [AuthenticationOutcome]]) { self.outcomes = outcomes }

    /// A credential whose first answer is a refusal of the card itself is refused on reading, as a real card is.
    public func read(credentialID: String, kind: CredentialKind, at date: Date) throws -> CredentialReading {
        try lock.withLock {
            if unavailable { throw FakeFailure.unavailable }
            if credentialID.hasPrefix("9") != (kind == .smartphone) { return .refused(.unknownCredential) }
            switch outcomes[credentialID]?.first {
            case nil: return .refused(.unknownCredential)
            case .refused(let refusal)? where Self.cardRefusals.contains(refusal): return .refused(refusal)
            case .wrongPIN(let triesLeft)?: return .ready(triesLeft: triesLeft + 1)
            default: return .ready(triesLeft: 3)
            }
        }
    }

    public static let cardRefusals: Set<Refusal> = [.unknownCredential, .revoked, .expired, .locked]

    public func authenticate(credentialID: String, pin: PIN, at date: Date) throws -> AuthenticationOutcome {
        try lock.withLock {
            calls.append((credentialID, pin.digits))
            if unavailable { throw FakeFailure.unavailable }
            guard var queue = outcomes[credentialID], !queue.isEmpty else { return .refused(.unknownCredential) }
            let outcome = queue.removeFirst()
            outcomes[credentialID] = queue.isEmpty ? [outcome] : queue
            return outcome
        }
    }
}

public enum FakeFailure: Error { case unavailable, jammed }

/// Records issued orders and refunds the way the ledger would, in memory.
public final class FakeDesk: IssuanceDesk, @unchecked Sendable {
    private let lock = NSLock()
    public private(set) var orders: [IssuanceOrder] = []
    public private(set) var refunds: [Int64] = []
    /// Thrown by every `issue` while set.
    public var failure: (any Error)?

    public init() {}

    public func issue(_ order: IssuanceOrder, at date: Date) throws -> IssuanceReceipt {
        try lock.withLock {
            if let failure { throw failure }
            orders.append(order)
            let id = Int64(orders.count)
            return IssuanceReceipt(issuanceID: id, serials: (1...order.copies).map { "K-\(id)-\($0)" },
                                   amount: order.amount, businessDate: CityClock.japan.businessDate(date))
        }
    }

    public func refundUnprinted(issuanceID: Int64, reason: String, at date: Date) throws {
        lock.withLock { refunds.append(issuanceID) }
    }
}

public final class FakePrinter: CertificatePrinter, @unchecked Sendable {
    private let lock = NSLock()
    public private(set) var printed: [IssuanceReceipt] = []
    public private(set) var receipts: [FeeReceipt] = []
    public var jammed = false

    public init() {}

    public func printReceipt(_ receipt: FeeReceipt) throws {
        try lock.withLock {
            if jammed { throw FakeFailure.jammed }
            receipts.append(receipt)
        }
    }

    public func print(_ receipt: IssuanceReceipt) throws {
        try lock.withLock {
            if jammed { throw FakeFailure.jammed }
            printed.append(receipt)
        }
    }

    /// A copy's text names its serial, so tests can tell the copies apart.
    public func printedText(_ receipt: IssuanceReceipt) throws -> [String] {
        try lock.withLock {
            guard printed.contains(receipt) else { throw FakeFailure.jammed }
            return receipt.serials.map { "証明書 \($0)\n本文" }
        }
    }
}

public final class FakeCash: CashUnit, @unchecked Sendable {
    private let lock = NSLock()
    public private(set) var dispensed: [Int] = []

    public init() {}

    public func dispense(_ yen: Int) { lock.withLock { dispensed.append(yen) } }
}

/// The operator log, kept in memory so tests can read what staff would see.
public final class FakeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [String] = []

    public init() {}

    public var lines: [String] { lock.withLock { recorded } }

    public func write(_ line: String) { lock.withLock { recorded.append(line) } }
}
