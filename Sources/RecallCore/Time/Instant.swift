/// A point in time: whole microseconds since 1970-01-01T00:00:00Z.
///
/// The reference scheduler (py-fsrs) works on timezone-aware `datetime`s, which are exact
/// microsecond counts, and on `timedelta`s, which are exact too. A `Double` of seconds (as in
/// `Foundation.Date`) cannot hold every microsecond of a century exactly, and its sums drift
/// in the last bit, so due dates would not be byte-identical. An `Int64` of microseconds
/// reproduces Python's arithmetic exactly and covers years 1–9999 with room to spare.
///
/// RecallCore never reads the clock: callers pass the current `Instant` in.
public struct Instant: Hashable, Comparable, Sendable {
    public var microseconds: Int64

    public init(microsecondsSinceEpoch: Int64) {
        self.microseconds = microsecondsSinceEpoch
    }

    public init(secondsSinceEpoch seconds: Int64) {
        self.microseconds = seconds * TimeSpan.microsecondsPerSecond
    }

    public static func < (a: Instant, b: Instant) -> Bool { a.microseconds < b.microseconds }

    public static func + (a: Instant, b: TimeSpan) -> Instant {
        Instant(microsecondsSinceEpoch: a.microseconds + b.microseconds)
    }

    public static func - (a: Instant, b: TimeSpan) -> Instant {
        Instant(microsecondsSinceEpoch: a.microseconds - b.microseconds)
    }

    public static func - (a: Instant, b: Instant) -> TimeSpan {
        TimeSpan(microseconds: a.microseconds - b.microseconds)
    }
}

/// A length of time in whole microseconds, like Python's `timedelta`.
public struct TimeSpan: Hashable, Comparable, Sendable {
    public static let microsecondsPerSecond: Int64 = 1_000_000
    public static let microsecondsPerDay: Int64 = 86_400 * microsecondsPerSecond

    public var microseconds: Int64

    public init(microseconds: Int64) {
        self.microseconds = microseconds
    }

    public static func seconds(_ n: Int64) -> TimeSpan { TimeSpan(microseconds: n * microsecondsPerSecond) }
    public static func minutes(_ n: Int64) -> TimeSpan { .seconds(n * 60) }
    public static func hours(_ n: Int64) -> TimeSpan { .seconds(n * 3_600) }
    public static func days(_ n: Int) -> TimeSpan { TimeSpan(microseconds: Int64(n) * microsecondsPerDay) }

    public static let zero = TimeSpan(microseconds: 0)

    public static func < (a: TimeSpan, b: TimeSpan) -> Bool { a.microseconds < b.microseconds }

    public static func + (a: TimeSpan, b: TimeSpan) -> TimeSpan {
        TimeSpan(microseconds: a.microseconds + b.microseconds)
    }

    /// Whole days, rounded toward minus infinity: `timedelta.days`. Minus one hour is day −1.
    public var wholeDays: Int64 {
        let (quotient, remainder) = microseconds.quotientAndRemainder(dividingBy: Self.microsecondsPerDay)
        return remainder < 0 ? quotient - 1 : quotient
    }

    /// Fractional days, for display and for estimates that need no exactness.
    public var days: Double { Double(microseconds) / Double(Self.microsecondsPerDay) }

    /// `timedelta * 1.5`: Python multiplies exactly and rounds to the microsecond, ties to even.
    public func timesOneAndAHalf() -> TimeSpan {
        TimeSpan(microseconds: Self.divideRoundingHalfToEven(microseconds * 3, by: 2))
    }

    /// `(a + b) / 2.0` on timedeltas: exact, rounded to the microsecond, ties to even.
    public static func mean(_ a: TimeSpan, _ b: TimeSpan) -> TimeSpan {
        TimeSpan(microseconds: divideRoundingHalfToEven(a.microseconds + b.microseconds, by: 2))
    }

    /// CPython's `_divide_and_round` for a positive divisor.
    static func divideRoundingHalfToEven(_ n: Int64, by d: Int64) -> Int64 {
        var (q, r) = n.quotientAndRemainder(dividingBy: d)
        if r < 0 { q -= 1; r += d }  // floor division, as Python's divmod
        let twice = 2 * r
        if twice > d || (twice == d && q % 2 != 0) { q += 1 }
        return q
    }
}

/// Stored as whole microseconds.
extension TimeSpan: Codable {
    public init(from decoder: any Decoder) throws {
        microseconds = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(microseconds)
    }
}
