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
/// - Ease never falls below 1.3 nor rises above 65.535 (Anki keeps ease as a 16-bit count of
///   thousandths, which saturates there). At 8 lapses a card is a leech.
/// - Every product saturates instead of overflowing, so that any stored state and any two
///   instants give a card within these bounds (see "Limits" in docs/scheduling.md).
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
        let elapsed = max(0, CardSchedule.wholeDays(from: lastReview, to: now))
        return pow(0.9, Double(elapsed) / Double(interval))
    }

    public func reportedMemory(of card: CardSchedule) -> (stability: Double?, difficulty: Double?) {
        (card.interval.map(Double.init), card.ease)
    }

    public func review(_ card: CardSchedule, rating: Rating, at now: Instant) -> CardSchedule {
        var next = card
        next.reps = next.reps.addingSaturated(1)
        let plan: NextReview
        switch card.state {
        case .learning, .relearning:
            let relearning = card.state == .relearning && card.interval != nil
            let steps = relearning ? settings.relearningSteps : settings.learningSteps
            if let wait = next.advance(through: steps, rating: rating) {
                plan = .after(wait)
            } else if relearning, let interval = card.interval {
                plan = .inDays(rating == .easy ? interval.addingSaturated(1) : interval)
            } else {
                next.ease = settings.startingEase
                plan = .inDays(rating == .easy ? settings.easyInterval : settings.graduatingInterval)
            }
        case .review:
            let interval = Int64(min(max(card.interval ?? settings.graduatingInterval, 1), CardSchedule.intervalLimit))
            let ease = min(max(thousandths(card.ease ?? settings.startingEase), thousandths(settings.minimumEase)),
                           SM2Settings.easeLimitThousandths)
            switch rating {
            case .again:
                next.lapses = next.lapses.addingSaturated(1)
                next.ease = easeAfter(ease, change: SM2Settings.easeChangeLapse)
                let lapsed = max(Int64(settings.minimumInterval), rounded(product(interval, thousandths(settings.lapseMultiplier)), 1_000))
                let lapseInterval = Int(min(lapsed, Int64(settings.maximumInterval)))
                next.interval = lapseInterval
                plan = next.startRelearning(settings.relearningSteps).map(NextReview.after) ?? .inDays(lapseInterval)
            case .hard, .good, .easy:
                let elapsed = card.lastReview.map { max(0, CardSchedule.wholeDays(from: $0, to: now)) } ?? interval
                let intervals = reviewIntervals(interval: interval, ease: ease, daysLate: max(0, elapsed - interval))
                switch rating {
                case .hard:
                    plan = .inDays(intervals.hard)
                    next.ease = easeAfter(ease, change: SM2Settings.easeChangeHard)
                case .easy:
                    plan = .inDays(intervals.easy)
                    next.ease = easeAfter(ease, change: SM2Settings.easeChangeEasy)
                default:
                    plan = .inDays(intervals.good)
                }
            }
        }
        if let days = next.schedule(plan, at: now, maximumInterval: settings.maximumInterval, fuzz: settings.fuzz) {
            next.interval = days
        }
        // A stored ease or interval out of bounds, kept through the steps, is brought within them.
        next.interval = next.interval.map { min(max($0, 1), CardSchedule.intervalLimit) }
        next.ease = next.ease.map { Double(min(max(thousandths($0), thousandths(settings.minimumEase)), SM2Settings.easeLimitThousandths)) / 1000 }
        return next
    }

    /// The Hard, Good and Easy intervals of a review card, each at least a day more than the one before.
    func reviewIntervals(interval: Int64, ease: Int64, daysLate: Int64) -> (hard: Int, good: Int, easy: Int) {
        let modifier = thousandths(settings.intervalModifier)
        let hardMultiplier = thousandths(settings.hardMultiplier)
        let maximum = Int64(settings.maximumInterval)
        // Anki lets Hard shrink the interval only when the multiplier is below 1.
        let hardFloor = hardMultiplier > 1_000 ? interval + 1 : 1
        let hard = min(max(rounded(product(interval, hardMultiplier, modifier), 1_000_000), hardFloor), maximum)
        let good = min(max(rounded(product(2 * interval + daysLate, ease, modifier), 2_000_000), hard + 1), maximum)
        let easy = min(max(rounded(product(interval + daysLate, ease, thousandths(settings.easyBonus), modifier),
                                   1_000_000_000), good + 1), maximum)
        return (Int(hard), Int(good), Int(easy))
    }

    /// The new ease, in the decimal form the card stores, never below the minimum nor above 65.535.
    private func easeAfter(_ ease: Int64, change: Int) -> Double {
        Double(min(max(ease + Int64(change), thousandths(settings.minimumEase)), SM2Settings.easeLimitThousandths)) / 1000
    }

    /// numerator / denominator rounded to the nearest whole number, halves up (both positive);
    /// written so that no intermediate value can overflow.
    private func rounded(_ numerator: Int64, _ denominator: Int64) -> Int64 {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return remainder >= denominator - remainder ? quotient + 1 : quotient
    }

    /// The product of non-negative factors, Int64.max if it would not fit: every interval is
    /// capped at the maximum afterwards, so a saturated product gives the right answer.
    private func product(_ factors: Int64...) -> Int64 {
        var result: Int64 = 1
        for factor in factors {
            let (value, overflow) = result.multipliedReportingOverflow(by: factor)
            if overflow { return .max }
            result = value
        }
        return result
    }
}
