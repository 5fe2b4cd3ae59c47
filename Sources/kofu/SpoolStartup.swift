import Foundation
import KofuStore

/// What a terminal does before it takes money again: clear what a crash left half-written, and tell the operator
/// every copy it owes (paid for, never on paper), in the log and on the console before the screen is taken.
enum SpoolStartup {
    static func reconcile(database: KofuDatabase, spool: URL, terminal: String, log: OperatorLog) throws {
        let report = try SpoolJournal(database: database, directory: spool).check(terminal: terminal)
        guard !report.isClean || report.stagedRemoved > 0 else { return }
        for line in SpoolReportText.lines(report) {
            log.write("\(terminal) start: \(line)")
            print(line)
        }
    }
}
