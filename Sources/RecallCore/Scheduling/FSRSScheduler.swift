import Foundation

/// FSRS-6, as py-fsrs 6.3.2's `Scheduler.review_card` computes it.
///
/// With `fuzz` off, every stability, difficulty and retrievability is the same double as
/// py-fsrs's, and every due date the same microsecond. With `fuzz` on, intervals are moved
/// within py-fsrs's ranges by a draw seeded from the card (see `Fuzz`).
public struct FSRSScheduler: CardScheduler {
    public let parameters: FSRSParameters
    /// The probability of recall at which a card falls due, in (0, 1). py-fsrs's default is 0.9.
    public let desiredRetention: Double
    public let learningSteps: [TimeSpan]
    public let relearningSteps: [TimeSpan]
    /// The longest review interval, in days.
    public let maximumInterval: Int
    public let fuzz: Bool

    let model: FSRSModel
    /// desired_retention^(1/decay) − 1, the retention part of the interval formula.
    let retentionTerm: Double

    public init(parameters: FSRSParameters = .default, desiredRetention: Double = 0.9,
                learningSteps: [TimeSpan] = LearningSteps.defaultLearning,
                relearningSteps: [TimeSpan] = LearningSteps.defaultRelearning,
                maximumInterval: Int = 36_500, fuzz: Bool = true) throws(SchedulerSettingsError) {
        guard desiredRetention > 0, desiredRetention < 1 else {
            throw .desiredRetention(desiredRetention)
        }
        guard maximumInterval >= 1 else { throw .maximumInterval(maximumInterval) }
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.fuzz = fuzz
        model = FSRSModel(parameters)
        retentionTerm = pow(desiredRetention, 1 / model.decay) - 1
    }

    /// py-fsrs's `get_card_retrievability`: 0 for a card never reviewed; otherwise the forgetting
    /// curve at the whole days elapsed (floored, and never below 0).
    public func retrievability(of card: CardSchedule, at now: Instant) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        return model.retrievability(elapsedDays: max(0, (now - lastReview).wholeDays), stability: stability)
    }

    public func review(_ card: CardSchedule, rating: Rating, at now: Instant) -> CardSchedule {
        var next = card
        next.reps += 1
        // py-fsrs's "same day" is under one whole elapsed day, including a clock that went back.
        let sameDay = card.lastReview.map { (now - $0).wholeDays < 1 } ?? false
        if let stability = card.stability, let difficulty = card.difficulty {
            next.stability = sameDay
                ? model.shortTermStability(stability, rating)
                : model.nextStability(difficulty: difficulty, stability: stability,
                                      retrievability: retrievability(of: card, at: now), rating: rating)
            next.difficulty = model.nextDifficulty(difficulty, rating)
        } else {
            next.stability = model.initialStability(rating)
            next.difficulty = model.initialDifficulty(rating)
        }
        let stability = next.stability!

        var intervalDays: Int?
        var wait = TimeSpan.zero
        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? learningSteps : relearningSteps
            switch LearningSteps.advance(steps, from: card.step ?? 0, rating: rating) {
            case .step(let step, let stepWait):
                next.step = step
                wait = stepWait
            case .graduate:
                next.state = .review
                next.step = nil
                intervalDays = model.intervalDays(stability: stability, retentionTerm: retentionTerm,
                                                  maximumInterval: maximumInterval)
            }
        case .review:
            if rating == .again { next.lapses += 1 }
            if rating == .again, let firstStep = relearningSteps.first {
                next.state = .relearning
                next.step = 0
                wait = firstStep
            } else {
                intervalDays = model.intervalDays(stability: stability, retentionTerm: retentionTerm,
                                                  maximumInterval: maximumInterval)
            }
        }
        if var days = intervalDays {
            if fuzz {
                days = Fuzz.fuzzed(days: days, maximumInterval: maximumInterval,
                                   draw: Fuzz.draw(seed: card.fuzzSeed, reps: next.reps))
            }
            wait = .days(days)
        }
        next.due = now + wait
        next.lastReview = now
        return next
    }
}
