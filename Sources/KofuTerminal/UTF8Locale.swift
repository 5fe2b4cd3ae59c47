import CNcursesw

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ncursesw draws Japanese only in a UTF-8 locale; in any other it prints mojibake without an error, so Kofu
/// refuses to start instead.
enum UTF8Locale {
    /// Adopts the user's locale, or C.UTF-8 for the character type when the user's is not UTF-8.
    static func activate() throws(TerminalError) {
        setlocale(LC_ALL, "")
        let codeset = currentCodeset
        if isUTF8(codeset) { return }
        setlocale(LC_CTYPE, "C.UTF-8")
        if isUTF8(currentCodeset) { return }
        throw .notUTF8(codeset: codeset)
    }

    static var currentCodeset: String {
        guard let name = kofu_codeset() else { return "an unknown codeset" }
        return String(cString: name)
    }

    /// glibc says "UTF-8", other libcs "utf8" or "UTF8".
    static func isUTF8(_ codeset: String) -> Bool {
        codeset.lowercased().filter { $0 != "-" && $0 != "_" } == "utf8"
    }
}
