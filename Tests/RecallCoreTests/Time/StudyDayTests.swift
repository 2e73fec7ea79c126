import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

@Suite struct StudyDayTests {
    let seoul = StudyDay.offset(in: TimeZone(identifier: "Asia/Seoul")!)
    let newYork = StudyDay.offset(in: TimeZone(identifier: "America/New_York")!)

    @Test func rolloverAtFourLocal() {
        // 03:59 KST on 2 March belongs to the study day of 1 March; 04:00 starts 2 March.
        let before = StudyDay.containing(TestClock.at("2026-03-02T03:59:59.999999+09:00"), rolloverHour: 4, utcOffset: seoul)
        let after = StudyDay.containing(TestClock.at("2026-03-02T04:00:00+09:00"), rolloverHour: 4, utcOffset: seoul)
        #expect(before.dateText == "2026-03-01")
        #expect(after.dateText == "2026-03-02")
        #expect(before.end == after.start)
        #expect(after.start == TestClock.at("2026-03-02T04:00:00+09:00"))
        #expect(after.end == TestClock.at("2026-03-03T04:00:00+09:00"))
    }

    @Test func otherRolloverHoursAndZones() {
        let utc: StudyDay.UTCOffset = { _ in 0 }
        let midnight = StudyDay.containing(TestClock.at("2026-03-02T00:00:00Z"), rolloverHour: 0, utcOffset: utc)
        #expect(midnight.dateText == "2026-03-02")
        let late = StudyDay.containing(TestClock.at("2026-03-02T22:59:00Z"), rolloverHour: 23, utcOffset: utc)
        #expect(late.dateText == "2026-03-01")
        let behind = StudyDay.containing(TestClock.at("1969-12-31T05:00:00Z"), rolloverHour: 4, utcOffset: utc)
        #expect(behind.dateText == "1969-12-31")
    }

    @Test func daylightSavingDaysAreShortOrLong() {
        // New York springs forward at 02:00 on 8 March 2026: the study day of 7 March has 23 hours.
        let spring = StudyDay.containing(TestClock.at("2026-03-08T01:00:00-05:00"), rolloverHour: 4, utcOffset: newYork)
        #expect(spring.dateText == "2026-03-07")
        #expect(spring.start == TestClock.at("2026-03-07T04:00:00-05:00"))
        #expect(spring.end == TestClock.at("2026-03-08T04:00:00-04:00"))
        #expect(spring.end - spring.start == .hours(23))
        let after = StudyDay.containing(TestClock.at("2026-03-08T12:00:00-04:00"), rolloverHour: 4, utcOffset: newYork)
        #expect(after.start == spring.end)
        // It falls back at 02:00 on 1 November: the study day of 31 October has 25 hours.
        let fall = StudyDay.containing(TestClock.at("2026-11-01T01:30:00-05:00"), rolloverHour: 4, utcOffset: newYork)
        #expect(fall.dateText == "2026-10-31")
        #expect(fall.end - fall.start == .hours(25))
    }

    @Test func namedDays() throws {
        let day = try #require(StudyDay.named("2026-03-02", rolloverHour: 4, utcOffset: seoul))
        #expect(day.start == TestClock.at("2026-03-02T04:00:00+09:00"))
        #expect(StudyDay.named("2026-3-2", rolloverHour: 4, utcOffset: seoul) == nil)
        #expect(StudyDay.named("2026-02-30", rolloverHour: 4, utcOffset: seoul) == nil)
    }
}
