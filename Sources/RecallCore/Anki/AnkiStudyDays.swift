/// Anki's day numbers for recall's study days. A review card's `due` in Anki counts days from
/// the day of the collection's creation (`crt`), in the zone `creationOffset` names, with days
/// starting at the `rollover` hour (`rslib/src/scheduler/timing.rs`, `sched_timing_today_v2_new`:
/// today's local date minus the creation's local date, less one before the rollover hour).
/// A collection "created" at the rollover hour of a fixed date, in the zone the machine is in
/// now, makes Anki's day n exactly recall's study day `creationDay + n`.
public struct AnkiStudyDays: Hashable, Sendable {
    /// 2020-01-01 (days since 1970): fixed, so exporting twice gives the same day numbers.
    public static let creationDay: Int64 = 18_262

    public let rolloverHour: Int
    /// The machine's offset now, in seconds east of UTC.
    public let utcOffsetSeconds: Int

    public init(rolloverHour: Int, utcOffsetSeconds: Int) {
        self.rolloverHour = rolloverHour
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// `col.crt`: the rollover hour of `creationDay`, local time, in seconds since 1970.
    public var created: Int64 {
        Self.creationDay * 86_400 + Int64(rolloverHour) * 3_600 - Int64(utcOffsetSeconds)
    }

    /// `col.conf`'s `creationOffset`: minutes west of UTC.
    public var creationOffsetMinutesWest: Int { -utcOffsetSeconds / 60 }

    /// Anki's day number of the study day `instant` falls in.
    public func day(of instant: Instant) -> Int64 {
        StudyDay.dayNumber(of: instant, rolloverHour: rolloverHour, utcOffsetSeconds: utcOffsetSeconds) - Self.creationDay
    }

    /// When the study day `instant` falls in ends: a learning step due before it is in Anki's
    /// intraday queue, one after it in the day-learning queue.
    public func endOfDay(of instant: Instant) -> Instant {
        let dayNumber = day(of: instant) + Self.creationDay + 1
        return Instant(secondsSinceEpoch: dayNumber * 86_400 + Int64(rolloverHour) * 3_600 - Int64(utcOffsetSeconds))
    }
}
