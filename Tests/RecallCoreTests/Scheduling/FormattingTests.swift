import Testing
@testable import RecallCore

@Suite struct IntervalFormatTests {
    @Test(arguments: [
        (TimeSpan.seconds(0), "<1m"), (.seconds(59), "<1m"), (.minutes(1), "1m"), (.seconds(330), "6m"),
        (.minutes(10), "10m"), (.minutes(59), "59m"), (.seconds(3_580), "1h"), (.hours(1), "1h"),
        (.minutes(90), "1.5h"), (.hours(23), "23h"), (.days(1), "1d"), (.days(2), "2d"), (.days(29), "29d"),
        (.days(30), "1mo"), (.days(105), "3.5mo"), (.days(364), "1y"), (.days(438), "1.2y"), (.days(36_500), "100y"),
    ])
    func short(_ span: TimeSpan, _ expected: String) {
        #expect(IntervalFormat.short(span) == expected)
    }
}

@Suite struct PythonFloatTests {
    @Test(arguments: [
        (2.3065, "2.3065"), (0.1 + 0.2, "0.30000000000000004"), (5.0, "5.0"), (1e-05, "1e-05"),
        (0.0001, "0.0001"), (1e16, "1e+16"), (9_193_362_266_437_130.0, "9193362266437130.0"),
        (1.2345678901234568e17, "1.2345678901234568e+17"), (-2.5, "-2.5"), (0.0, "0.0"), (1.0, "1.0"),
    ])
    func reprMatchesPython(_ value: Double, _ expected: String) {
        #expect(PythonFloat.repr(value) == expected)
    }
}

@Suite struct ISOTimestampTests {
    @Test func formatsAsPythonIsoformat() {
        #expect(Instant(microsecondsSinceEpoch: 0).iso8601 == "1970-01-01T00:00:00+00:00")
        #expect(Instant(iso8601: "2024-02-29T23:59:59.000001+00:00")!.iso8601 == "2024-02-29T23:59:59.000001+00:00")
        #expect(Instant(iso8601: "2024-01-01T09:00:00.5Z")!.iso8601 == "2024-01-01T09:00:00.500000+00:00")
        #expect(Instant(iso8601: "0001-01-01T00:00:00+00:00") == ISOTimestamp.earliest)
        #expect(ISOTimestamp.latest.iso8601 == "9999-12-31T23:59:59.999999+00:00")
        #expect(ISOTimestamp.format(ISOTimestamp.latest + TimeSpan(microseconds: 1)) == nil)
        #expect(Instant(iso8601: "1969-12-31T23:59:59.999999+00:00")!.microseconds == -1)
    }

    @Test func convertsOffsetsToUTC() {
        #expect(Instant(iso8601: "2024-01-01T10:30:00+01:30") == Instant(iso8601: "2024-01-01T09:00:00+00:00"))
        #expect(Instant(iso8601: "2023-12-31T20:00:00-13:00")!.iso8601 == "2024-01-01T09:00:00+00:00")
        #expect(Instant(iso8601: "2024-01-01 09:00+00:00")!.iso8601 == "2024-01-01T09:00:00+00:00")
    }

    @Test func roundTripsEveryDayOfFourCenturies() {
        var day = ISOTimestamp.daysFromCivil(year: 1900, month: 1, day: 1)
        let end = ISOTimestamp.daysFromCivil(year: 2300, month: 1, day: 1)
        while day < end {
            let (year, month, dayOfMonth) = ISOTimestamp.civilFromDays(day)
            #expect(ISOTimestamp.daysFromCivil(year: year, month: month, day: dayOfMonth) == day)
            day += 1
        }
    }

    @Test(arguments: [
        ("2024-01-01T09:00:00", 19, "missing UTC offset"),
        ("2024-13-01T09:00:00+00:00", 5, "month"),
        ("2023-02-29T09:00:00+00:00", 8, "day of the month"),
        ("2024-01-01T24:00:00+00:00", 11, "hour"),
        ("2024-01-01T09:00:00.1234567+00:00", 26, "6 digits"),
        ("2024-01-01", 10, "expected 'T'"),
        ("2024-01-01T09:00:00+00:00x", 25, "unexpected text"),
        ("0000-01-01T00:00:00+00:00", 0, "year"),
    ])
    func rejectsWithAPlace(_ text: String, _ offset: Int, _ words: String) {
        guard case .failure(let error) = ISOTimestamp.parse(text) else {
            Issue.record("\(text) parsed")
            return
        }
        #expect(error.offset == offset, "\(text): \(error.message)")
        #expect(error.message.contains(words), "\(text): \(error.message)")
    }

    @Test func wholeDaysFloorLikeTimedelta() {
        #expect(TimeSpan.hours(23).wholeDays == 0)
        #expect(TimeSpan.hours(24).wholeDays == 1)
        #expect(TimeSpan(microseconds: -1).wholeDays == -1)
        #expect(TimeSpan.hours(-25).wholeDays == -2)
    }
}
