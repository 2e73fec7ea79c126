/// Intervals in the short form of Anki's answer buttons: `<1m`, `10m`, `1.5h`, `2d`, `3.5mo`, `1.2y`.
public enum IntervalFormat {
    /// Minutes, days: whole numbers. Hours, months (30 days), years (365 days): one decimal,
    /// without a trailing `.0`. Each unit is used until its rounded value would reach the next
    /// unit, so 59.7 minutes reads `1h`, not `60m`.
    /// In Korean the same numbers with Korean units (`10분`, `2일`, `1.5개월`, `1분 미만`).
    public static func short(_ span: TimeSpan, language: Language = .en) -> String {
        let korean = language == .ko
        let seconds = Double(span.microseconds) / 1_000_000
        if seconds < 60 { return korean ? "1분 미만" : "<1m" }
        let minutes = (seconds / 60).rounded()
        if minutes < 60 { return "\(Int(minutes))" + (korean ? "분" : "m") }
        let hours = tenths(seconds / 3_600)
        if hours < 24 { return decimal(hours) + (korean ? "시간" : "h") }
        let days = (seconds / 86_400).rounded()
        if days < 30 { return "\(Int(days))" + (korean ? "일" : "d") }
        let months = tenths(days / 30)
        if months < 12 { return decimal(months) + (korean ? "개월" : "mo") }
        return decimal(tenths(days / 365)) + (korean ? "년" : "y")
    }

    private static func tenths(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }

    /// `3.5`, `2` (not `2.0`).
    private static func decimal(_ value: Double) -> String {
        let tenthsCount = Int((value * 10).rounded())
        return tenthsCount % 10 == 0 ? "\(tenthsCount / 10)" : "\(tenthsCount / 10).\(tenthsCount % 10)"
    }
}
