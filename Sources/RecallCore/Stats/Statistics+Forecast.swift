extension Statistics {
    /// Anki's "Future Due": studied, unsuspended cards (buried ones included) by the study day
    /// they are due, and the daily load.
    static func forecast(_ input: StatsInput) -> ForecastStats {
        var offsets: [Int64] = []
        var dailyLoad = 0.0
        for card in input.cards {
            guard let schedule = card.studiedSchedule, card.progress?.suspended != true else { continue }
            offsets.append(input.day(of: schedule.due) - input.today)
            let interval = schedule.state == .learning ? 0 : schedule.scheduledDays
            dailyLoad += 1 / Double(max(interval, 1))
        }
        let length = input.settings.range.days ?? Int(max(1, (offsets.max() ?? 0) + 1))
        var perDay = [Int](repeating: 0, count: length)
        var overdue = 0
        for offset in offsets {
            if offset < 0 {
                overdue += 1
            } else if offset < Int64(length) {
                perDay[Int(offset)] += 1
            }
        }
        let total = perDay.reduce(0, +)
        return ForecastStats(perDay: perDay, overdue: overdue, dueToday: perDay[0], dueTomorrow: length > 1 ? perDay[1] : 0,
                             total: total, averagePerDay: Double(total) / Double(length), dailyLoad: dailyLoad)
    }
}
