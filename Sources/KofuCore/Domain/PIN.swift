/// A PIN being typed or checked. Its descriptions are redacted so that it can never reach a log or a screen dump.
public struct PIN: Equatable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public static let length = 4
    public private(set) var digits: String

    public init(_ digits: String = "") { self.digits = digits }

    public var isComplete: Bool { digits.count == Self.length }
    public var count: Int { digits.count }

    public mutating func append(_ digit: Character) {
        guard digit.isASCII, digit.isNumber, digits.count < Self.length else { return }
        digits.append(digit)
    }

    public mutating func removeLast() {
        if !digits.isEmpty { digits.removeLast() }
    }

    public var description: String { "PIN(****)" }
    public var debugDescription: String { description }
}
