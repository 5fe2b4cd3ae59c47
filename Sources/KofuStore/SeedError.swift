/// A seed file that cannot be loaded, with the record at fault named so it can be fixed by hand.
public enum SeedError: Error, Equatable, CustomStringConvertible {
    case unreadable(String, String)
    case invalid(record: String, problem: String)
    case notEmpty(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let detail): "seed file \(path) cannot be read: \(detail)"
        case .invalid(let record, let problem): "seed rejected: \(record): \(problem)"
        case .notEmpty(let path): "database \(path) already holds residents — seed a new database"
        }
    }

    /// JSON decoding errors name the coding path, e.g. `residents[3].birthDate`, rather than Swift's dump.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let joined = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return String(joined.drop(while: { $0 == "." }))
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
