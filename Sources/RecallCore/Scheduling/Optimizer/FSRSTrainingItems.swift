/// How days between reviews are counted: recall's scheduler counts whole 24-hour periods
/// (`elapsed`, as py-fsrs); fsrs-rs and Anki count calendar days that roll over at a local hour.
public enum FSRSDayRule: Sendable {
    case elapsed
    case calendar(rolloverHour: Int, utcOffset: @Sendable (Instant) -> Int)

    /// Days from `earlier` to `later`; 0 when the clock went back (a later answer with an
    /// earlier time), never negative, as the scheduler counts such a gap.
    func days(from earlier: Instant, to later: Instant) -> Int {
        let days: Int64
        switch self {
        case .elapsed:
            days = CardSchedule.wholeDays(from: earlier, to: later)
        case .calendar(let rolloverHour, let utcOffset):
            let first = StudyDay.dayNumber(of: earlier, rolloverHour: rolloverHour, utcOffsetSeconds: utcOffset(earlier))
            let second = StudyDay.dayNumber(of: later, rolloverHour: rolloverHour, utcOffsetSeconds: utcOffset(later))
            days = second - first
        }
        return Int(clamping: max(days, 0))
    }
}

/// One card's answers in log order (undone ones left out), with what each was to the card
/// (`StatsReviewKind` of `ReviewHistory`: learn / review / relearn).
public struct FSRSCardHistory: Sendable {
    public var card: String
    public var answers: [(time: Instant, rating: Rating, kind: StatsReviewKind)]
    public init(card: String, answers: [(time: Instant, rating: Rating, kind: StatsReviewKind)]) {
        self.card = card; self.answers = answers
    }

    /// Every card's answers from a replayed log, cards in the order the log first names them
    /// (the order ties between cards keep when items are sorted by time).
    public static func cards(of history: ReviewHistory) -> [FSRSCardHistory] {
        var cards = history.cardIDs.map { FSRSCardHistory(card: $0, answers: []) }
        for review in history.reviews where review.kind != .cram {  // cramming is no training item (Anki)
            cards[Int(review.card)].answers.append((review.time, review.rating, review.kind))
        }
        return cards.filter { !$0.answers.isEmpty }
    }
}

/// Review logs to fsrs-rs's training items, by Anki's rule (`reviews_for_fsrs`).
public enum FSRSTrainingItems {
    /// fsrs-rs's items (Anki's `reviews_for_fsrs` rule), sorted by the time of their target.
    ///
    /// Each card's answers from the start of its last contiguous block of learn answers (a card
    /// reset or forgotten starts again there; one never in learning gives nothing); each answer
    /// gets the days since the one before by `dayRule` (the first 0); every answer after the
    /// first with a gap of a day or more is the target of one item holding the answers up to it.
    /// Same-day answers stay in the histories but are never targets. Items keep the cards'
    /// order where their targets' times tie.
    public static func items(_ cards: [FSRSCardHistory], dayRule: FSRSDayRule) -> [FSRSItem] {
        var made: [(time: Instant, item: FSRSItem)] = []
        for card in cards {
            let answers = card.answers[lastLearningBlock(card.answers)...]
            guard let first = answers.first, first.kind == .learn else { continue }
            var reviews: [FSRSItemReview] = []
            var previous = first.time
            for answer in answers {
                let deltaT = reviews.isEmpty ? 0 : dayRule.days(from: previous, to: answer.time)
                reviews.append(FSRSItemReview(rating: Int(answer.rating.rawValue), deltaT: deltaT))
                previous = answer.time
                if reviews.count > 1, deltaT > 0 {
                    // A copy of exactly its size: sharing `reviews` would make the next append
                    // copy it, and leave the item the grown capacity (up to twice the memory).
                    made.append((answer.time, FSRSItem(reviews: Array(reviews[...]))))
                }
            }
        }
        // The index breaks ties, so that equal times keep the cards' order.
        return made.indices
            .sorted { (made[$0].time, $0) < (made[$1].time, $1) }
            .map { made[$0].item }
    }

    /// Where the last contiguous block of learn answers starts (the end if there is none).
    private static func lastLearningBlock(_ answers: [(time: Instant, rating: Rating, kind: StatsReviewKind)]) -> Int {
        guard let last = answers.lastIndex(where: { $0.kind == .learn }) else { return answers.count }
        var start = last
        while start > 0, answers[start - 1].kind == .learn { start -= 1 }
        return start
    }
}
