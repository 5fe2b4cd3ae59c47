import Foundation
import KofuCore

/// An issued document's two printed forms from its one stored text: the fixed-width text itself, and a printable
/// A4 page (`templates/page.html`) that sets that same text, line for line, with the seal area, the serial and
/// verification lines and the footer around it. Neither form adds to or changes a line of the document, so they
/// cannot differ; a reprint is marked 再発行 outside the document's lines (`templates/reprint.txt`).
public struct PrintablePage: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text
        case html
    }

    let page: Template
    let reprint: Template

    public init(templates directory: URL) throws {
        func load(_ name: String) throws -> Template {
            let url = directory.appendingPathComponent(name)
            guard let source = try? String(contentsOf: url, encoding: .utf8) else {
                throw TemplateFileError.missing(url.path)
            }
            do { return try Template(parsing: source) } catch { throw TemplateFileError.broken(url.path, error) }
        }
        page = try load("page.html")
        reprint = try load("reprint.txt")
    }

    /// The document in `format`; `reissued` (a date) marks a reprint.
    public func render(_ document: ReprintedDocument, as format: Format, reissued: String? = nil) throws -> String {
        switch format {
        case .text:
            guard let reissued else { return document.text }
            return try reprint.render(["reissued": .text(reissued), "document": .text(document.text)])
        case .html:
            guard let sealed = SealedDocument(printed: document.text) else { throw TemplateError.missingValue("seal") }
            return try page.render([
                "serial": .text(Self.escaped(document.serial)),
                "document": .text(Self.escaped(String(sealed.signedText))),
                "seal": .text(Self.escaped(String(sealed.sealText))),
                "sealName": .text(Self.escaped(document.city + "長之印")),
                "reissued": .text(reissued.map(Self.escaped) ?? ""),
                "kiosk": .text(document.channel == .kiosk ? "yes" : ""),
                "window": .text(document.channel == .window ? "yes" : ""),
            ])
        }
    }

    /// Text set as HTML text: markup characters as entities, everything else as it is.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
