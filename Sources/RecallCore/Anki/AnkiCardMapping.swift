/// One card's progress in Anki's terms: its type, queue, due, interval, ease, counts, steps
/// left, and FSRS memory (`AnkiCardData`).
///
/// New (never answered) cards keep their position. A learning or relearning step due before
/// the end of today is in the intraday queue (`due` in seconds), a later one in the
/// day-learning queue (`due` a day number); a review card's `due` is the day number of its due
/// date. Suspended beats buried, and a burial that has ended is none.
struct AnkiCardMapping {
    let days: AnkiStudyDays
    let now: Instant
    let schedulers: SchedulerSet
    let desiredRetention: Double

    func apply(_ progress: CardProgress, to card: inout AnkiCard) {
        if progress.suspended {
            card.queue = .suspended
        } else if progress.isBuried(at: now) {
            card.queue = .manuallyBuried
        }
        guard let schedule = progress.schedule, !schedule.isNew else { return }
        let fsrs = progress.scheduler == .fsrs
        card.reps = schedule.reps
        card.lapses = schedule.lapses
        card.factor = schedule.ease.map { Int(($0 * 1_000).rounded()) } ?? (schedule.state == .learning ? 0 : 2_500)
        let queue: AnkiCard.Queue
        switch schedule.state {
        case .review:
            card.type = .review
            queue = .review
            card.due = days.day(of: schedule.due)
            card.interval = schedule.ankiInterval
        case .learning, .relearning:
            let relearning = schedule.state == .relearning
            card.type = relearning ? .relearning : .learning
            let steps = relearning ? schedulers.fsrs.settings.relearningSteps : schedulers.fsrs.settings.learningSteps
            card.left = max(1, steps.count - (schedule.step ?? 0))
            // The interval it returns to: SM-2's, or under FSRS the stability in whole days.
            card.interval = relearning ? max(1, schedule.interval ?? Int((schedule.stability ?? 1).rounded())) : 0
            if schedule.due < days.endOfDay(of: now) {
                queue = .learning
                card.due = schedule.due.microseconds / TimeSpan.microsecondsPerSecond
            } else {
                queue = .dayLearning
                card.due = days.day(of: schedule.due)
            }
        }
        if card.queue == .new { card.queue = queue }
        card.data.lastReview = schedule.lastReview.map { $0.microseconds / TimeSpan.microsecondsPerSecond }
        if fsrs, let stability = schedule.stability, let difficulty = schedule.difficulty {
            card.data.stability = stability
            card.data.difficulty = difficulty
            card.data.desiredRetention = desiredRetention
            card.data.decay = schedulers.fsrs.settings.parameters[20]
        }
    }
}
