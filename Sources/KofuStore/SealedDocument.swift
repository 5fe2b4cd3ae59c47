import Foundation

/// A printed document taken apart at its seal: the signed text above, the seal lines from the verification code
/// down. The last code line is the seal's, so a text line that happens to start like one cannot cut the text short.
struct SealedDocument {
    let signedText: Substring
    let sealText: Substring
    /// Nil when the lines under the code are not a readable signature block.
    let seal: DocumentSeal?

    /// Nil when the text has no verification code line: it was never sealed.
    init?(printed text: String) {
        guard let codeLine = TextLines.of(text[...]).last(where: { $0.hasPrefix(DocumentSeal.codeLabel) }) else {
            return nil
        }
        signedText = text[..<codeLine.startIndex]
        sealText = text[codeLine.startIndex...]
        seal = DocumentSeal(reading: sealText)
    }

    /// Lines above the seal, so that a seal line's number in the file can be told.
    var signedLineCount: Int { TextLines.of(signedText).count }

    /// The 証明書番号 the text carries, as the templates print it in their footers.
    static func serial(in text: Substring) -> String? {
        TextLines.of(text).first { $0.hasPrefix("証明書番号") }
            .map { $0.dropFirst("証明書番号".count).trimmingCharacters(in: .whitespaces) }
    }
}
