import Foundation

/// One value as a statement binds it or a row holds it, whichever engine the store runs on. The cases are SQLite's
/// storage classes; a PostgreSQL row is read into them (`PostgresRowReader` in KofuStorePostgres), so what a chain
/// hashes (`ChainEncoding`) is the same on both.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
}

/// A Swift value the store binds to a statement or reads out of a row.
public protocol SQLValueConvertible: Sendable {
    var sqlValue: SQLValue { get }
    /// The value, or nil when `value` is NULL or of a kind this type does not take.
    static func fromSQLValue(_ value: SQLValue) -> Self?
}

/// Numbers and texts convert into each other where the text is the number written out, as SQLite converts a
/// column read as another type (a setting kept as text and read as a number, say).
extension Int64: SQLValueConvertible {
    public var sqlValue: SQLValue { .integer(self) }
    public static func fromSQLValue(_ value: SQLValue) -> Int64? {
        switch value {
        case .integer(let number): number
        case .real(let number): Int64(exactly: number)
        case .text(let text): Int64(text)
        default: nil
        }
    }
}

extension Int: SQLValueConvertible {
    public var sqlValue: SQLValue { .integer(Int64(self)) }
    public static func fromSQLValue(_ value: SQLValue) -> Int? { Int64.fromSQLValue(value).flatMap { Int(exactly: $0) } }
}

extension Bool: SQLValueConvertible {
    /// 0 or 1, as SQLite keeps it and as the schema's flag columns hold it on both engines.
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    public static func fromSQLValue(_ value: SQLValue) -> Bool? { Int64.fromSQLValue(value).map { $0 != 0 } }
}

extension Double: SQLValueConvertible {
    public var sqlValue: SQLValue { .real(self) }
    public static func fromSQLValue(_ value: SQLValue) -> Double? {
        switch value {
        case .real(let number): number
        case .integer(let number): Double(number)
        default: nil
        }
    }
}

extension String: SQLValueConvertible {
    public var sqlValue: SQLValue { .text(self) }
    public static func fromSQLValue(_ value: SQLValue) -> String? {
        switch value {
        case .text(let text): text
        case .integer(let number): String(number)
        case .real(let number): String(number)
        default: nil
        }
    }
}

extension Data: SQLValueConvertible {
    public var sqlValue: SQLValue { .blob(self) }
    public static func fromSQLValue(_ value: SQLValue) -> Data? {
        switch value {
        case .blob(let data): data
        case .text(let text): Data(text.utf8)
        default: nil
        }
    }
}

extension SQLValue: SQLValueConvertible {
    public var sqlValue: SQLValue { self }
    public static func fromSQLValue(_ value: SQLValue) -> SQLValue? { value }
}

/// The values bound to a statement's `?` placeholders, in order.
public struct SQLArguments: Sendable, ExpressibleByArrayLiteral {
    public var values: [SQLValue]

    public init(_ values: [SQLValue]) { self.values = values }

    public init(_ values: [(any SQLValueConvertible)?]) { self.values = values.map { $0?.sqlValue ?? .null } }

    public init(arrayLiteral elements: (any SQLValueConvertible)?...) { self.init(elements) }
}

/// As SQL would write the value: NULL, a number, a quoted text, a blob in hex.
extension SQLValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .text(let text): "\"\(text)\""
        case .blob(let data): "X'\(Hex.lowercase(data).uppercased())'"
        }
    }
}

/// NULL reads as nil, where a column may hold nothing.
extension Optional: SQLValueConvertible where Wrapped: SQLValueConvertible {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
    public static func fromSQLValue(_ value: SQLValue) -> Wrapped?? {
        value == .null ? .some(nil) : Wrapped.fromSQLValue(value).map { .some($0) }
    }
}
