import RecallCore

/// Injected time for tests: fixed instants and instants relative to a start, so that nothing
/// depends on the machine's clock.
public struct TestClock: Sendable {
    /// `2026-03-01T09:00:00Z`, the instant the progress and quiz tests start from.
    public static let base = at("2026-03-01T09:00:00+00:00")

    public let start: Instant

    public init(start: Instant) {
        self.start = start
    }

    /// The instant an ISO 8601 text names (a test's literal, so it must parse).
    public static func at(_ text: String) -> Instant { Instant(iso8601: text)! }

    /// `start` plus the given amounts, rounded to the microsecond.
    public func at(days: Double = 0, hours: Double = 0, minutes: Double = 0, seconds: Double = 0) -> Instant {
        let total = days * 86_400 + hours * 3_600 + minutes * 60 + seconds
        return start + TimeSpan(microseconds: Int64((total * 1_000_000).rounded()))
    }
}
