import Crypto
import CryptoExtras
import Foundation

/// The half of the city's key that is published (`kofu store public-key`): what a bank or an office that receives
/// a certificate holds instead of the database. With it alone a printed file is found genuine, or the first line
/// that is not as issued is named.
public struct CityPublicKey: Sendable, Equatable {
    let key: Curve25519.Signing.PublicKey

    init(_ key: Curve25519.Signing.PublicKey) { self.key = key }

    /// Reads the PEM `kofu store public-key` prints; `source` names the file in the error.
    public init(pem: String, source: String) throws {
        guard let key = try? Curve25519.Signing.PublicKey(pemRepresentation: pem) else {
            throw SigningKeyError.notAPublicKey(path: source)
        }
        self.key = key
    }

    public var pem: String { key.pemRepresentation }

    /// As the database's settings hold it: the raw key in base64.
    var base64: String { key.rawRepresentation.base64EncodedString() }

    init?(base64: String) {
        guard let raw = Data(base64Encoded: base64),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return nil }
        self.key = key
    }

    public static func == (a: CityPublicKey, b: CityPublicKey) -> Bool {
        a.key.rawRepresentation == b.key.rawRepresentation
    }

    /// Checks every byte of a printed document against its seal. Genuine here says only that the city signed it;
    /// whether it was refunded since is known to the database (`KofuDatabase.verify(printed:)`).
    public func verify(printed file: String) -> DocumentVerification {
        PrintedCopy.checking(file, verify(certificate:))
    }

    /// As `verify(printed:)`, for a text that carries no reprint line.
    func verify(certificate text: String) -> DocumentVerification {
        guard let document = SealedDocument(printed: text) else { return .notACertificate }
        guard let seal = document.seal, seal.isSigned(by: self) else { return .signatureInvalid }
        if let altered = seal.firstAlteredLine(of: document.signedText) { return altered }
        if let line = TextLines.firstDifference(document.sealText, from: seal.printed) {
            return .lineAltered(line: document.signedLineCount + line.number, text: line.text)
        }
        guard let serial = SealedDocument.serial(in: document.signedText) else { return .notACertificate }
        return .signedByCity(serial: serial)
    }
}
