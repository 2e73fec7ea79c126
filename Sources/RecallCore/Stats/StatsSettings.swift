/// What a report is for: the moment, the day rule, the range and the settings. The clock and
/// the time zone come in here, so that the computation reads neither.
public struct StatsSettings: Sendable {
    public var now: Instant
    public var rolloverHour: Int
    /// Seconds east of UTC in force at an instant.
    public var utcOffset: @Sendable (Instant) -> Int
    public var range: StatsRange
    /// Copied into the report, with its `cards` and `reviews` filled in.
    public var scope: StatsScope
    public var schedulers: SchedulerSet
    /// What the true-retention table shows beside the measured rates.
    public var desiredRetention: Double

    public init(now: Instant, rolloverHour: Int, utcOffset: @escaping @Sendable (Instant) -> Int, range: StatsRange,
                scope: StatsScope, schedulers: SchedulerSet, desiredRetention: Double) {
        self.now = now
        self.rolloverHour = rolloverHour
        self.utcOffset = utcOffset
        self.range = range
        self.scope = scope
        self.schedulers = schedulers
        self.desiredRetention = desiredRetention
    }
}
