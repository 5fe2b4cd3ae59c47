import Foundation
import KofuStore
import PostgresNIO

/// Where a store on PostgreSQL lives, as `--db` gives it: `postgres://user[:password]@host[:port]/database`.
/// The password may also come from `PGPASSWORD`, as for psql, so that it stays out of process listings.
public struct PostgresLocation: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String

    /// Whether `text` names a PostgreSQL server rather than a file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(host: String, port: Int, user: String, password: String?, database: String) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
    }

    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isURL(text), let url = URLComponents(string: text), let host = url.host, !host.isEmpty else {
            throw StoreError.cannotOpen(path: Self.redacted(text), reason: "not a URL of the form "
                                        + "postgres://user@host:port/database (a password's @, / or # written as %40, %2F, %23)")
        }
        // Kofu speaks to the server without TLS so far: a URL asking for it (sslmode=require…) is refused rather
        // than silently sent in clear.
        guard url.query == nil else {
            throw StoreError.cannotOpen(path: Self.redacted(text), reason: "URL parameters such as sslmode are not "
                                        + "supported: Kofu connects without TLS, so keep the server on a private network")
        }
        let database = String(url.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw StoreError.cannotOpen(path: Self.redacted(text), reason: "the URL names no database (…/dbname)")
        }
        guard let user = url.user ?? environment["PGUSER"], !user.isEmpty else {
            throw StoreError.cannotOpen(path: Self.redacted(text), reason: "the URL names no user (postgres://user@…)")
        }
        // URLComponents gives the password and the path already decoded.
        self.init(host: host, port: url.port ?? 5432, user: user, password: url.password ?? environment["PGPASSWORD"],
                  database: database)
    }

    /// The URL without the password: what messages and logs name the store by.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// `text` with any password in it masked, whether or not it parses as a URL.
    public static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://") else { return text }
        let rest = text[scheme.upperBound...]
        guard let at = rest.lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") else { return text }
        return String(text[..<rest.index(after: colon)]) + "***" + String(rest[at...])
    }

    var configuration: PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(host: host, port: port, username: user,
                                                             password: password, database: database, tls: .disable)
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    /// Another database of the same server.
    public func sibling(_ name: String) -> PostgresLocation {
        PostgresLocation(host: host, port: port, user: user, password: password, database: name)
    }
}
