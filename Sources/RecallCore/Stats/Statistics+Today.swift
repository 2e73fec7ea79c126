extension Statistics {
    /// Anki's "Today": the answers of today's study day.
    static func today(_ input: StatsInput) -> TodayStats {
        var stats = TodayStats(reviews: 0, cards: 0, seconds: 0, again: 0, againShare: nil, learn: 0, review: 0,
                               relearn: 0, matureCorrect: 0, matureTotal: 0)
        var cards = Set<Int32>()
        for (review, day) in zip(input.reviews, input.days) where day == input.today {
            stats.reviews += 1
            cards.insert(review.card)
            stats.seconds += review.seconds
            if !review.passed { stats.again += 1 }
            switch review.kind {
            case .learn: stats.learn += 1
            case .relearn: stats.relearn += 1
            case .cram: stats.cram += 1
            case .review:
                stats.review += 1
                if review.isMature {
                    stats.matureTotal += 1
                    if review.passed { stats.matureCorrect += 1 }
                }
            }
        }
        stats.cards = cards.count
        stats.againShare = stats.reviews == 0 ? nil : Double(stats.again) / Double(stats.reviews)
        return stats
    }
}
