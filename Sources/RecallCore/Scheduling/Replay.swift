/// Replays review logs through a scheduler, each card starting new, the way calling py-fsrs's
/// `Scheduler.review_card` on each log in turn would. Cards may be interleaved.
public struct Replay<Scheduler: CardScheduler> {
    public let scheduler: Scheduler
    public private(set) var cards: [Int: CardSchedule] = [:]

    public init(scheduler: Scheduler) {
        self.scheduler = scheduler
    }

    /// Applies one review; returns the card after it and the retrievability just before it.
    public mutating func apply(_ entry: ReviewLogEntry) -> (card: CardSchedule, retrievability: Double) {
        let before = cards[entry.cardID]
            ?? .new(fuzzSeed: FuzzSeed.of(cardID: entry.cardID), due: entry.reviewedAt)
        let retrievability = scheduler.retrievability(of: before, at: entry.reviewedAt)
        let after = scheduler.review(before, rating: entry.rating, at: entry.reviewedAt)
        cards[entry.cardID] = after
        return (after, retrievability)
    }

    /// Appends the card after a review as one output line (see `CardLine`).
    /// Returns false, appending nothing, if a date falls outside years 1–9999.
    public func appendLine(cardID: Int, card: CardSchedule, retrievability: Double, to out: inout [UInt8]) -> Bool {
        CardLine.append(cardID: cardID, card: card, memory: scheduler.reportedMemory(of: card),
                        retrievability: retrievability, to: &out)
    }
}
