import Foundation
import KofuBench
import Testing

/// `kofu bench --quick`, as `make test` runs it: every figure of the performance table is measured, each beside its
/// peer where it has one, and written as JSON. Timings are never asserted: a slow machine must not fail the tests,
/// a bench that stopped measuring must.
@Suite struct BenchEndToEndTests {
    static let figures = [
        "exec to first full kiosk frame in a pty", "key to last byte, PIN digit, p50", "key to last byte, PIN digit, p99",
        "bytes sent for one PIN digit", "key to last byte, menu move, p50", "key to last byte, menu move, p99",
        "bytes sent for one menu move", "peak RSS of the kiosk", "paid issuances per second, one process",
        "one issuance, one process, p50", "paid issuances per second, 8 processes",
        "one issuance among 8 processes, p99", "one issuance among 8 processes, max",
        "PIN check (PBKDF2-SHA256), p50", "payment over the center, one kiosk, p50",
        "payment over the center, one kiosk, p99", "paid issuances per second, 10 kiosks on one center",
        "center's processor time per payment, 10 kiosks", "payment among 10 kiosks on one center, p99",
        "store init, PINs and passwords hashed per second",
        "store init of 100,000 cards, projected from that rate",
        "`ledger list --date` on 20 k rows", "`report daily` on 20 k rows", "whole-ledger CSV export of 20 k rows",
        "peak RSS of that export",
    ]

    @Test func theQuickBenchMeasuresEveryFigureAgainstItsPeer() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kofu-bench-test-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("results.json")
        let table = try Kofu.run(["bench", "--quick", "--out", out.path])
        let report = try JSONDecoder().decode(BenchReport.self, from: try Data(contentsOf: out))
        #expect(report.quick)
        #expect(report.machine.cores > 0)
        #expect(report.figures.map(\.figure) == Self.figures)
        for figure in report.figures {
            #expect(figure.kofu > 0, "\(figure.figure)")
            #expect(figure.runs > 0, "\(figure.figure)")
            #expect(figure.spread.count == 2 && figure.spread[0] <= figure.spread[1], "\(figure.figure)")
            #expect(table.contains("| \(figure.figure) (\(figure.unit)) |"), "\(figure.figure)")
            if let peer = figure.peer {
                #expect(peer > 0, "\(figure.figure)")
                #expect(abs((figure.ratio ?? 0) - figure.kofu / peer) < 1e-9, "\(figure.figure)")
            }
        }
        // Every figure but the tail latencies under load, the PIN check (slow on purpose, so stated) and the
        // projection is paired with a peer measured in the same run (taskset is part of util-linux, always on Debian).
        #expect(report.figures.filter { $0.peer == nil }.map(\.figure)
                == ["one issuance among 8 processes, p99", "one issuance among 8 processes, max",
                    "PIN check (PBKDF2-SHA256), p50", "payment among 10 kiosks on one center, p99",
                    "store init of 100,000 cards, projected from that rate"])
    }
}
