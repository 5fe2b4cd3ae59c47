import Foundation
import KofuCore
import PropertyBased
import Testing

/// Instants are written and read without a Foundation formatter (one per ledger row cost more than the row): the
/// text must be the formatter's, to the character, for every instant the ledger can hold.
@Suite struct InstantTextTests {
    static func formatter(_ zone: String) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: zone)
        return formatter
    }

    @Test func writingAndReadingMatchFoundation() async {
        let utc = Self.formatter("UTC"), japan = Self.formatter("Asia/Tokyo")
        // 1952 (Japan's last summer time ended in 1951) to 2200, seconds included: leap years, the 2100 century rule
        // and the day's last second.
        await propertyCheck(count: 2000, input: Gen.int(in: -568_036_800...7_258_118_400)) { seconds in
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(InstantText.utc(date) == utc.string(from: date))
            #expect(InstantText.format(seconds: Int64(seconds), offsetSeconds: 9 * 3600) == japan.string(from: date))
            #expect(InstantText.seconds(utc.string(from: date)) == Int64(seconds))
            #expect(InstantText.seconds(japan.string(from: date)) == Int64(seconds))
        }
    }

    /// The city clock's parts by arithmetic must be the calendar's, in Japan and in a zone with summer time.
    @Test(arguments: ["Asia/Tokyo", "America/New_York"])
    func cityClockPartsMatchTheCalendar(_ zone: String) async {
        let clock = CityClock(timeZone: TimeZone(identifier: zone)!)
        await propertyCheck(count: 1000, input: Gen.int(in: -568_036_800...7_258_118_400)) { seconds in
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let expected = clock.calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday],
                                                         from: date)
            let parts = clock.parts(date)
            #expect([parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second, parts.weekday]
                    == [expected.year, expected.month, expected.day, expected.hour, expected.minute, expected.second,
                        expected.weekday])
        }
    }

    @Test(arguments: ["2026-11-25T01:00:00Z", "2024-02-29T23:59:59Z", "2026-11-25T10:00:00+09:00",
                      "1999-12-31T20:30:00-05:30"])
    func knownInstants(_ text: String) {
        #expect(InstantText.seconds(text).map { Date(timeIntervalSince1970: TimeInterval($0)) }
                == ISO8601DateFormatter().date(from: text))
    }

    @Test(arguments: ["2026-02-30T01:00:00Z", "2026-13-01T01:00:00Z", "2026-11-25 01:00:00Z", "2026-11-25T24:00:00Z",
                      "2026-11-25T01:00:00", "2026-11-25T01:00:00.5Z", "", "２０２６-11-25T01:00:00Z"])
    func otherShapesAreLeftToFoundation(_ text: String) {
        #expect(InstantText.seconds(text) == nil)
    }

    @Test func ledgerTimesAreJapanTime() {
        #expect(LedgerTime.iso("2026-11-25T08:05:00Z") == "2026-11-25T17:05:00+09:00")
        #expect(LedgerTime.minute("2026-11-25T15:30:00Z") == "2026-11-26 00:30")
        #expect(LedgerTime.iso("not a time") == "not a time")
    }
}
