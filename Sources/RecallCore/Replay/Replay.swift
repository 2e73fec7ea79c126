/// Replays review logs through a scheduler, each card starting new, the way calling py-fsrs's
/// `Scheduler.review_card` on each log in turn would. Cards may be interleaved.
///
/// `apply` and `replay(line:into:)` are `@inlinable` so that the caller's module specializes them
/// for its concrete scheduler instead of calling through witness tables (about 5% faster).
public struct Replay<Scheduler: CardScheduler> {
    public let scheduler: Scheduler
    /// Each card's state after its latest review, by card id.
    public var cards: [Int: CardSchedule] = [:]

    public init(scheduler: Scheduler) {
        self.scheduler = scheduler
    }

    /// Applies one review; returns the card after it and the retrievability just before it
    /// (nil if the card had never been reviewed).
    @inlinable
    public mutating func apply(_ entry: PyFSRSReview) -> (card: CardSchedule, retrievability: Double?) {
        let before = cards[entry.cardID]
            ?? .new(fuzzSeed: FuzzSeed.of(cardID: entry.cardID), due: entry.reviewedAt)
        let retrievability = before.isNew ? nil : scheduler.retrievability(of: before, at: entry.reviewedAt)
        let after = scheduler.review(before, rating: entry.rating, at: entry.reviewedAt)
        cards[entry.cardID] = after
        return (after, retrievability)
    }

    /// Reads one JSON Lines line, applies it, and appends the output line (see `CardLine`).
    /// A blank line is skipped. Returns what is wrong with a bad line, appending nothing.
    @inlinable
    public mutating func replay(line: Slice<UnsafeBufferPointer<UInt8>>, into out: inout [UInt8]) -> PyFSRSLogLine.ParseError? {
        if PyFSRSLogLine.isBlank(line) { return nil }
        switch PyFSRSLogLine.parse(line) {
        case .failure(let error):
            return error
        case .success(let entry):
            let (card, retrievability) = apply(entry)
            guard CardLine.append(cardID: entry.cardID, card: card, memory: scheduler.reportedMemory(of: card),
                                  retrievability: retrievability, to: &out) else {
                return PyFSRSLogLine.ParseError(column: 1, problem: .dueAfter9999)
            }
            return nil
        }
    }
}
