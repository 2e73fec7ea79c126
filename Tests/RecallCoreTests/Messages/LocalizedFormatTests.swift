import Foundation
import Testing
@testable import RecallCore

@Suite struct LocalizedFormatTests {
    @Test func days() {
        #expect(LocalizedFormat.day(year: 2026, month: 12, day: 1, language: .ko) == "2026년 12월 1일 (화)")
        #expect(LocalizedFormat.day(year: 2026, month: 12, day: 1, language: .en) == "2026-12-01 (Tue)")
        #expect(LocalizedFormat.day(year: 2024, month: 2, day: 29, language: .ko) == "2024년 2월 29일 (목)")
        let seoul = TimeZone(identifier: "Asia/Seoul")!
        // 2026-11-30T20:00Z is already 1 December in Seoul.
        #expect(LocalizedFormat.day(Instant(iso8601: "2026-11-30T20:00:00+00:00")!, timeZone: seoul, language: .ko) == "2026년 12월 1일 (화)")
    }

    @Test func durations() {
        #expect(LocalizedFormat.duration(seconds: 200, language: .ko) == "3분 20초")
        #expect(LocalizedFormat.duration(seconds: 45, language: .ko) == "45초")
        #expect(LocalizedFormat.duration(seconds: 3_900, language: .ko) == "1시간 5분")
        #expect(LocalizedFormat.duration(seconds: 0, language: .ko) == "0초")
        #expect(LocalizedFormat.duration(seconds: 200, language: .en) == "3m 20s")
    }

    @Test func intervalsOnTheGradeButtons() {
        #expect(LocalizedFormat.interval(.minutes(10), language: .ko) == "10분")
        #expect(LocalizedFormat.interval(.days(2), language: .ko) == "2일")
        #expect(LocalizedFormat.interval(.days(45), language: .ko) == "1.5개월")
        #expect(LocalizedFormat.interval(.hours(3), language: .ko) == "3시간")
        #expect(LocalizedFormat.interval(.days(800), language: .ko) == "2.2년")
        #expect(LocalizedFormat.interval(.seconds(20), language: .ko) == "1분 미만")
        #expect(LocalizedFormat.interval(.days(45), language: .en) == IntervalFormat.short(.days(45)))
    }
}
