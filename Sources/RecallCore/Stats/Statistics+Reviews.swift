extension Statistics {
    /// Anki's "Reviews": every day of the range, split learn / relearn / young / mature.
    static func reviews(_ input: StatsInput) -> ReviewsStats {
        let count = Int(input.today - input.rangeStart + 1)
        var counts = [KindCounts](repeating: KindCounts(), count: count)
        var seconds = [KindSeconds](repeating: KindSeconds(), count: count)
        var timed = 0
        var timedSeconds = 0.0
        for (review, day) in zip(input.reviews, input.days) where input.inRange(day) {
            let i = Int(day - input.rangeStart)
            let spent = review.seconds
            switch review.kind {
            case .learn:
                counts[i].learn += 1
                seconds[i].learn += spent
            case .relearn:
                counts[i].relearn += 1
                seconds[i].relearn += spent
            case .cram:
                counts[i].cram += 1
                seconds[i].cram += spent
            case .review where review.isMature:
                counts[i].mature += 1
                seconds[i].mature += spent
            case .review:
                counts[i].young += 1
                seconds[i].young += spent
            }
            if review.duration >= 0 {
                timed += 1
                timedSeconds += spent
            }
        }
        var total = KindCounts()
        for day in counts {
            total.learn += day.learn
            total.relearn += day.relearn
            total.young += day.young
            total.mature += day.mature
            total.cram += day.cram
        }
        let totalSeconds = seconds.reduce(0) { $0 + $1.total }
        let studied = counts.filter { $0.total > 0 }.count
        let inRange = input.daysInRange
        let days = (0..<count).map {
            ReviewDay(date: StudyDay.dateText(input.rangeStart + Int64($0)), counts: counts[$0], seconds: seconds[$0])
        }
        return ReviewsStats(
            days: days, daysStudied: studied, daysInRange: inRange, total: total, totalSeconds: totalSeconds,
            averagePerDay: inRange == 0 ? nil : Double(total.total) / Double(inRange),
            averagePerStudiedDay: studied == 0 ? nil : Double(total.total) / Double(studied),
            averageAnswerSeconds: timed == 0 ? nil : timedSeconds / Double(timed),
            cardsPerMinute: timed == 0 || timedSeconds == 0 ? nil : Double(timed) / (timedSeconds / 60))
    }
}
