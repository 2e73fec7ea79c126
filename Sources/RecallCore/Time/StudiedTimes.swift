/// The quarter-hours (UTC) in which at least one answer was logged: what the streak is made of.
///
/// Why quarter-hours and not days: a study day depends on the rollover hour and the time zone,
/// which may change between runs, but every day boundary falls on a quarter-hour (rollover hours
/// are whole, UTC offsets are multiples of 15 minutes), so each quarter-hour lies in exactly one
/// study day. A year of daily study is a few thousand numbers, cheap to keep beside the log.
public struct StudiedTimes: Hashable, Sendable {
    public static let quarter: Int64 = 15 * 60 * 1_000_000

    public private(set) var quarters: Set<Int64> = []

    public init(quarters: Set<Int64> = []) {
        self.quarters = quarters
    }

    /// Notes an answer at `time`.
    public mutating func insert(_ time: Instant) {
        let micros = time.microseconds
        quarters.insert(micros >= 0 ? micros / Self.quarter : (micros - Self.quarter + 1) / Self.quarter)
    }

    /// The study days (`StudyDay.dayNumber`) with an answer.
    public func days(rolloverHour: Int, utcOffset: StudyDay.UTCOffset) -> Set<Int64> {
        var days = Set<Int64>()
        var last: StudyDay?
        for quarter in quarters.sorted() {
            let time = Instant(microsecondsSinceEpoch: quarter * Self.quarter)
            if let day = last, day.range.contains(time) { continue }
            let day = StudyDay.containing(time, rolloverHour: rolloverHour, utcOffset: utcOffset)
            days.insert(day.dayNumber)
            last = day
        }
        return days
    }
}
