/// The calendar section: a heatmap of the weeks that fit (a row per weekday, Monday first, a
/// column per week, today's week last), each day an intensity character, and the habit figures.
extension StatsDrawing {
    /// No review, then the four levels up to the busiest day: readable without colour.
    static let heatCharacters: [Character] = [".", ":", "o", "O", "@"]

    func calendar() -> [StatsLine] {
        let calendar = report.calendar
        guard !calendar.days.isEmpty, let from = StatsDate.dayNumber(calendar.from), let to = StatsDate.dayNumber(calendar.to)
        else { return [heading(.calendar)] + text(say(StatsMessage.noReviews), .axis) }
        var counts: [Int64: Int] = [:]
        for day in calendar.days { if let number = StatsDate.dayNumber(day.date) { counts[number] = day.reviews } }
        let names = (0..<7).map { say(StatsMessage.weekday($0)) }
        let labelWidth = (names.map(DisplayWidth.of).max() ?? 3) + 1
        let lastWeek = to - StatsDate.weekday(to)
        let allWeeks = Int((lastWeek - (from - StatsDate.weekday(from))) / 7) + 1
        let weeks = max(1, min(allWeeks, width - labelWidth))
        let firstWeek = lastWeek - Int64(7 * (weeks - 1))
        var lines = [heading(.calendar), monthRow(firstWeek: firstWeek, weeks: weeks, from: from, indent: labelWidth)]
        for weekday in 0..<7 {
            var line = StatsLine(DisplayWidth.padded(names[weekday], to: labelWidth), .axis)
            for week in 0..<weeks {
                let day = firstWeek + Int64(7 * week + weekday)
                guard day >= from, day <= to else {
                    line.appendMerging(" ", nil)
                    continue
                }
                let level = heatLevel(counts[day] ?? 0, maximum: calendar.maximum)
                line.appendMerging(String(Self.heatCharacters[level]), .heat(level))
            }
            lines.append(line)
        }
        var scale = StatsLine(DisplayWidth.padded("", to: labelWidth) + say(StatsMessage.less) + " ", .axis)
        for (level, character) in Self.heatCharacters.enumerated() { scale.append(String(character), .heat(level)) }
        scale.append(" " + say(StatsMessage.more) + " " + say(StatsFigureMessage.heatScale(maximum: calendar.maximum)), .axis)
        lines.append(scale)
        let share = calendar.daysInRange > 0 ? Double(calendar.daysStudied) / Double(calendar.daysInRange) : nil
        lines += text(say(StatsFigureMessage.daysStudied(studied: calendar.daysStudied, inRange: calendar.daysInRange, percent: percent(share))))
        lines += text(say(StatsFigureMessage.streak(current: calendar.streak, longest: calendar.longestStreak)))
        if let busiest = calendar.busiestDay {
            lines += text(say(StatsFigureMessage.busiestDay(date: localDate(busiest.date), reviews: busiest.reviews)))
        }
        return lines
    }

    /// 0 for a day without review, else 1 to 4 by the share of the busiest day (rounded up).
    func heatLevel(_ count: Int, maximum: Int) -> Int {
        guard count > 0, maximum > 0 else { return 0 }
        return max(1, min(4, (count * 4 + maximum - 1) / maximum))
    }

    /// The months above the heatmap, each over the week its first day falls in, when it fits.
    private func monthRow(firstWeek: Int64, weeks: Int, from: Int64, indent: Int) -> StatsLine {
        var text = String(repeating: " ", count: indent)
        var column = 0
        for week in 0..<weeks {
            let start = firstWeek + Int64(7 * week)
            guard let first = (0..<7).map({ start + Int64($0) }).first(where: { $0 >= from && StatsDate.civil($0).day == 1 })
            else { continue }
            let name = say(StatsMessage.month(StatsDate.civil(first).month))
            guard week >= (column == 0 ? 0 : column + 1), week + DisplayWidth.of(name) <= weeks else { continue }
            text += String(repeating: " ", count: week - column) + name
            column = week + DisplayWidth.of(name)
        }
        return StatsLine(text, .axis)
    }

    /// `2026-03-01` as the language writes a day.
    func localDate(_ date: String) -> String {
        guard let number = StatsDate.dayNumber(date) else { return date }
        let civil = StatsDate.civil(number)
        return LocalizedFormat.day(year: civil.year, month: civil.month, day: civil.day, language: language)
    }
}

/// Study days of the report (`2026-01-02`) as day numbers, for walking the calendar.
enum StatsDate {
    static func dayNumber(_ date: String) -> Int64? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return ISOTimestamp.daysFromCivil(year: parts[0], month: parts[1], day: parts[2])
    }

    static func civil(_ day: Int64) -> (year: Int, month: Int, day: Int) { ISOTimestamp.civilFromDays(day) }

    /// 0 for Monday (day 0, 1970-01-01, was a Thursday).
    static func weekday(_ day: Int64) -> Int64 { ((day + 3) % 7 + 7) % 7 }
}
