/// The dues the exam rule changes, for one build of today's queue: every exam's `ExamSchedule`
/// run once over the cards of its scope, so that the queue, `recall due` and the home counts
/// look a card's due up instead of judging it again per card, per deck row or per key press.
public struct ExamDues: Sendable {
    /// Only the cards whose due the rule moved, by id.
    public var dues: [String: Instant]

    /// No exam: every card keeps its due.
    public static let none = ExamDues(dues: [:])

    public init(dues: [String: Instant]) {
        self.dues = dues
    }

    /// `schedule` gives a card's stored schedule (nil: never studied, or suspended, which the
    /// rule leaves out); it is asked only for cards whose deck has an exam still ahead, and
    /// told which.
    public init(cards: [StudyCard], config: StudyConfig, scheduler: FSRSScheduler, now: Instant,
                utcOffset: @escaping @Sendable (Instant) -> Int, schedule: (StudyCard, ExamDate) -> CardSchedule?) {
        dues = [:]
        let exams = config.exams.filter { $0.isAhead(of: now) }
        guard !exams.isEmpty else { return }
        var examOfDeck: [String: Int?] = [:]
        var scopes = Array(repeating: [ExamCard](), count: exams.count)
        for card in cards {
            let index: Int?
            if let known = examOfDeck[card.deck] {
                index = known
            } else {
                index = config.exam(forDeck: card.deck).flatMap { exams.firstIndex(of: $0) }
                examOfDeck[card.deck] = index
            }
            guard let index, let found = schedule(card, exams[index]), found.state == .review else { continue }
            scopes[index].append(ExamCard(id: card.id, schedule: found))
        }
        for (exam, scope) in zip(exams, scopes) where !scope.isEmpty {
            let rule = ExamSchedule(exam: exam, scheduler: scheduler, reviewsPerDay: config.reviewsPerDay(for: exam),
                                    rolloverHour: config.rolloverHour, utcOffset: utcOffset)
            for (card, due) in zip(scope, rule.dues(of: scope, now: now)) where due != card.schedule.due {
                dues[card.id] = due
            }
        }
    }

    /// From the replayed state: suspended cards are left out.
    public init(cards: [StudyCard], state: ProgressState, config: StudyConfig, scheduler: FSRSScheduler, now: Instant,
                utcOffset: @escaping @Sendable (Instant) -> Int) {
        self.init(cards: cards, config: config, scheduler: scheduler, now: now, utcOffset: utcOffset) { card, _ in
            state.cards[card.id].flatMap { $0.suspended ? nil : $0.schedule }
        }
    }

    /// From a snapshot's table: a row's full progress is read only for a review card in an
    /// exam's scope due after the exam (a row that cannot be read keeps its due). A due by the
    /// exam stands whatever the card's memory, so its timing alone says where it counts: at
    /// 100,000 cards most rows are not parsed.
    public init(cards: [StudyCard], table: ProgressTable, config: StudyConfig, scheduler: FSRSScheduler, now: Instant,
                utcOffset: @escaping @Sendable (Instant) -> Int) {
        self.init(cards: cards, config: config, scheduler: scheduler, now: now, utcOffset: utcOffset) { card, exam in
            guard let timing = table.timing(of: card.id), timing.state == .review, !timing.suspended else { return nil }
            if timing.due <= exam.at { return CardSchedule(state: .review, step: nil, due: timing.due, lastReview: timing.lastReview) }
            return (try? table.progress(of: card.id))?.flatMap(\.schedule)
        }
    }

    /// The card's due: the rule's, else `stored`.
    public func due(of id: String, stored: Instant) -> Instant {
        dues.isEmpty ? stored : dues[id] ?? stored
    }
}
