import Foundation

/// FSRS-6, as py-fsrs 6.3.2's `Scheduler.review_card` computes it.
///
/// With `fuzz` off, every stability, difficulty and retrievability is the same double as
/// py-fsrs's, and every due date the same microsecond. With `fuzz` on, intervals are moved
/// within py-fsrs's ranges by a draw seeded from the card (see `Fuzz`).
public struct FSRSScheduler: CardScheduler {
    public let settings: FSRSSettings

    let model: FSRSModel
    /// desired_retention^(1/decay) − 1, the retention part of the interval formula.
    let retentionTerm: Double

    public init(settings: FSRSSettings = FSRSSettings()) throws(SchedulerSettingsError) {
        guard settings.desiredRetention > 0, settings.desiredRetention < 1 else {
            throw .desiredRetention(settings.desiredRetention)
        }
        guard (1...CardSchedule.intervalLimit).contains(settings.maximumInterval) else {
            throw .maximumInterval(settings.maximumInterval)
        }
        self.settings = settings
        model = FSRSModel(settings.parameters)
        retentionTerm = pow(settings.desiredRetention, 1 / model.decay) - 1
    }

    /// py-fsrs's `get_card_retrievability`: 0 for a card never reviewed; otherwise the forgetting
    /// curve at the whole days elapsed (floored, and never below 0).
    public func retrievability(of card: CardSchedule, at now: Instant) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability.map(Self.usable) else { return 0 }
        return model.retrievability(elapsedDays: max(0, CardSchedule.wholeDays(from: lastReview, to: now)), stability: stability)
    }

    /// A stored stability the formulas can work with: at least py-fsrs's minimum, and finite.
    /// Every stability this scheduler computes already is; a hand-edited one may not be.
    static func usable(_ stability: Double) -> Double {
        stability.isNaN ? FSRSModel.stabilityMinimum
            : min(max(stability, FSRSModel.stabilityMinimum), .greatestFiniteMagnitude)
    }

    public func review(_ card: CardSchedule, rating: Rating, at now: Instant) -> CardSchedule {
        var next = card
        next.reps = next.reps.addingSaturated(1)
        // py-fsrs's "same day" is under one whole elapsed day, including a clock that went back.
        let sameDay = card.lastReview.map { CardSchedule.wholeDays(from: $0, to: now) < 1 } ?? false
        var stability: Double
        if let oldStability = card.stability.map(Self.usable), var difficulty = card.difficulty {
            difficulty = difficulty.isNaN ? FSRSModel.difficultyRange.upperBound
                : min(max(difficulty, FSRSModel.difficultyRange.lowerBound), FSRSModel.difficultyRange.upperBound)
            stability = sameDay
                ? model.shortTermStability(oldStability, rating)
                : model.nextStability(difficulty: difficulty, stability: oldStability,
                                      retrievability: retrievability(of: card, at: now), rating: rating)
            next.difficulty = model.nextDifficulty(difficulty, rating)
        } else {
            stability = model.initialStability(rating)
            next.difficulty = model.initialDifficulty(rating)
        }
        // A stability past the largest double (a long run of Easy) stays the largest double.
        stability = min(stability, .greatestFiniteMagnitude)
        next.stability = stability

        let plan: NextReview
        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? settings.learningSteps : settings.relearningSteps
            plan = next.advance(through: steps, rating: rating).map(NextReview.after) ?? .inDays(intervalDays(stability))
        case .review:
            if rating == .again { next.lapses = next.lapses.addingSaturated(1) }
            let relearning = rating == .again ? next.startRelearning(settings.relearningSteps) : nil
            plan = relearning.map(NextReview.after) ?? .inDays(intervalDays(stability))
        }
        next.schedule(plan, at: now, maximumInterval: settings.maximumInterval, fuzz: settings.fuzz)
        return next
    }

    private func intervalDays(_ stability: Double) -> Int {
        model.intervalDays(stability: stability, retentionTerm: retentionTerm, maximumInterval: settings.maximumInterval)
    }
}
