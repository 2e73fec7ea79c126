extension ReviewHistory {
    /// Each card's answers, in log order, with what each was to the card: what the optimizer
    /// makes its training items from (`FSRSTrainingItems.items`). `keeping` picks the cards by
    /// id (a deck and its sub-decks); cards in the order first named. Cram answers are left
    /// out, as Anki's optimizer leaves out cramming (`has_rating_and_affects_scheduling`).
    public func fsrsCardHistories(keeping: (String) -> Bool = { _ in true }) -> [FSRSCardHistory] {
        let kept = cardIDs.map(keeping)
        var answers: [[(time: Instant, rating: Rating, kind: StatsReviewKind)]] = Array(repeating: [], count: cardIDs.count)
        for review in reviews where kept[Int(review.card)] && review.kind != .cram {
            answers[Int(review.card)].append((review.time, review.rating, review.kind))
        }
        return cardIDs.indices.compactMap { n in
            answers[n].isEmpty ? nil : FSRSCardHistory(card: cardIDs[n], answers: answers[n])
        }
    }

    /// The answers of the cards `keeping` picks, cram answers left out (what the optimizer reads).
    public func reviewCount(keeping: (String) -> Bool = { _ in true }) -> Int {
        let kept = cardIDs.map(keeping)
        return reviews.count { kept[Int($0.card)] && $0.kind != .cram }
    }
}
