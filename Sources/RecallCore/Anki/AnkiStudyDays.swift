/// Anki's day numbers for recall's study days. A review card's `due` in Anki counts days from
/// the day of the collection's creation (`crt`), with days starting at the `rollover` hour
/// (`rslib/src/scheduler/timing.rs`, `sched_timing_today_v2_new`: the local date now, in the
/// offset in force now, minus the creation's local date, in `creationOffset`; less one before
/// the rollover hour). A collection "created" at the rollover hour of a fixed date makes Anki's
/// day n exactly recall's study day `creationDay + n`, in every offset, across DST changes too.
public struct AnkiStudyDays: Sendable {
    /// 2020-01-01 (days since 1970): fixed, so exporting twice gives the same day numbers.
    public static let creationDay: Int64 = 18_262

    public let rolloverHour: Int
    /// Seconds east of UTC at each instant: the machine's zone, as recall's study days use it.
    public let utcOffset: @Sendable (Instant) -> Int
    /// The offset when the package is made, which `creationOffset` records.
    public let creationOffsetSeconds: Int

    public init(rolloverHour: Int, utcOffset: @escaping @Sendable (Instant) -> Int, now: Instant) {
        self.rolloverHour = rolloverHour
        self.utcOffset = utcOffset
        creationOffsetSeconds = utcOffset(now)
    }

    /// A zone with one offset.
    public init(rolloverHour: Int, utcOffsetSeconds: Int) {
        self.init(rolloverHour: rolloverHour, utcOffset: { _ in utcOffsetSeconds }, now: Instant(microsecondsSinceEpoch: 0))
    }

    /// `col.crt`: the rollover hour of `creationDay`, local time in `creationOffset`, in seconds since 1970.
    public var created: Int64 {
        Self.creationDay * 86_400 + Int64(rolloverHour) * 3_600 - Int64(creationOffsetSeconds)
    }

    /// `col.conf`'s `creationOffset`: minutes west of UTC.
    public var creationOffsetMinutesWest: Int { -creationOffsetSeconds / 60 }

    /// Anki's day number of the study day `instant` falls in.
    public func day(of instant: Instant) -> Int64 {
        StudyDay.dayNumber(of: instant, rolloverHour: rolloverHour, utcOffsetSeconds: utcOffset(instant)) - Self.creationDay
    }

    /// When the study day `instant` falls in ends: a learning step due before it is in Anki's
    /// intraday queue, one after it in the day-learning queue.
    public func endOfDay(of instant: Instant) -> Instant {
        StudyDay.containing(instant, rolloverHour: rolloverHour, utcOffset: utcOffset).end
    }
}
