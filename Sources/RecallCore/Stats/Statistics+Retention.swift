extension PassFail {
    /// Counts one answer: passed when not Again.
    mutating func add(_ review: StatsReview) {
        if review.passed { passed += 1 } else { failed += 1 }
    }
}

extension RetentionPeriod {
    /// Counts an answer that true retention counts, as young or mature and in all.
    mutating func add(_ review: StatsReview) {
        if review.isMature { mature.add(review) } else { young.add(review) }
        all.add(review)
    }
}

extension Statistics {
    /// The true-retention rows and how many study days back each reaches (0 is today only; nil is all time).
    static let retentionPeriods: [(name: String, from: Int64?, to: Int64)] = [
        ("today", 0, 0), ("yesterday", 1, 1), ("week", 6, 0), ("month", 29, 0), ("year", 364, 0), ("all", nil, 0),
    ]

    /// Anki's true retention: answers of cards graduated or with an interval of a day or more.
    static func trueRetention(_ input: StatsInput) -> TrueRetentionStats {
        var periods = retentionPeriods.map {
            RetentionPeriod(period: $0.name, young: PassFail(), mature: PassFail(), all: PassFail())
        }
        for (review, day) in zip(input.reviews, input.days) where review.countsForRetention {
            let ago = input.today - day
            for (i, period) in retentionPeriods.enumerated() {
                if let from = period.from, ago > from || ago < period.to { continue }
                periods[i].add(review)
            }
        }
        return TrueRetentionStats(periods: periods, desiredRetention: input.settings.desiredRetention)
    }

    /// Answers and passes per local hour over the range.
    static func hours(_ input: StatsInput) -> [HourStats] {
        var hours = (0..<24).map { HourStats(hour: $0, reviews: 0, correct: 0) }
        // Cram answers are left out, as Anki's hours graph leaves out filtered reviews.
        for i in input.reviews.indices where input.inRange(input.days[i]) && input.reviews[i].kind != .cram {
            let hour = Int(input.hours[i])
            hours[hour].reviews += 1
            if input.reviews[i].passed { hours[hour].correct += 1 }
        }
        return hours
    }

    /// The four grades pressed over the range: learning (with relearning), young and mature.
    static func buttons(_ input: StatsInput) -> ButtonStats {
        var buttons = ButtonStats(learning: [0, 0, 0, 0], young: [0, 0, 0, 0], mature: [0, 0, 0, 0])
        for (review, day) in zip(input.reviews, input.days) where input.inRange(day) {
            let grade = review.rating.rawValue - 1
            switch review.kind {
            case .learn, .relearn, .cram: buttons.learning[grade] += 1  // Anki: filtered in learning
            case .review where review.isMature: buttons.mature[grade] += 1
            case .review: buttons.young[grade] += 1
            }
        }
        return buttons
    }
}
