import Foundation
import KofuCore
import KofuStore

/// The kiosk's operator log: one timestamped line per event, appended to a file because the screen belongs to
/// the resident. Callers pass no PIN and no personal data: issuance ids, amounts and error summaries only.
final class OperatorLog: Sendable {
    let url: URL
    private let lock = NSLock()

    init(url: URL) { self.url = url }

    /// `PATH.log` beside the database at PATH; for a database on a server, which has nothing beside it,
    /// `kofu.log` in the terminal's spool folder.
    convenience init(database: KofuDatabase, spool: URL) {
        self.init(url: database.backend.dialect == .sqlite ? URL(fileURLWithPath: database.path + ".log")
                                                            : spool.appendingPathComponent("kofu.log"))
    }

    func write(_ message: String) {
        let line = ISO8601DateFormatter().string(from: Date()) + " " + message + "\n"
        lock.withLock {
            if let handle = FileHandle(forWritingAtPath: url.path) {
                handle.seekToEndOfFile()
                handle.write(Data(line.utf8))
                try? handle.close()
            } else {
                _ = FileManager.default.createFile(atPath: url.path, contents: Data(line.utf8))
            }
        }
    }
}

/// The simulated coin and note unit: what it pays out goes to the operator log.
struct SimulatedCashUnit: CashUnit {
    let log: OperatorLog

    func dispense(_ yen: Int) { log.write("cash unit paid out \(yen) yen") }
}
