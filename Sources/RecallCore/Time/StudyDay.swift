import Foundation

/// A study day: from the rollover hour (04:00 local by default, as in Anki) to the same hour
/// the next day. A review at 03:59 belongs to the day before; at 04:00, to the new day.
///
/// Pure: the time zone comes in as a function from instant to seconds east of UTC, so tests can
/// use fixed offsets and DST changes, and the CLI passes the local zone.
public struct StudyDay: Hashable, Sendable {
    public var start: Instant
    public var end: Instant
    /// The local date the day is named after, as days since 1970-01-01.
    public var dayNumber: Int64

    public var range: Range<Instant> { start..<end }

    /// The local date, `2026-01-02`.
    public var dateText: String { Self.dateText(dayNumber) }

    /// The local date `dayNumber` (days since 1970-01-01) names, `2026-01-02`.
    public static func dateText(_ dayNumber: Int64) -> String {
        let instant = Instant(microsecondsSinceEpoch: dayNumber * TimeSpan.microsecondsPerDay)
        return String((ISOTimestamp.format(instant) ?? "").prefix(10))
    }

    public typealias UTCOffset = (Instant) -> Int

    /// The study day that `now` falls in.
    public static func containing(_ now: Instant, rolloverHour: Int, utcOffset: UTCOffset) -> StudyDay {
        named(dayNumber(of: now, rolloverHour: rolloverHour, utcOffsetSeconds: utcOffset(now)),
              rolloverHour: rolloverHour, utcOffset: utcOffset)
    }

    /// The `dayNumber` of the study day `now` falls in, given the UTC offset in force then: the
    /// day rule alone, without the day's bounds, for counting a million answers by day.
    public static func dayNumber(of now: Instant, rolloverHour: Int, utcOffsetSeconds: Int) -> Int64 {
        let perDay = TimeSpan.microsecondsPerDay
        let rollover = Int64(rolloverHour) * 3_600 * 1_000_000
        let shifted = now.microseconds + Int64(utcOffsetSeconds) * 1_000_000 - rollover
        var day = shifted / perDay
        if shifted % perDay < 0 { day -= 1 }
        return day
    }

    public static func containing(_ now: Instant, rolloverHour: Int, timeZone: TimeZone) -> StudyDay {
        containing(now, rolloverHour: rolloverHour, utcOffset: offset(in: timeZone))
    }

    /// The study day named after the local date `dayNumber` (days since 1970-01-01).
    public static func named(_ dayNumber: Int64, rolloverHour: Int, utcOffset: UTCOffset) -> StudyDay {
        let perDay = TimeSpan.microsecondsPerDay
        let rollover = Int64(rolloverHour) * 3_600 * 1_000_000
        let startLocal = dayNumber * perDay + rollover
        return StudyDay(start: utc(fromLocal: startLocal, utcOffset),
                        end: utc(fromLocal: startLocal + perDay, utcOffset), dayNumber: dayNumber)
    }

    /// The study day of a local date written `2026-01-02`; nil if it is not such a date.
    public static func named(_ date: String, rolloverHour: Int, utcOffset: UTCOffset) -> StudyDay? {
        guard date.utf8.count == 10, let midnight = Instant(iso8601: date + "T00:00:00+00:00") else { return nil }
        return named(midnight.microseconds / TimeSpan.microsecondsPerDay, rolloverHour: rolloverHour, utcOffset: utcOffset)
    }

    /// Local wall-clock microseconds to an instant, using the offset in force at that moment
    /// (looked up twice, so that a day that starts just after a DST change is right).
    static func utc(fromLocal local: Int64, _ utcOffset: UTCOffset) -> Instant {
        let guess = Instant(microsecondsSinceEpoch: local - Int64(utcOffset(Instant(microsecondsSinceEpoch: local))) * 1_000_000)
        return Instant(microsecondsSinceEpoch: local - Int64(utcOffset(guess)) * 1_000_000)
    }

    /// The zone's offset at each instant: the one rule for turning a time zone into a `UTCOffset`
    /// (Sendable, so the statistics and the optimizer can keep it).
    public static func offset(in timeZone: TimeZone) -> @Sendable (Instant) -> Int {
        { instant in timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant.microseconds) / 1e6)) }
    }
}
