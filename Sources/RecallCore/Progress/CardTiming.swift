/// What today's queue needs of a card's progress: its state, due time and last review, and
/// whether it is kept out. Plain values, no strings: `ProgressTable` holds one per snapshot row,
/// so that counting 100,000 cards copies and compares numbers, not `CardProgress` values.
public struct CardTiming: Hashable, Sendable {
    /// Nil for a card never answered (or whose answers were all undone) that was suspended or buried.
    public var state: CardState?
    /// The schedule's due time (meaningless when `state` is nil).
    public var due: Instant
    public var lastReview: Instant?
    public var suspended: Bool
    public var buriedUntil: Instant?

    public init(state: CardState?, due: Instant, lastReview: Instant?, suspended: Bool, buriedUntil: Instant?) {
        self.state = state
        self.due = due
        self.lastReview = lastReview
        self.suspended = suspended
        self.buriedUntil = buriedUntil
    }

    public init(_ progress: CardProgress) {
        self.init(state: progress.schedule?.state, due: progress.schedule?.due ?? Instant(microsecondsSinceEpoch: 0),
                  lastReview: progress.schedule?.lastReview, suspended: progress.suspended, buriedUntil: progress.buriedUntil)
    }

    public func isBuried(at now: Instant) -> Bool { Self.isBuried(until: buriedUntil, at: now) }

    /// The one rule of burying, for this and for `CardProgress`: out of the queue until the instant.
    static func isBuried(until: Instant?, at now: Instant) -> Bool { until.map { now < $0 } ?? false }
}
