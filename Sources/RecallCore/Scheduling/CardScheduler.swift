/// What the review screen and the progress store need from a scheduler, FSRS or SM-2.
/// Both are pure: the current time is always a parameter.
public protocol CardScheduler: Sendable {
    /// The card after answering `rating` at `now`: new state, step, memory values, due date.
    func review(_ card: CardSchedule, rating: Rating, at now: Instant) -> CardSchedule

    /// The estimated probability of recalling the card at `now`, 0 for a card never reviewed.
    func retrievability(of card: CardSchedule, at now: Instant) -> Double

    /// The two numbers `recall replay` prints as `stability` and `difficulty`: FSRS's own, or
    /// SM-2's interval (days) and ease, which play the same parts.
    func reportedMemory(of card: CardSchedule) -> (stability: Double?, difficulty: Double?)
}

extension CardScheduler {
    public func reportedMemory(of card: CardSchedule) -> (stability: Double?, difficulty: Double?) {
        (card.stability, card.difficulty)
    }

    /// For each grade, how long until the card would be due again if answered so now.
    /// Exact even with fuzz on, because fuzz is seeded from the card, not drawn at random.
    public func previews(_ card: CardSchedule, at now: Instant) -> [Rating: TimeSpan] {
        var result: [Rating: TimeSpan] = [:]
        for rating in Rating.allCases {
            result[rating] = review(card, rating: rating, at: now).due - now
        }
        return result
    }

    /// The previews as the buttons show them: `<1m`, `10m`, `2d`, `3.5mo`, `1.2y`.
    public func previewLabels(_ card: CardSchedule, at now: Instant) -> [Rating: String] {
        previews(card, at: now).mapValues { IntervalFormat.short($0) }
    }
}

/// Settings that no scheduler can work with.
public enum SchedulerSettingsError: Error, Hashable, Sendable, CustomStringConvertible {
    case desiredRetention(Double)
    case maximumInterval(Int)
    case parameters(FSRSParameterError)
    case steps(StepParseError)
    case sm2(SM2SettingProblem)

    /// In English; `message` says it in any language.
    public var description: String { message.english }

    public var message: SchedulerSettingsMessage {
        switch self {
        case .desiredRetention(let value): return .desiredRetention(value)
        case .maximumInterval(let value): return .maximumInterval(value)
        case .parameters(let error): return .badParameters(error)
        case .steps(let error): return .steps(error)
        case .sm2(let problem): return .sm2(problem)
        }
    }
}
