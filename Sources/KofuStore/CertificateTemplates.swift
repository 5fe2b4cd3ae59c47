import Foundation
import KofuCore

/// The three kiosk certificate layouts, read and parsed once so a missing or broken file stops start-up.
struct CertificateTemplates: Sendable {
    let residentRecord: Template
    let sealRegistration: Template
    let incomeTax: Template

    init(directory: URL) throws {
        func load(_ kind: CertificateKind) throws -> Template {
            let url = directory.appendingPathComponent("\(kind.rawValue).txt")
            guard let source = try? String(contentsOf: url, encoding: .utf8) else {
                throw TemplateFileError.missing(url.path)
            }
            do { return try Template(parsing: source) } catch { throw TemplateFileError.broken(url.path, error) }
        }
        residentRecord = try load(.residentRecord)
        sealRegistration = try load(.sealRegistration)
        incomeTax = try load(.incomeTax)
    }

    func template(for kind: CertificateKind) -> Template? {
        switch kind {
        case .residentRecord: residentRecord
        case .sealRegistration: sealRegistration
        case .incomeTax: incomeTax
        case .taxPayment, .business: nil
        }
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
