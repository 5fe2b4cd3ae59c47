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
        let reprint = try Kofu.run(["print", "--db", store.database, serial(of: document)])
        let lines = reprint.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("【再発行 ") && lines[0].contains("手数料なし"), "\(lines[0])")
        #expect(String(lines[1]) == document, "the document's every line as issued")
        #expect(try store.ledger().count == ledger, "a reprint charges nothing")
        let audited = try DatabaseQueue(path: store.database).read { db in
            try String.fetchAll(db, sql: "SELECT detail FROM audit WHERE action = 'reprint'")
        }
        #expect(audited == ["reprinted \(serial(of: document))"])
    }

    @Test func thePageSetsTheDocumentsLinesAndNothingElseInThem() throws {
        let store = try issued()
        let document = try longest(store)
        let html = try Kofu.run(["print", "--db", store.database, serial(of: document), "--format", "html"])
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("size: A4 portrait"))
        #expect(html.contains("再発行") && html.contains("この証明書は、"))
        let preformatted = html.matches(of: /<pre[^>]*>([^<]*)<\/pre>/).map { String($0.1) }.joined()
        let unescaped = preformatted.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        #expect(unescaped == document, "the page's text is the document's text")
    }

    @Test func aVoidOrUnknownDocumentIsNotReprinted() throws {
        let store = try issued()
        let refunded = try DatabaseQueue(path: store.database).read { db in
            try String.fetchOne(db, sql: """
                SELECT d.serial FROM document d JOIN ledger l ON l.issuance_id = d.issuance_id
                WHERE l.entry_type = 'refund' LIMIT 1
                """)
        }
        let void = try Kofu.outcome(["print", "--db", store.database, #require(refunded)])
        #expect(void.status == 1 && void.errors.contains("is void"), "\(void.errors)")
        let unknown = try Kofu.outcome(["print", "--db", store.database, "K-000000-20261125-000999-1"])
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
        try Kofu.run(["print", "--db", store.database, serial, "--format", "html", "--out", page])
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
