import Foundation
import KofuCore

/// An issued document's two printed forms from its one stored text: the fixed-width text itself, and a printable
/// A4 page (`templates/page.html`) that sets that same text, line for line, with the seal area, the serial and
/// verification lines and the footer around it. Neither form adds to or changes a line of the document, so they
/// cannot differ; a reprint is marked 再発行 outside the document's lines.
public struct PrintablePage: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text
        case html
    }

    let page: Template

    public init(templates directory: URL) throws {
        page = try CertificateTemplates.load(directory.appendingPathComponent("page.html"))
    }

    /// The document in `format`; `reissued` (a date) marks a reprint.
    public func render(_ text: String, serial: String, as format: Format, reissued: String? = nil) throws -> String {
        switch format {
        case .text:
            guard let reissued else { return text }
            return PrintedCopy.reissued(text, on: reissued)
        case .html:
            return try html(text, serial: serial, reissued: reissued)
        }
    }

    /// The page, everything on it taken from the document itself: its lines, the seal its text names (【…之印】)
    /// and the channel its serial names.
    func html(_ text: String, serial: String, reissued: String? = nil) throws -> String {
        guard let sealed = SealedDocument(printed: text) else { throw TemplateError.missingValue("seal") }
        let channel = IssuanceJournal.channel(ofSerial: serial)
        let sealName = text.firstMatch(of: /【([^】]*長之印)】/).map { String($0.1) } ?? ""
        return try page.render([
            "serial": .text(Markup.escaped(serial)),
            "document": .text(Markup.escaped(String(sealed.signedText))),
            "seal": .text(Markup.escaped(String(sealed.sealText))),
            "sealName": .text(Markup.escaped(sealName)),
            // The seal is the mayor's (小牧市長之印): the city is what precedes 長之印.
            "city": .text(Markup.escaped(String(sealName.dropLast("長之印".count)))),
            "reissued": .text(reissued.map(Markup.escaped) ?? ""),
            "kiosk": .text(channel == .kiosk ? "yes" : ""),
            "window": .text(channel == .window ? "yes" : ""),
        ])
    }
}
