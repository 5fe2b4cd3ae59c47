import Foundation
import KofuCore

/// The simulated printer: each copy becomes `<directory>/<serial>.txt`. The text comes from the document table, so
/// what is printed is what was committed.
///
/// Printing is all or nothing: a failed print is refunded in full, so a copy left on paper after a failure would be
/// a genuine-looking certificate nobody paid for. Every copy is first written under a hidden temporary name, then
/// all are renamed into place; on any failure everything written so far is removed before the error is thrown.
public struct SpoolPrinter: CertificatePrinter {
    let database: KofuDatabase
    public let directory: URL

    public init(database: KofuDatabase, directory: URL) {
        self.database = database
        self.directory = directory
    }

    public func print(_ receipt: IssuanceReceipt) throws {
        let files = FileManager.default
        try files.createDirectory(at: directory, withIntermediateDirectories: true)
        let documents = try database.printedDocuments(issuanceID: receipt.issuanceID)
        var written: [URL] = []
        do {
            var staged: [(temporary: URL, final: URL)] = []
            for document in documents {
                // Hidden and without `.txt`, so nothing that collects certificates picks up a staged copy.
                let temporary = directory.appendingPathComponent(".\(document.serial).\(UUID().uuidString).partial")
                written.append(temporary)
                try Data(document.text.utf8).write(to: temporary)
                staged.append((temporary, directory.appendingPathComponent("\(document.serial).txt")))
            }
            for (temporary, final) in staged {
                try files.moveItem(at: temporary, to: final)
                written.removeAll { $0 == temporary }
                written.append(final)
            }
        } catch {
            for url in written { try? files.removeItem(at: url) }
            throw error
        }
    }

    /// A receipt appears whole or not at all, written under a hidden name, then renamed into place; in a folder of
    /// its own, so that nothing that collects certificates takes it for one.
    public func printReceipt(_ receipt: FeeReceipt) throws {
        let receipts = directory.appendingPathComponent("receipts")
        try FileManager.default.createDirectory(at: receipts, withIntermediateDirectories: true)
        let temporary = receipts.appendingPathComponent(".\(receipt.fileName).\(UUID().uuidString).partial")
        do {
            try Data(receipt.text.utf8).write(to: temporary)
            try FileManager.default.moveItem(at: temporary, to: receipts.appendingPathComponent(receipt.fileName))
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    public func printedText(_ receipt: IssuanceReceipt) throws -> [String] {
        try receipt.serials.map { serial in
            try String(contentsOf: directory.appendingPathComponent("\(serial).txt"), encoding: .utf8)
        }
    }
}
