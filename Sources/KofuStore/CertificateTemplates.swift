import Foundation
import KofuCore

/// One layout per certificate kind (`<kind>.txt`) and the fee receipt's (`receipt.txt`), read and parsed once so a
/// missing or broken file stops start-up.
struct CertificateTemplates: Sendable {
    let templates: [CertificateKind: Template]
    let receipt: Template

    init(directory: URL) throws {
        func load(_ name: String) throws -> Template { try Self.load(directory.appendingPathComponent("\(name).txt")) }
        var templates: [CertificateKind: Template] = [:]
        // A 除票 is printed on the resident record's own layout.
        for kind in CertificateKind.allCases {
            templates[kind] = try load(kind == .removedResidentRecord ? CertificateKind.residentRecord.rawValue : kind.rawValue)
        }
        self.templates = templates
        receipt = try load("receipt")
    }

    func template(for kind: CertificateKind) -> Template { templates[kind]! }

    /// A template file read and parsed, or why not in one line.
    static func load(_ url: URL) throws -> Template {
        guard let source = try? String(contentsOf: url, encoding: .utf8) else { throw TemplateFileError.missing(url.path) }
        do { return try Template(parsing: source) } catch { throw TemplateFileError.broken(url.path, error) }
    }
}

public enum TemplateFileError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case broken(String, TemplateError)

    public var description: String {
        switch self {
        case .missing(let path): "certificate template \(path) is missing or unreadable"
        case .broken(let path, let error): "certificate template \(path): \(error)"
        }
    }
}
