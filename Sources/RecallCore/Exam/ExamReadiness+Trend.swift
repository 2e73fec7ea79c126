extension ExamReadiness {
    /// Each domain's quiz scores on `deck` (attempts on it or a sub-deck; every attempt when
    /// `deck` is nil), oldest first: the trend `recall quiz --history` charts, by domain.
    static func trend(_ quizzes: [QuizHistoryEntry], deck: String?) -> [DomainTrend] {
        let taken = quizzes.enumerated().filter { _, entry in
            guard let deck else { return true }
            return entry.deck.map { DeckName.name(DeckName.key($0), isWithin: DeckName.key(deck)) } ?? false
        }.sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        var order: [String] = []
        var byDomain: [String: DomainTrend] = [:]
        for entry in taken {
            for score in entry.domains where score.total > 0 {
                let percent = QuizResult.percent(correct: score.correct, total: score.total)
                var trend = byDomain[score.domain] ?? {
                    order.append(score.domain)
                    return DomainTrend(domain: score.domain, dates: [], percents: [], first: percent, last: percent, change: 0)
                }()
                trend.dates.append(String(entry.localDateText.prefix(10)))
                trend.percents.append(percent)
                trend.last = percent
                trend.change = percent - trend.first
                byDomain[score.domain] = trend
            }
        }
        return order.map { byDomain[$0]! }
    }
}
