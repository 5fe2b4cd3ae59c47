import Crypto
import Foundation

/// The seal printed under a document: the verification code a person types, then the signature block a verifier
/// reads back. The block holds, in base64, a format byte, the Ed25519 signature, and what it signs: the SHA-256 of
/// the text above the seal and a 3-byte tag for each line of that text.
///
/// The hash makes any change to the text fail. The tags let a verifier that has only the file name the first line
/// that changed: they are signed with the hash, so they are the issued ones whatever was edited. A tag is too short
/// to guard a line by itself - the hash does that - so a forger who matched one on purpose only makes the verifier
/// say "altered" without naming the line. The code and the block are not signed but checked otherwise: the code is
/// derived from the signature, and the block must be exactly what its bytes print as.
struct DocumentSeal: Equatable {
    static let format: UInt8 = 1
    static let tagSize = 3
    /// Labels as wide as the footers' (証明書番号　, 交付　　　　), and base64 in rows that keep every seal line
    /// as wide as the documents' rules (68 columns).
    static let codeLabel = "検証コード　"
    static let signatureLabel = "署名　　　　"
    static let continuation = "　　　　　　"
    static let rowLength = 56
    /// Where the signature and the hash lie in the block, after the format byte; the tags follow.
    static let signatureBytes = 1..<65
    static let hashBytes = 65..<97

    let signature: Data
    let textHash: Data
    let lineTags: [Data]

    /// The document as printed: `body` (ending with a line feed) and its seal under it.
    static func seal(_ body: String, with key: SigningKey) throws -> (text: String, code: String) {
        let signed = body.hasSuffix("\n") ? body : body + "\n"
        let hash = Data(SHA256.hash(data: Data(signed.utf8)))
        let tags = TextLines.of(signed[...]).enumerated().map { tag($1, at: $0, hash: hash) }
        let seal = DocumentSeal(signature: try key.privateKey.signature(for: message(hash: hash, tags: tags)),
                                textHash: hash, lineTags: tags)
        return (signed + seal.printed, seal.code)
    }

    var code: String { VerificationCode.make(signature: signature) }

    /// The seal lines, each ending with a line feed.
    var printed: Substring {
        let block = blob.base64EncodedString()
        let rows = stride(from: 0, to: block.count, by: Self.rowLength).map {
            block.dropFirst($0).prefix(Self.rowLength)
        }
        let lines = [Self.codeLabel + code] + rows.enumerated().map {
            ($0 == 0 ? Self.signatureLabel : Self.continuation) + $1
        }
        return lines.map { $0 + "\n" }.joined()[...]
    }

    /// Reads the seal lines back; nil when they are not a seal of this format. Spaces and line ends an editor may
    /// have changed are skipped, so that the verdict can name the line, which the seal's own check then does.
    init?(reading sealText: Substring) {
        let lines = TextLines.of(sealText)
        guard lines.count >= 2, lines[1].hasPrefix(Self.signatureLabel) else { return nil }
        var block = lines[1].dropFirst(Self.signatureLabel.count).filter { !$0.isWhitespace }
        // The block ends at the first line that does not continue it: whatever follows is text the seal does not
        // print, which the verifier then names.
        for line in lines.dropFirst(2) {
            guard line.hasPrefix(Self.continuation) else { break }
            block += line.dropFirst(Self.continuation.count).filter { !$0.isWhitespace }
        }
        guard let blob = Data(base64Encoded: block), blob.first == Self.format, blob.count >= Self.hashBytes.upperBound,
              (blob.count - Self.hashBytes.upperBound) % Self.tagSize == 0 else { return nil }
        let bytes = Array(blob)
        signature = Data(bytes[Self.signatureBytes])
        textHash = Data(bytes[Self.hashBytes])
        lineTags = stride(from: Self.hashBytes.upperBound, to: bytes.count, by: Self.tagSize).map {
            Data(bytes[$0..<$0 + Self.tagSize])
        }
    }

    private init(signature: Data, textHash: Data, lineTags: [Data]) {
        self.signature = signature
        self.textHash = textHash
        self.lineTags = lineTags
    }

    func isSigned(by key: CityPublicKey) -> Bool {
        key.key.isValidSignature(signature, for: Self.message(hash: textHash, tags: lineTags))
    }

    /// Nil when `signedText` is what was signed; otherwise the first line whose tag differs, or a line the text
    /// lacks or has in excess.
    func firstAlteredLine(of signedText: Substring) -> DocumentVerification? {
        guard Data(SHA256.hash(data: Data(signedText.utf8))) != textHash else { return nil }
        let lines = TextLines.of(signedText)
        for index in 0..<max(lines.count, lineTags.count) {
            guard index < lines.count else { return .lineAltered(line: index + 1, text: nil) }
            guard index < lineTags.count, Self.tag(lines[index], at: index, hash: textHash) == lineTags[index] else {
                return .lineAltered(line: index + 1, text: String(lines[index]))
            }
        }
        return .textAltered
    }

    private var blob: Data { Data([Self.format]) + signature + textHash + lineTags.reduce(Data(), +) }

    /// Named, so that a signature of the city's key over anything else can never pass for a document's.
    private static func message(hash: Data, tags: [Data]) -> Data {
        Data("kofu document seal \(format)\n".utf8) + hash + tags.reduce(Data(), +)
    }

    /// Salted with the text's hash and numbered, so that tags differ between documents and a moved line shows.
    private static func tag(_ line: Substring, at index: Int, hash: Data) -> Data {
        let number = withUnsafeBytes(of: UInt32(index).bigEndian) { Data($0) }
        return Data(SHA256.hash(data: hash + number + Data(line.utf8)).prefix(tagSize))
    }
}
