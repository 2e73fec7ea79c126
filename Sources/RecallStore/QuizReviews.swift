import RecallCore
/// `recall quiz --reschedule`: a quiz's answers recorded as reviews.
///
/// By default a quiz does not touch the schedule: it is an exam rehearsal, and answering 65
/// questions at once would crowd the next days with reviews the learner did not plan. With
/// `--reschedule` each answered question is one review of its card: wrong is Again, right is
/// Good (a quiz says nothing finer than right or wrong). An unanswered question was not
/// reviewed at all (perhaps not even seen before the time ran out), so it is left alone.
public enum QuizReviews {
    /// The rating each answered question gives, in quiz order.
    public static func ratings(_ result: QuizResult) -> [(card: Card, rating: Rating)] {
        result.outcomes.filter(\.isAnswered).map { ($0.question.card, $0.isCorrect ? .good : .again) }
    }

    /// Records the ratings durably through the store, all at `time` (when the quiz was
    /// submitted), each with its deck's scheduler. Returns how many reviews were recorded.
    @discardableResult
    public static func record(_ result: QuizResult, decks: [Deck], store: ProgressStore,
                              at time: Instant) throws(ProgressError) -> Int {
        let decksByFile = Dictionary(decks.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        let reviews = ratings(result)
        for (card, rating) in reviews {
            let file = card.note.location.file
            let scheduler = decksByFile[file]?.scheduler ?? store.config.scheduler
            let record = ReviewRecord(card: card.id, rating: rating, scheduler: scheduler, deck: card.deck, file: file)
            try store.record(record, at: time)
        }
        return reviews.count
    }
}
