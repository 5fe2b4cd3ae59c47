import Foundation
import GRDB
import Testing

/// `kofu print`: a staff reprint is the issued document itself, marked 再発行 outside its lines, free of charge and
/// audited; the HTML page sets exactly the text's lines; headless Chromium prints it on one A4 page.
@Suite struct PrintEndToEndTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile)

    /// Window sales (so whole households and refunds among them) with their spool, on a scratch store.
    func issued() throws -> ScratchStore {
        let store = try ScratchStore()
        let run = try Kofu.outcome(["simulate", "--db", store.database, "--terminal", "W-01", "--channel", "window",
                                    "--spool", store.spool.path, "--sessions", "40", "--seed", "1"])
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        return store
    }

    /// `kofu print` for clerk S001, who types `password`.
    func reprint(_ store: ScratchStore, _ arguments: [String], password: String = "komaki-clerk1") throws
        -> (status: Int32, output: String, errors: String) {
        try Kofu.outcome(["print", "--db", store.database, "--staff", "S001"] + arguments, input: password + "\n")
    }

    func serial(of text: String) -> String {
        String(text.firstMatch(of: /証明書番号　(\S+)/)!.1)
    }

    /// The longest document on paper: if it fits one page, they all do.
    func longest(_ store: ScratchStore) throws -> String {
        try store.spooled().max { $0.split(separator: "\n").count < $1.split(separator: "\n").count }!
    }

    @Test func aReprintIsTheIssuedTextMarkedFreeAndAudited() throws {
        let store = try issued()
        let document = try longest(store)
        let ledger = try store.ledger().count
        let reprint = try reprint(store, [serial(of: document)]).output
        let lines = reprint.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("【再発行】") && lines[0].contains("手数料なし"), "\(lines[0])")
        #expect(String(lines[1]) == document, "the document's every line as issued")
        #expect(try store.ledger().count == ledger, "a reprint charges nothing")
        let audited = try DatabaseQueue(path: store.database).read { db in
            try String.fetchAll(db, sql: "SELECT detail FROM audit WHERE action = 'reprint'")
        }
        #expect(audited == ["reprinted \(serial(of: document))"])
        let who = try DatabaseQueue(path: store.database).read { db in
            try String.fetchAll(db, sql: "SELECT staff_id FROM audit WHERE action = 'reprint'")
        }
        #expect(who == ["S001"], "the trail names who took the copy")
        // The copy is the city's document: verify sets the reissue line aside, as a crash reprint's.
        let file = store.directory.appendingPathComponent("reprint.txt")
        try reprint.write(to: file, atomically: true, encoding: .utf8)
        let verified = try Kofu.outcome(["verify", "--db", store.database, file.path])
        #expect(verified.status == 0 && verified.output.contains("genuine"), "\(verified.output)\(verified.errors)")
    }

    /// The text of a page's preformatted blocks, entities read back.
    func pageText(_ html: String) -> String {
        html.matches(of: /<pre[^>]*>([^<]*)<\/pre>/).map { String($0.1) }.joined()
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func thePageSetsTheDocumentsLinesAndNothingElseInThem() throws {
        let store = try issued()
        let document = try longest(store)
        let html = try reprint(store, [serial(of: document), "--format", "html"]).output
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("size: A4 portrait"))
        #expect(html.contains("再発行") && html.contains("この証明書は、小牧市の窓口で交付"))
        #expect(html.contains("<div class=\"seal\">小牧市長之印</div>"))
        #expect(pageText(html) == document, "the page's text is the document's text")
    }

    /// Every copy put on paper is written both ways at once: its text and, beside it, its page from that text.
    @Test func everyCopyOnPaperHasItsPage() throws {
        let store = try issued()
        let texts = try FileManager.default.contentsOfDirectory(atPath: store.spool.path).filter { $0.hasSuffix(".txt") }
        #expect(texts.count > 20)
        for name in texts {
            let text = try String(contentsOf: store.spool.appendingPathComponent(name), encoding: .utf8)
            let page = try String(contentsOf: store.spool.appendingPathComponent(name.replacingOccurrences(of: ".txt",
                                                                                                        with: ".html")),
                                  encoding: .utf8)
            #expect(pageText(page) == text, "\(name)")
            #expect(!page.contains("再発行"), "a first print is no reprint")
        }
    }

    @Test func onlyStaffWhoSignInReprint() throws {
        let store = try issued()
        let serial = serial(of: try longest(store))
        let wrong = try reprint(store, [serial], password: "guess")
        #expect(wrong.status == 1 && wrong.errors.contains("password is wrong") && wrong.output.isEmpty)
        let audited = try DatabaseQueue(path: store.database).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE action = 'reprint'")
        }
        #expect(audited == 0)
    }

    @Test func aVoidOrUnknownDocumentIsNotReprinted() throws {
        let store = try issued()
        let refunded = try DatabaseQueue(path: store.database).read { db in
            try String.fetchOne(db, sql: """
                SELECT d.serial FROM document d JOIN ledger l ON l.issuance_id = d.issuance_id
                WHERE l.entry_type = 'refund' LIMIT 1
                """)
        }
        let void = try reprint(store, [#require(refunded)])
        #expect(void.status == 1 && void.errors.contains("is void"), "\(void.errors)")
        let unknown = try reprint(store, ["K-000000-20261125-000999-1"])
        #expect(unknown.status == 1 && unknown.errors.contains("no document"), "\(unknown.errors)")
    }

    @Test(.enabled(if: chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil,
                   "needs Debian's chromium (make test installs it)"))
    func chromiumPrintsThePageOnOneA4Sheet() throws {
        let store = try issued()
        let document = try longest(store)
        let serial = serial(of: document)
        let page = store.directory.appendingPathComponent("page.html").path
        let pdf = store.directory.appendingPathComponent("page.pdf").path
        #expect(try reprint(store, [serial, "--format", "html", "--out", page]).status == 0)
        let chromium = try #require(Self.chromium, "chromium is not installed")
        let printed = try ChildProcess.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(store.directory.appendingPathComponent("chromium").path)",
            "--print-to-pdf=\(pdf)", URL(fileURLWithPath: page).absoluteString,
        ], environment: ProcessInfo.processInfo.environment)
        #expect(FileManager.default.fileExists(atPath: pdf), "\(printed.errors)")
        let info = try ChildProcess.run("/usr/bin/pdfinfo", [pdf], environment: [:])
        #expect(info.output.contains(/Pages:\s+1\n/), "\(info.output)")
        #expect(info.output.contains("(A4)"), "\(info.output)")
        let text = try ChildProcess.run("/usr/bin/pdftotext", [pdf, "-"], environment: [:])
        #expect(text.output.contains(serial), "the serial is on the page")
    }
}
