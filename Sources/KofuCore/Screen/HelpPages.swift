/// The demo help panel of either flow: its rows a page at a time, arrows turning the pages, Esc closing it.
public struct HelpPages<Row> {
    public let page: Int
    public let pages: Int
    public let rows: ArraySlice<Row>

    /// `page` as asked, kept within the pages there are.
    public init(_ all: [Row], page: Int, perPage: Int) {
        pages = max(1, (all.count + perPage - 1) / perPage)
        self.page = min(max(0, page), pages - 1)
        rows = all.dropFirst(self.page * perPage).prefix(perPage)
    }

    /// The page shown after `key`; nil when the key closes the panel. Other keys leave the page as it is.
    public func turned(by key: KeyInput) -> Int? {
        switch key {
        case .escape: nil
        case .right, .down: min(pages - 1, page + 1)
        case .left, .up: max(0, page - 1)
        default: page
        }
    }
}
