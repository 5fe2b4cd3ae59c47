import Foundation
import KofuCore

/// The simulated printer: each copy becomes `<directory>/<serial>.txt`, and with a page template also its printable
/// A4 page `<serial>.html` set from that same text. The text comes from the document table, so what is printed is
/// what was committed.
///
/// Printing is journalled. Each copy is written under a hidden name without its seal, flushed, renamed into
/// place, then sealed by appending the seal lines; only once file and directory are flushed is the copy marked
/// printed in the database. A crash at any point leaves either no file, a file that can never verify, or a file
/// without its mark, and `SpoolJournal` finds each of them. A failed print removes what it wrote, so that nothing
/// is on paper of a charge the caller then refunds.
public struct SpoolPrinter: CertificatePrinter {
    let source: any PrintSource
    public let directory: URL
    let page: PrintablePage?

    public init(source: any PrintSource, directory: URL, page: PrintablePage? = nil) {
        self.source = source
        self.directory = directory
        self.page = page
    }

    public init(database: KofuDatabase, directory: URL, page: PrintablePage? = nil) {
        self.init(source: database, directory: directory, page: page)
    }

    public func print(_ receipt: IssuanceReceipt) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let copies = try source.copies(issuanceID: receipt.issuanceID)
        CrashPoint.pass(.print)
        var written: [URL] = []
        do {
            var staged: [(copy: PrintedCopy, temporary: URL)] = []
            for copy in copies {
                // Hidden and without `.txt`, so nothing that collects certificates picks up a staged copy.
                let temporary = directory.appendingPathComponent(".\(copy.serial).\(UUID().uuidString).partial")
                written.append(temporary)
                try DurableFile.write(copy.text, to: temporary)
                staged.append((copy, temporary))
            }
            CrashPoint.pass(.staged)
            for (copy, temporary) in staged {
                let final = file(copy.serial)
                try FileManager.default.moveItem(at: temporary, to: final)
                written.removeAll { $0 == temporary }
                written.append(final)
                CrashPoint.pass(.renamed)
                try DurableFile.append(copy.seal, to: final)
                if let page = try writePage(copy.text + copy.seal, serial: copy.serial) { written.append(page) }
            }
            try DurableFile.syncDirectory(directory)
            CrashPoint.pass(.sealed)
        } catch {
            for url in written { try? FileManager.default.removeItem(at: url) }
            throw error
        }
        // The copies are on paper whatever happens next: a mark that cannot be written now is a journal gap that
        // `SpoolJournal` reports as unmarked, not a failed print to refund while the paper exists.
        try? source.markPrinted(issuanceID: receipt.issuanceID, serials: copies.map(\.serial), at: Date())
    }

    func file(_ serial: String) -> URL { directory.appendingPathComponent("\(serial).txt") }

    /// Sets the copy's printable page beside it, staged and renamed into place as the text is (replacing an earlier
    /// one); nothing without a page template.
    func writePage(_ text: String, serial: String, reissued: String? = nil) throws -> URL? {
        guard let page else { return nil }
        let html = try page.render(text, serial: serial, as: .html, reissued: reissued)
        let temporary = directory.appendingPathComponent(".\(serial).\(UUID().uuidString).partial")
        let final = directory.appendingPathComponent("\(serial).html")
        try DurableFile.write(html, to: temporary)
        guard rename(temporary.path, final.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final.path])
        }
        return final
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

    /// Makes the folder this store's, or refuses it when it holds another database's documents: two stores
    /// printing into one folder would each take the other's paper for their own.
    public func claim() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard try !requireOwnership() else { return }
        try Data((try source.storeID() + "\n").utf8).write(to: directory.appendingPathComponent(Self.markerName),
                                                            options: .atomic)
    }

    /// Refuses a folder of another store, writing nothing; true when it carries this store's marker.
    @discardableResult
    func requireOwnership() throws -> Bool {
        guard FileManager.default.fileExists(atPath: directory.path) else { return false }
        let store = try source.storeID()
        if let owner = try? String(contentsOf: directory.appendingPathComponent(Self.markerName), encoding: .utf8) {
            let id = owner.trimmingCharacters(in: .whitespacesAndNewlines)
            guard id == store else { throw SpoolError.otherStore(directory.path, owner: id) }
            return true
        }
        let documents = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
        if let stranger = documents.first(where: { $0.split(separator: "-").dropFirst().first.map(String.init) != store }) {
            throw SpoolError.foreignDocuments(directory.path, example: stranger)
        }
        return false
    }

    static let markerName = ".kofu-store"

    public func printedText(_ receipt: IssuanceReceipt) throws -> [String] {
        try receipt.serials.map { serial in
            try String(contentsOf: directory.appendingPathComponent("\(serial).txt"), encoding: .utf8)
        }
    }
}

public enum SpoolError: Error, Equatable, CustomStringConvertible {
    case otherStore(String, owner: String)
    case foreignDocuments(String, example: String)

    public var description: String {
        switch self {
        case .otherStore(let path, let owner):
            "spool folder \(path) belongs to another database (store \(owner)): give this one a folder of its own with --spool"
        case .foreignDocuments(let path, let example):
            "spool folder \(path) holds documents of another database (\(example)): give this one a folder of its own with --spool"
        }
    }
}
