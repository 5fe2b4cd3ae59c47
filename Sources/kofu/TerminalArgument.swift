import ArgumentParser
import KofuCore

/// `--terminal`: written to the ledger, the audit trail and every certificate, and printed by every report, so it is
/// short plain text.
enum TerminalArgument {
    static let maxScalars = 32

    static func validate(_ id: String) throws {
        guard !id.isEmpty, id.unicodeScalars.count <= maxScalars, PlainText.isPlain(id),
              id.first?.isWhitespace == false, id.last?.isWhitespace == false else {
            throw ValidationError("--terminal must be 1 to \(maxScalars) characters, with no control characters "
                                  + "and no spaces around it")
        }
    }
}
