import Foundation

/// A flat JSON object of string keys to string texts.
public enum StringTable {
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    public static func parse(_ bytes: [UInt8], name: String) throws -> [String: String] {
        do {
            return try JSONDecoder().decode([String: String].self, from: Data(bytes))
        } catch {
            throw Invalid(description: "\(name) is not a JSON object of strings: \(error)")
        }
    }
}
