import Foundation

/// The simulated learner: whether they recall a card, and which button they press, drawn from
/// the model's recall probability with a seeded SplitMix64 (never the system's random source,
/// so a seed gives the same run on every machine).
///
/// The button shares are fsrs-rs's simulator's defaults (`SimulatorConfig::default`): a card's
/// first answer is Again 24%, Hard 9.4%, Good 49.5%, Easy 17.1%; a recalled card is Hard 22.4%,
/// Good 63.1%, Easy 14.5%.
struct SimulatedLearner {
    static let firstAnswerShares: [(Rating, Double)] = [(.again, 0.24), (.hard, 0.094), (.good, 0.495), (.easy, 0.171)]
    static let passShares: [(Rating, Double)] = [(.hard, 0.224), (.good, 0.631), (.easy, 0.145)]

    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// Uniform in [0, 1), from the top 53 bits of a draw.
    mutating func uniform() -> Double {
        Double(Fuzz.splitMix64(&state) >> 11) * 0x1.0p-53
    }

    /// The first answer to a card never seen.
    mutating func firstAnswer() -> Rating { pick(Self.firstAnswerShares) }

    /// Again with probability 1 − `recall`, else a pass button by its share.
    mutating func answer(recall: Double) -> Rating {
        uniform() < recall ? pick(Self.passShares) : .again
    }

    private mutating func pick(_ shares: [(Rating, Double)]) -> Rating {
        var draw = uniform() * shares.reduce(0) { $0 + $1.1 }
        for (rating, share) in shares {
            draw -= share
            if draw < 0 { return rating }
        }
        return shares[shares.count - 1].0
    }
}

extension FSRSScheduler {
    /// The recall probability of a card in (re)learning steps, answered minutes or hours after
    /// its last answer: FSRS's forgetting curve at the fractional days elapsed. (The scheduler's
    /// `retrievability` floors to whole days, which gives 1 within a day.)
    func shortTermRecall(of card: CardSchedule, at now: Instant) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability.map(Self.usable) else { return 0 }
        let days = max(0, (now - lastReview).days)
        return pow(1 + model.factor * days / stability, model.decay)
    }
}
