extension ISOTimestamp {
    /// `2026-03-01T14:05:09+09:00`: whole seconds of the local time at the given offset, and the
    /// offset, for dates a learner reads (the quiz history, the statistics report). Outside
    /// years 1-9999 the local time reads `0000-00-00T00:00:00`.
    public static func local(_ instant: Instant, utcOffsetSeconds: Int) -> String {
        let perSecond = TimeSpan.microsecondsPerSecond
        var seconds = instant.microseconds / perSecond
        if instant.microseconds % perSecond < 0 { seconds -= 1 }
        let local = format(Instant(secondsSinceEpoch: seconds + Int64(utcOffsetSeconds))) ?? "0000-00-00T00:00:00"
        return String(local.prefix(19)) + offsetText(utcOffsetSeconds)
    }

    /// `+09:00`, `-03:30`, `+00:00`.
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return sign + two(minutes / 60) + ":" + two(minutes % 60)
    }
}
