import Foundation
import KofuCore
import KofuStore

/// The `Assets/` folder: strings, templates, demo seed. Found from `KOFU_ASSETS`, else beside or above the
/// executable (a build inside the checkout), else in the working directory.
struct Assets {
    let directory: URL

    static func locate() throws -> Assets {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["KOFU_ASSETS"] { candidates.append(URL(fileURLWithPath: env)) }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("Assets"))
            dir.deleteLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Assets"))
        guard let found = candidates.first(where: { fm.fileExists(atPath: $0.appendingPathComponent("strings/ja.json").path) }) else {
            throw CommandFailure("cannot find Kofu's Assets folder (strings, templates, demo seed); set KOFU_ASSETS to its path")
        }
        return Assets(directory: found)
    }

    var templates: URL { directory.appendingPathComponent("templates") }

    /// The printable page every certificate is also set on (`templates/page.html`).
    func page() throws -> PrintablePage { try PrintablePage(templates: templates) }
    var demoSeed: URL { directory.appendingPathComponent("demo/seed.json") }

    func windowHours() throws -> WindowHours {
        try WindowHours(settings: try bytes("municipality.json"), calendar: try bytes("calendar/holidays.json"))
    }

    func bytes(_ path: String) throws -> [UInt8] {
        let file = directory.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw CommandFailure("missing asset \(file.path)")
        }
        return Array(data)
    }

    func text(_ path: String) throws -> String {
        String(decoding: try bytes(path), as: UTF8.self)
    }

    func strings() throws -> Localization {
        var json: [Language: [UInt8]] = [:]
        for language in Language.allCases {
            json[language] = try bytes("strings/\(language.rawValue).json")
        }
        let strings = try Localization(json: json)
        if !strings.missingKeys.isEmpty {
            throw CommandFailure("screen texts missing in one language: \(strings.missingKeys.joined(separator: ", "))")
        }
        return strings
    }
}

/// A failure the user can act on: printed as one line, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
