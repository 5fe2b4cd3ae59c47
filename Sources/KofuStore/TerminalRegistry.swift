import Foundation
import KofuCore

/// The terminals of this store: registered by the operator (`kofu terminal add`), revoked but never deleted.
public struct TerminalRegistry: Sendable {
    let database: KofuDatabase

    public init(database: KofuDatabase) {
        self.database = database
    }

    public func add(_ id: String, kind: Channel, site: String, at date: Date) throws -> Terminal {
        try add(id, kind: kind, site: site, at: date, secretHash: nil)
    }

    private func add(_ id: String, kind: Channel, site: String, at date: Date, secretHash: String?) throws -> Terminal {
        guard TerminalRecord.isValidID(id) else { throw TerminalError.invalidID(id) }
        guard site.unicodeScalars.count <= 80, PlainText.isPlain(site) else { throw TerminalError.invalidSite(site) }
        return try database.write { db in
            guard try TerminalRecord.fetch(db, id: id) == nil else { throw TerminalError.alreadyRegistered(id) }
            let terminal = Terminal(id: id, kind: kind, site: site, registeredAt: Timestamp.text(date))
            try db.execute(sql: "INSERT INTO terminal (id, kind, site, registered_at, secret_hash) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, kind.rawValue, site, terminal.registeredAt, secretHash])
            return terminal
        }
    }

    /// Registers a terminal that reaches the store through the issuance center, with a new secret: the token is
    /// returned once and only its hash is kept.
    public func addNetworked(_ id: String, kind: Channel, site: String, at date: Date) throws -> (Terminal, TerminalToken) {
        let token = TerminalToken.issue(for: id)
        let terminal = try add(id, kind: kind, site: site, at: date, secretHash: token.secretHash)
        return (terminal, token)
    }

    /// A new token for a terminal, registering it if it is not yet: for the demo, which starts a center of its own
    /// and has no token kept from the last time. The terminal's old token stops working.
    public func ensureNetworked(_ id: String, kind: Channel, site: String, at date: Date) throws -> TerminalToken {
        guard let existing = try list().first(where: { $0.id == id }) else {
            return try addNetworked(id, kind: kind, site: site, at: date).1
        }
        guard existing.kind == kind else { throw TerminalError.wrongKind(id, registeredAs: existing.kind) }
        guard existing.revokedAt == nil else { throw TerminalError.revoked(id) }
        let token = TerminalToken.issue(for: id)
        try database.write { db in
            try db.execute(sql: "UPDATE terminal SET secret_hash = ? WHERE id = ?", arguments: [token.secretHash, id])
        }
        return token
    }

    /// The registered, unrevoked terminal a token proves, or nil: unknown id, no secret, wrong secret or revoked
    /// all look the same to the caller.
    public func authenticate(_ token: TerminalToken) throws -> Terminal? {
        try database.read { db in
            guard let row = try SQLRow.fetchOne(db.cachedStatement(sql: "SELECT * FROM terminal WHERE id = ?"),
                                             arguments: [token.terminalID]),
                  let hash: String = row["secret_hash"], token.matches(hash: hash) else { return nil }
            let terminal = TerminalRecord.terminal(row)
            return terminal.revokedAt == nil ? terminal : nil
        }
    }

    public func revoke(_ id: String, at date: Date) throws {
        try database.write { db in
            guard let terminal = try TerminalRecord.fetch(db, id: id) else { throw TerminalError.notRegistered(id) }
            guard terminal.revokedAt == nil else { throw TerminalError.revoked(id) }
            try db.execute(sql: "UPDATE terminal SET revoked_at = ? WHERE id = ?", arguments: [Timestamp.text(date), id])
        }
    }

    public func list() throws -> [Terminal] {
        try database.read { db in try TerminalRecord.all(db) }
    }

    /// What a kiosk or window checks before it starts: registered for its kind, not revoked.
    public func require(_ id: String, kind: Channel) throws {
        try database.read { db in try TerminalRecord.require(db, id: id, kind: kind) }
    }

    /// The demo runs as a terminal of its own, registered the first time.
    public func ensure(_ id: String, kind: Channel, site: String, at date: Date) throws {
        if try database.read({ try TerminalRecord.fetch($0, id: id) }) == nil {
            _ = try add(id, kind: kind, site: site, at: date)
        }
    }
}

/// The terminal rows as every money-moving step checks them, inside its own transaction.
enum TerminalRecord {
    static func fetch(_ db: any SQLConnection, id: String) throws -> Terminal? {
        try SQLRow.fetchOne(db.cachedStatement(sql: "SELECT * FROM terminal WHERE id = ?"), arguments: [id]).map(terminal)
    }

    static func all(_ db: any SQLConnection) throws -> [Terminal] {
        try SQLRow.fetchAll(db, sql: "SELECT * FROM terminal ORDER BY kind, id").map(terminal)
    }

    static func terminal(_ row: SQLRow) -> Terminal {
        Terminal(id: row["id"], kind: Channel(rawValue: row["kind"])!, site: row["site"],
                 registeredAt: row["registered_at"], revokedAt: row["revoked_at"])
    }

    static func require(_ db: any SQLConnection, id: String, kind: Channel) throws {
        guard let terminal = try fetch(db, id: id) else { throw TerminalError.notRegistered(id) }
        guard terminal.revokedAt == nil else { throw TerminalError.revoked(id) }
        guard terminal.kind == kind else { throw TerminalError.wrongKind(id, registeredAs: terminal.kind) }
    }

    /// Printed on certificates and in logs: letters, digits and hyphens only, so it can never carry a control
    /// character or pass for something else.
    static func isValidID(_ id: String) -> Bool {
        (1...32).contains(id.count) && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}

public enum TerminalError: Error, Equatable, CustomStringConvertible, OperatorLoggable, ClerkExplained {
    case notRegistered(String)
    case revoked(String)
    case wrongKind(String, registeredAs: Channel)
    case alreadyRegistered(String)
    case invalidID(String)
    case invalidSite(String)
    case unreadableKeyFile(String)
    case notAKeyFile(String)

    public var description: String {
        switch self {
        case .notRegistered(let id): "terminal \(id) is not registered — `kofu terminal add --id \(id) --kind …` first"
        case .revoked(let id): "terminal \(id) was revoked and may not be used"
        case .wrongKind(let id, let kind): "terminal \(id) is registered as a \(kind.rawValue) terminal"
        case .alreadyRegistered(let id): "terminal \(id) is already registered"
        case .invalidID(let id): "terminal id \(String(reflecting: id)) must be 1 to 32 letters, digits or hyphens"
        case .invalidSite: "a terminal's site is at most 80 characters, with no control characters"
        case .unreadableKeyFile(let file): "cannot read the terminal key file \(file)"
        case .notAKeyFile(let file): "\(file) does not hold a terminal token (`kofu center terminal add --key-file`)"
        }
    }

    public var operatorSummary: String { description }

    public var clerkReason: String { "terminalNotAllowed" }
}
