import Foundation

/// 釣銭準備金: the cash a window till holds at the start of the day, from `windowChangeFloat` (yen) in the
/// municipality settings. The close counts it in, so the till is expected to hold it plus the day's takings.
public enum ChangeFloat {
    private struct Settings: Decodable { var windowChangeFloat: Int }

    public static func parse(settings: [UInt8]) throws -> Int {
        guard let parsed = try? JSONDecoder().decode(Settings.self, from: Data(settings)),
              CashLimit.contains(parsed.windowChangeFloat) else {
            throw WindowHours.Invalid(
                description: "municipality.json has no windowChangeFloat of 0 to \(CashLimit.yen) yen")
        }
        return parsed.windowChangeFloat
    }
}
