import Foundation

/// Dates, spans of time and counts as each language writes them. English keeps the forms the
/// interface has always used; Korean writes `2026년 12월 1일 (화)`, `3분 20초`, `2일`, `1.5개월`.
public enum LocalizedFormat {
    /// A calendar day: `2026년 12월 1일 (화)`; in English `2026-12-01 (Tue)`.
    public static func day(year: Int, month: Int, day: Int, language: Language) -> String {
        let weekday = weekdayIndex(year: year, month: month, day: day)
        switch language {
        case .ko:
            return "\(year)년 \(month)월 \(day)일 (\(["일", "월", "화", "수", "목", "금", "토"][weekday]))"
        case .en:
            let date = String(format: "%04d-%02d-%02d", year, month, day)
            return "\(date) (\(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][weekday]))"
        }
    }

    /// The study day `instant` falls on in `timeZone` (by the calendar, not the rollover hour).
    public static func day(_ instant: Instant, timeZone: TimeZone, language: Language) -> String {
        let offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant.microseconds) / 1e6)))
        let local = instant.microseconds + offset * 1_000_000
        let days = Int64((Double(local) / Double(TimeSpan.microsecondsPerDay)).rounded(.down))
        let (year, month, day) = ISOTimestamp.civilFromDays(days)
        return Self.day(year: year, month: month, day: day, language: language)
    }

    /// 0 for Sunday (Sakamoto's method).
    static func weekdayIndex(year: Int, month: Int, day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    /// Time spent: `3분 20초`, `45초`, `1시간 5분`; in English `3m 20s`, `45s`, `1h 5m`.
    public static func duration(seconds: Int, language: Language) -> String {
        let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
        let units = language == .ko ? ("시간", "분", "초") : ("h", "m", "s")
        var parts: [String] = []
        if h > 0 { parts.append("\(h)\(units.0)") }
        if m > 0 { parts.append("\(m)\(units.1)") }
        if (s > 0 && h == 0) || parts.isEmpty { parts.append("\(s)\(units.2)") }
        return parts.joined(separator: " ")
    }

    /// An interval until a card is due, short (the grade buttons): `10분`, `2일`, `1.5개월`;
    /// in English `IntervalFormat.short`'s `10m`, `2d`, `1.5mo`.
    public static func interval(_ span: TimeSpan, language: Language) -> String {
        IntervalFormat.short(span, language: language)
    }
}
