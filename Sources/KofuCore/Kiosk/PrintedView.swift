/// Demo only: the printed certificates read back from the spool, as the take-certificate screen shows them, and
/// the first line in view. Part of the session, so the resident's data goes when the session ends.
public struct PrintedView: Equatable, Sendable {
    public let lines: [String]
    public private(set) var top = 0

    /// Lines of the body at 80×24 left under the heading.
    public static let rows = 15

    /// Each copy's text, copies apart by a blank line.
    public init(copies: [String]) {
        let copyLines = copies.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        lines = Array(copyLines.joined(separator: [""]))
    }

    /// Moves by `lines` (a page is `rows`), never past the first line nor beyond the last page.
    public mutating func scroll(by count: Int) {
        top = min(max(0, lines.count - Self.rows), max(0, top + count))
    }
}
