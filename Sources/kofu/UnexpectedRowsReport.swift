import Foundation
import KofuCore

/// Ledger rows the ledger's rules do not allow are left out of a list or report and named on standard error after
/// it; exit status 1 tells a script that the ledger needs looking at.
enum UnexpectedRowsReport {
    static func report(_ rows: [UnexpectedLedgerRow]) throws {
        guard !rows.isEmpty else { return }
        for row in rows { FileHandle.standardError.write(Data((row.description + "\n").utf8)) }
        throw CommandFailure("\(rows.count) unexpected ledger \(rows.count == 1 ? "row was" : "rows were") left out")
    }
}
