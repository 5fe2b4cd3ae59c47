/// The staff window binary on a scratch store at 100×30, and the steps its journeys share.
enum WindowCounter {
    static func start(_ store: ScratchStore) throws -> TmuxSession {
        try start(try TerminalConnection(.embedded, store, terminal: "W-E2E", kind: "window"))
    }

    /// On either backend; the connection must outlive the window when it holds a center.
    static func start(_ connection: TerminalConnection) throws -> TmuxSession {
        try TmuxSession([try Kofu.binary(), "window", "--now", "2026-11-25T10:00:00+09:00"] + connection.arguments,
                        width: 100, height: 30)
    }

    /// From the task menu to the applicant question for the resident holding `card`.
    static func find(card: String, _ window: TmuxSession) throws {
        try window.waitFor("業務を選んで")
        try window.send("1")
        try window.waitFor("カードの番号で探す")
        try window.send("1", .text(card), .enter)
        try window.waitFor("窓口に来られた方")
    }

    /// From the copies question to the issued screen: one copy at the standard fee, paid with `cash` yen.
    static func issueOneCopy(_ window: TmuxSession, paying cash: String) throws {
        try window.waitFor("部数を入力")
        try window.send("1", .enter)
        try window.waitFor("手数料を選んで")
        try window.send("1")
        try window.waitFor("内容をご確認")
        try window.waitFor("300円")
        try window.send("1")
        try window.waitFor("お預かりした金額")
        try window.send(.text(cash), .enter)
        try window.waitFor("交付しました")
    }
}
