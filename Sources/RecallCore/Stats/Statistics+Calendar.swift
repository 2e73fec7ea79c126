extension Statistics {
    /// The heatmap of the 365 days ending today, and the habit over the range and the whole log.
    static func calendar(_ input: StatsInput) -> CalendarStats {
        var perDay: [Int64: Int] = [:]
        for day in input.days { perDay[day, default: 0] += 1 }
        let from = input.today - 364
        let shown = perDay.filter { $0.key >= from && $0.key <= input.today }.sorted { $0.key < $1.key }
        let studied = perDay.keys.filter(input.inRange).count
        var streak = 0
        var day = perDay[input.today] == nil ? input.today - 1 : input.today
        while perDay[day] != nil {
            streak += 1
            day -= 1
        }
        var longest = 0
        var run = 0
        var previous: Int64?
        for day in perDay.keys.sorted() {
            run = previous == day - 1 ? run + 1 : 1
            longest = max(longest, run)
            previous = day
        }
        let busiest = perDay.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
        return CalendarStats(from: StudyDay.dateText(from), to: StudyDay.dateText(input.today),
                             days: shown.map { DayCount(date: StudyDay.dateText($0.key), reviews: $0.value) },
                             maximum: shown.map(\.value).max() ?? 0, daysStudied: studied,
                             daysInRange: input.daysInRange, streak: streak, longestStreak: longest,
                             busiestDay: busiest.map { DayCount(date: StudyDay.dateText($0.key), reviews: $0.value) })
    }
}
