extension Statistics {
    /// Per domain tag, weakest first: true retention over all time, lapses, mean retrievability
    /// now and the last quiz, from each card's `StatsCard.domains` (a card counts toward each).
    /// The last quiz's date is its study day (the report's rollover and time zone), as every
    /// other date of the report.
    static func weakDomains(_ input: StatsInput, quizzes: [QuizHistoryEntry]) -> [DomainStats] {
        // Per card in scope: its true-retention answers and its lapses (Again on a graduated card).
        var retention = [PassFail](repeating: PassFail(), count: input.cards.count)
        var lapses = [Int](repeating: 0, count: input.cards.count)
        for review in input.reviews {
            let position = Int(input.cardPosition[Int(review.card)])
            if review.countsForRetention { retention[position].add(review) }
            if review.kind == .review, !review.passed { lapses[position] += 1 }
        }
        var domains: [String: DomainStats] = [:]
        var retrievability: [String: Double] = [:]
        var lapsedCards: [String: Int] = [:]
        let now = input.settings.now
        for (position, card) in input.cards.enumerated() {
            let studied = card.studiedSchedule
            let r = studied.flatMap { schedule in
                card.progress.map { input.scheduler($0.scheduler).retrievability(of: schedule, at: now) }
            }.flatMap { $0.isFinite ? $0 : nil } ?? 0
            for domain in Set(card.domains) {
                var stats = domains[domain] ?? DomainStats(
                    domain: domain, cards: 0, studied: 0, retention: PassFail(), lapses: 0, lapsedShare: nil,
                    meanRetrievability: nil, lastQuizDate: nil, lastQuizPercent: nil, strength: nil)
                stats.cards += 1
                if studied != nil { stats.studied += 1 }
                stats.retention.passed += retention[position].passed
                stats.retention.failed += retention[position].failed
                stats.lapses += lapses[position]
                if lapses[position] > 0 { lapsedCards[domain, default: 0] += 1 }
                retrievability[domain, default: 0] += r
                domains[domain] = stats
            }
        }
        let lastQuizzes = lastQuiz(by: quizzes)
        let result = domains.values.map { stats -> DomainStats in
            var stats = stats
            stats.lapsedShare = stats.studied == 0 ? nil : Double(lapsedCards[stats.domain] ?? 0) / Double(stats.studied)
            stats.meanRetrievability = (retrievability[stats.domain] ?? 0) / Double(stats.cards)
            if let (entry, score) = lastQuizzes[stats.domain] {
                stats.lastQuizDate = StudyDay.dateText(input.day(of: entry.date))
                stats.lastQuizPercent = score.percent
            }
            let known = [stats.retention.retention, stats.meanRetrievability,
                         stats.lastQuizPercent.map { Double($0) / 100 }].compactMap { $0 }
            stats.strength = known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
            return stats
        }
        return result.sorted { a, b in
            switch (a.strength, b.strength) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.domain < b.domain
            }
        }
    }

    /// The most recent quiz (the later one of equal dates) that asked each domain, and its score there.
    static func lastQuiz(by quizzes: [QuizHistoryEntry]) -> [String: (QuizHistoryEntry, DomainScore)] {
        var last: [String: (QuizHistoryEntry, DomainScore)] = [:]
        for entry in quizzes {
            for score in entry.domains where last[score.domain].map({ entry.date >= $0.0.date }) ?? true {
                last[score.domain] = (entry, score)
            }
        }
        return last
    }
}
