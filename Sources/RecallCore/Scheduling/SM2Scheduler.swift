import Foundation

/// Anki's classic scheduler (SM-2 as Anki adapted it), following the rules of Anki's manual:
///
/// - New cards go through the learning steps (as FSRS does); Good after the last step graduates
///   with the graduating interval (1 day), Easy graduates at once with the easy interval (4 days).
///   A graduating card gets the starting ease, 2.5.
/// - Review, with d = the whole days elapsed minus the interval when the card is late (else 0),
///   each result rounded to the nearest day (halves up), then capped at the maximum interval:
///   - Hard: interval × 1.2 × modifier, at least interval + 1; ease − 0.15.
///   - Good: (interval + d/2) × ease × modifier, at least the Hard interval + 1.
///   - Easy: (interval + d) × ease × 1.3 × modifier, at least the Good interval + 1; ease + 0.15.
///   - Again: a lapse. Ease − 0.20; the interval becomes interval × lapse multiplier (0), at
///     least the minimum interval (1 day); the card relearns through the relearning steps, and
///     returns to review with that interval (+1 day if it leaves them with Easy).
/// - Ease never falls below 1.3. At 8 lapses a card is a leech.
///
/// Days are counted from the exact review instants (24-hour days), not from a day rollover hour.
/// Fuzz uses the same ranges and seeded draw as FSRS.
public struct SM2Scheduler: CardScheduler {
    public let settings: SM2Settings

    public init(settings: SM2Settings = SM2Settings()) throws(SchedulerSettingsError) {
        self.settings = try settings.validated()
    }

    /// Leech: lapsed at least `leechThreshold` times.
    public func isLeech(_ card: CardSchedule) -> Bool {
        card.lapses >= settings.leechThreshold
    }

    /// Whether the lapse that brought the card to `lapses` should flag it as a leech, as Anki
    /// does: at the threshold, then every half threshold after it (8, 12, 16… by default).
    public func isLeechAlert(lapses: Int) -> Bool {
        let threshold = settings.leechThreshold
        return lapses >= threshold && (lapses - threshold) % max(threshold / 2, 1) == 0
    }

    /// SM-2 has no memory model; this is an estimate on an exponential curve that gives 90% when
    /// the whole days elapsed equal the interval: 0.9^(days/interval). 0 before graduation.
    public func retrievability(of card: CardSchedule, at now: Instant) -> Double {
        guard let lastReview = card.lastReview, let interval = card.interval, interval > 0 else { return 0 }
        let elapsed = max(0, (now - lastReview).wholeDays)
        return pow(0.9, Double(elapsed) / Double(interval))
    }

    public func reportedMemory(of card: CardSchedule) -> (stability: Double?, difficulty: Double?) {
        (card.interval.map(Double.init), card.ease)
    }

    public func review(_ card: CardSchedule, rating: Rating, at now: Instant) -> CardSchedule {
        var next = card
        next.reps += 1
        var intervalDays: Int?
        var wait = TimeSpan.zero
        switch card.state {
        case .learning, .relearning:
            let relearning = card.state == .relearning && card.interval != nil
            let steps = relearning ? settings.relearningSteps : settings.learningSteps
            switch LearningSteps.advance(steps, from: card.step ?? 0, rating: rating) {
            case .step(let step, let stepWait):
                next.step = step
                wait = stepWait
            case .graduate:
                next.state = .review
                next.step = nil
                if relearning, let interval = card.interval {
                    intervalDays = rating == .easy ? interval + 1 : interval
                } else {
                    next.ease = settings.startingEase
                    intervalDays = rating == .easy ? settings.easyInterval : settings.graduatingInterval
                }
            }
        case .review:
            let interval = Int64(card.interval ?? settings.graduatingInterval)
            let ease = thousandths(card.ease ?? settings.startingEase)
            if rating == .again {
                next.lapses += 1
                next.ease = easeAfter(ease, change: SM2Settings.easeChangeLapse)
                let lapsed = max(Int64(settings.minimumInterval), rounded(interval * thousandths(settings.lapseMultiplier), 1_000))
                let lapseInterval = Int(min(lapsed, Int64(settings.maximumInterval)))
                next.interval = lapseInterval
                if let firstStep = settings.relearningSteps.first {
                    next.state = .relearning
                    next.step = 0
                    wait = firstStep
                } else {
                    intervalDays = lapseInterval
                }
            } else {
                let elapsed = card.lastReview.map { max(0, (now - $0).wholeDays) } ?? interval
                let intervals = reviewIntervals(interval: interval, ease: ease, daysLate: max(0, elapsed - interval))
                switch rating {
                case .hard:
                    intervalDays = intervals.hard
                    next.ease = easeAfter(ease, change: SM2Settings.easeChangeHard)
                case .good:
                    intervalDays = intervals.good
                case .easy:
                    intervalDays = intervals.easy
                    next.ease = easeAfter(ease, change: SM2Settings.easeChangeEasy)
                case .again:
                    break
                }
            }
        }
        if var days = intervalDays {
            days = min(days, settings.maximumInterval)
            if settings.fuzz {
                days = Fuzz.fuzzed(days: days, maximumInterval: settings.maximumInterval,
                                   draw: Fuzz.draw(seed: card.fuzzSeed, reps: next.reps))
            }
            next.interval = days
            wait = .days(days)
        }
        next.due = now + wait
        next.lastReview = now
        return next
    }

    /// The Hard, Good and Easy intervals of a review card, each at least a day more than the one before.
    func reviewIntervals(interval: Int64, ease: Int64, daysLate: Int64) -> (hard: Int, good: Int, easy: Int) {
        let modifier = thousandths(settings.intervalModifier)
        let hardMultiplier = thousandths(settings.hardMultiplier)
        let maximum = Int64(settings.maximumInterval)
        // Anki lets Hard shrink the interval only when the multiplier is below 1.
        let hardFloor = hardMultiplier > 1_000 ? interval + 1 : 1
        let hard = min(max(rounded(interval * hardMultiplier * modifier, 1_000_000), hardFloor), maximum)
        let good = min(max(rounded((2 * interval + daysLate) * ease * modifier, 2_000_000), hard + 1), maximum)
        let easy = min(max(rounded((interval + daysLate) * ease * thousandths(settings.easyBonus) * modifier,
                                   1_000_000_000), good + 1), maximum)
        return (Int(hard), Int(good), Int(easy))
    }

    /// The new ease, in the decimal form the card stores, never below the minimum.
    private func easeAfter(_ ease: Int64, change: Int) -> Double {
        Double(max(ease + Int64(change), thousandths(settings.minimumEase))) / 1000
    }

    /// numerator / denominator rounded to the nearest whole number, halves up (both positive).
    private func rounded(_ numerator: Int64, _ denominator: Int64) -> Int64 {
        (2 * numerator + denominator) / (2 * denominator)
    }
}
