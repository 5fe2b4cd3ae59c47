import Foundation

/// The languages of every screen, in the order the start screen lists them and `L` turns through them: Japanese,
/// easy Japanese (やさしい日本語) beside it, then the languages of Komaki's largest groups of foreign residents.
/// Raw values are BCP 47 tags, and the names of the `Assets/strings/` files.
public enum Language: String, Sendable, CaseIterable, Codable {
    case ja
    case easyJapanese = "ja-x-easy"
    case en
    case ptBR = "pt-BR"
    case zhHans = "zh-Hans"
    case vi
    case tl

    /// The language `L` turns to: the next in the list, and after the last the first.
    public var next: Language {
        let all = Language.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Read in Japanese script: texts kept only in Japanese and English (demo notes) are shown in Japanese.
    public var readsJapanese: Bool { self == .ja || self == .easyJapanese }
}

/// Screen texts by key, one table per language, loaded from `Assets/strings/<lang>.json` by the shell.
/// `{0}`, `{1}`… in a text are replaced by the arguments.
public struct Localization: Sendable {
    private let tables: [Language: [String: String]]

    public init(tables: [Language: [String: String]]) {
        self.tables = tables
    }

    /// Keys one language has and another lacks, as `language: key` (Japanese, the original, is the measure): a
    /// startup check, so no screen shows a raw key.
    public var missingKeys: [String] {
        let ja = Set(tables[.ja, default: [:]].keys)
        return Language.allCases.dropFirst().flatMap { language in
            let keys = Set(tables[language, default: [:]].keys)
            return ja.symmetricDifference(keys).sorted().map { "\(language.rawValue): \($0)" }
        }
    }

    /// Relationships are stored in Japanese (they are printed so); other languages translate the usual ones.
    public func relationship(_ japanese: String, _ language: Language) -> String {
        tables[language]?["relationship.\(japanese)"] ?? japanese
    }

    /// A certificate kind and the channel it was issued at, as charts name a series: 「コンビニ交付 住民票の写し」.
    public func issuedAt(_ channel: Channel, _ kind: CertificateKind, _ language: Language) -> String {
        text("window.channel.\(channel.rawValue)", language) + " " + text("kind.\(kind.rawValue)", language)
    }

    /// Whether a text exists, for texts that have a variant only in some cases (a smartphone wording).
    public func hasText(_ key: String, _ language: Language) -> Bool {
        tables[language]?[key] != nil
    }

    public func text(_ key: String, _ language: Language, _ arguments: [any CustomStringConvertible] = []) -> String {
        guard let text = tables[language]?[key] else { return "⟨\(key)⟩" }
        guard !arguments.isEmpty else { return text }
        // One pass over the text, so that an argument that itself holds "{1}" stays as it is.
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let index = Int(after[..<close]), arguments.indices.contains(index) {
                result += arguments[index].description
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }
}

extension Localization {
    /// Parses the `Assets/strings/<lang>.json` tables (the shell reads the files).
    public init(json: [Language: [UInt8]]) throws {
        var tables: [Language: [String: String]] = [:]
        for (language, bytes) in json {
            tables[language] = try StringTable.parse(bytes, name: "\(language.rawValue).json")
        }
        self.init(tables: tables)
    }
}
