import Foundation
import KofuCore

/// The repository's Assets folder, found from this file so tests run from any directory.
public let assetsDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Assets")

public func loadStrings() throws -> Localization {
    var json: [Language: [UInt8]] = [:]
    for language in Language.allCases {
        json[language] = Array(try Data(contentsOf: assetsDirectory.appendingPathComponent("strings/\(language.rawValue).json")))
    }
    return try Localization(json: json)
}

/// 2026-11-25 (Wed) 10:02 in Komaki.
public let fixtureNow = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 10, minute: 2)

public let fixtureProfile = KioskProfile(
    residentID: "R001", name: "小牧 太郎",
    householdMembers: [
        HouseholdMember(residentID: "R002", name: "小牧 花子", relationship: "妻"),
        HouseholdMember(residentID: "R003", name: "小牧 翔太", relationship: "子"),
        HouseholdMember(residentID: "R004", name: "小牧 美咲", relationship: "子"),
    ],
    hasSealRegistration: true, incomeFiscalYears: [2024, 2025, 2026])

public let fixtureDemo = [
    DemoCredential(id: "100001", kind: .card, holder: "小牧 太郎", pin: "1234", noteJa: "全記録あり（世帯4人）", noteEn: "every record (household of 4)"),
    DemoCredential(id: "100008", kind: .card, holder: "伊藤 正男", pin: "8124", noteJa: "ロック中", noteEn: "locked"),
    DemoCredential(id: "900001", kind: .smartphone, holder: "小牧 花子", pin: "5823", noteJa: "スマートフォン", noteEn: "smartphone"),
]
