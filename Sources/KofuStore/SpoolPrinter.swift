import Foundation
import KofuCore

/// The simulated printer: each copy becomes `<directory>/<serial>.txt`, written atomically so that a reader never
/// sees half a certificate. The text comes from the document table, so what is printed is what was committed.
public struct SpoolPrinter: CertificatePrinter {
    let database: KofuDatabase
    public let directory: URL

    public init(database: KofuDatabase, directory: URL) {
        self.database = database
        self.directory = directory
    }

    public func print(_ receipt: IssuanceReceipt) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for document in try database.printedDocuments(issuanceID: receipt.issuanceID) {
            let url = directory.appendingPathComponent("\(document.serial).txt")
            try Data(document.text.utf8).write(to: url, options: .atomic)
        }
    }
}
