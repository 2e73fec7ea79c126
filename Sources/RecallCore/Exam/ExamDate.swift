/// An exam the learner prepares for (config.json `exams`, a list): what `recall exam` forecasts
/// and what the queue schedules toward (`ExamSchedule`).
///
/// ```json
/// "exams": [{"deck": "AWS::SAA", "at": "2026-12-20T09:00:00+09:00", "target": 0.9}]
/// ```
public struct ExamDate: Hashable, Sendable, Codable {
    /// The deck it is for, its sub-decks included; nil: every deck.
    public var deck: String?
    /// The exam's instant (09:00 local on the day given, unless a time was given).
    public var at: Instant
    /// The recall probability every studied card should have at `at` (0.9 by default).
    public var target: Double
    /// The UTC offset `at` is written with in config.json (the learner's zone when it was set),
    /// so that the file reads as the learner's own time; it changes nothing else.
    public var utcOffsetSeconds: Int = 0

    /// The hour an exam given as a bare date starts: 09:00 local.
    public static let defaultHour = 9

    public init(deck: String?, at: Instant, target: Double = 0.9) {
        self.deck = deck
        self.at = at
        self.target = target
    }

    public init(deck: String?, at: Instant, target: Double = 0.9, utcOffsetSeconds: Int) {
        self.init(deck: deck, at: at, target: target)
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// `2026-12-20` (09:00 local) or `2026-12-20T13:30` in the learner's zone; nil if malformed.
    /// A full timestamp with its own offset (`2026-12-20T13:30:00+09:00`) is taken as it is.
    public static func parse(_ text: String, utcOffset: StudyDay.UTCOffset) -> Instant? {
        if Array(text.utf8).count > 16 { return Instant(iso8601: text) }
        guard let wall = wallClock(text) else { return nil }
        let instant = StudyDay.utc(fromLocal: wall.microseconds, utcOffset)
        // A local time the clock skips (the hour a daylight-saving change jumps over) has no
        // instant: refused rather than moved to another hour the learner did not write.
        guard instant.microseconds + Int64(utcOffset(instant)) * 1_000_000 == wall.microseconds else { return nil }
        return instant
    }

    /// True when `text` is a well-formed local date (and time) that the zone's clock skips.
    public static func isSkippedLocalTime(_ text: String, utcOffset: StudyDay.UTCOffset) -> Bool {
        Array(text.utf8).count <= 16 && wallClock(text) != nil && parse(text, utcOffset: utcOffset) == nil
    }

    /// The furthest ahead an exam may be, in days (10 years): the plan simulates every day up to
    /// it, so a mistyped year (9999) would otherwise keep `recall exam` busy for hours.
    public static let longestHorizonDays = 3_650

    /// `2026-12-20` (at the default hour) or `2026-12-20T13:30` read as a wall clock, written as
    /// if it were UTC; nil if malformed.
    private static func wallClock(_ text: String) -> Instant? {
        let bytes = Array(text.utf8)
        let local: String
        switch bytes.count {
        case 10: local = text + "T0\(defaultHour):00:00+00:00"
        case 16 where bytes[10] == UInt8(ascii: "T"): local = text + ":00+00:00"
        default: return nil
        }
        // Only digits where digits belong: `Instant(iso8601:)` checks the ranges.
        for (index, byte) in bytes.enumerated() where ![4, 7, 10, 13].contains(index) {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        }
        return Instant(iso8601: local)
    }

    /// The study day holding the exam's instant: its "exam day".
    public func day(rolloverHour: Int, utcOffset: StudyDay.UTCOffset) -> StudyDay {
        StudyDay.containing(at, rolloverHour: rolloverHour, utcOffset: utcOffset)
    }

    /// Study days from today to the exam's study day: 19 shows as `D-19`, 0 is `D-Day`;
    /// negative once the exam's day is over.
    public func daysLeft(today: StudyDay, rolloverHour: Int, utcOffset: StudyDay.UTCOffset) -> Int {
        Int(day(rolloverHour: rolloverHour, utcOffset: utcOffset).dayNumber - today.dayNumber)
    }

    /// True while the exam is ahead of `now`: once its instant has passed it is over, and
    /// scheduling ignores it.
    public func isAhead(of now: Instant) -> Bool { now < at }

    /// Equal when the deck, the instant and the target are: the offset is only how `at` is written.
    public static func == (a: ExamDate, b: ExamDate) -> Bool {
        a.deck == b.deck && a.at == b.at && a.target == b.target
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(deck)
        hasher.combine(at)
        hasher.combine(target)
    }

    /// A target the rule can aim at: strictly between 0 and 1.
    public static func isValidTarget(_ target: Double) -> Bool { target > 0 && target < 1 }

    private enum CodingKeys: String, CodingKey { case deck, at, target }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        deck = try c.decodeIfPresent(String.self, forKey: .deck)
        at = try c.decode(Instant.self, forKey: .at)
        target = try c.decodeIfPresent(Double.self, forKey: .target) ?? 0.9
        utcOffsetSeconds = Self.offsetSeconds(of: try c.decode(String.self, forKey: .at))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(deck, forKey: .deck)
        try c.encode(ISOTimestamp.local(at, utcOffsetSeconds: utcOffsetSeconds), forKey: .at)
        try c.encode(target, forKey: .target)
    }

    /// The offset a timestamp is written with: `+09:00` is 32400, `Z` 0.
    static func offsetSeconds(of text: String) -> Int {
        let tail = Array(text.utf8.suffix(6))
        guard tail.count == 6, tail[0] == UInt8(ascii: "+") || tail[0] == UInt8(ascii: "-"), tail[3] == UInt8(ascii: ":"),
              let hours = Int(String(decoding: tail[1...2], as: UTF8.self)),
              let minutes = Int(String(decoding: tail[4...5], as: UTF8.self)) else { return 0 }
        return (tail[0] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3_600 + minutes * 60)
    }
}

extension StudyConfig {
    /// The exam of `deck`: its own, else its nearest parent's, else the one for every deck; nil: none.
    public func exam(forDeck deck: String) -> ExamDate? {
        guard !exams.isEmpty else { return nil }
        for name in DailyLimits.lineage(DeckName.key(deck)) {
            if let exam = exams.first(where: { $0.deck.map(DeckName.key) == name }) { return exam }
        }
        return exams.first { $0.deck == nil }
    }

    /// The daily review limit that binds every card of `exam`'s scope: the global one, or a
    /// lower one of its deck or a parent (see `DailyLimits`; deck names exactly, as there).
    public func reviewsPerDay(for exam: ExamDate) -> Int {
        dailyLimits(forDeck: exam.deck).reviewsPerDay
    }
}
