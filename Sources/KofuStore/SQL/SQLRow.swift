/// One row a query returned: its columns by name, in the query's order.
public struct SQLRow: Sendable, Sequence {
    public let columns: [String]
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of the first column called `name` (case-insensitively, as both engines match names), NULL when
    /// there is none.
    public func value(_ name: String) -> SQLValue {
        if let index = columns.firstIndex(of: name) { return values[index] }
        let lowered = name.lowercased()
        return columns.firstIndex { $0.lowercased() == lowered }.map { values[$0] } ?? .null
    }

    /// A column the query fills with this type (an optional type where it may be NULL); anything else is a
    /// programming error in the store.
    public subscript<T: SQLValueConvertible>(_ name: String) -> T {
        let value = value(name)
        guard let converted = T.fromSQLValue(value) else {
            preconditionFailure("column \(name) holds \(value), not \(T.self)")
        }
        return converted
    }

    public subscript(_ name: String) -> SQLValue { value(name) }

    public subscript<T: SQLValueConvertible>(_ index: Int) -> T {
        guard let converted = T.fromSQLValue(values[index]) else {
            preconditionFailure("column \(index) holds \(values[index]), not \(T.self)")
        }
        return converted
    }

    public func makeIterator() -> Zip2Sequence<[String], [SQLValue]>.Iterator { zip(columns, values).makeIterator() }
}
