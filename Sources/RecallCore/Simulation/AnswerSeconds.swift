/// What a simulated answer costs in time, from the learner's own log: the mean seconds of
/// their timed answers of each kind (a card's first answer, a (re)learning step, a review),
/// each answer capped as the review screen caps it, so that a card left on screen over lunch
/// does not count as an hour. A kind with no timed answer keeps the settings' default.
extension SimulationSettings {
    /// Sets `secondsNew`, `secondsLearning`, `secondsReview` from `reviews` (log order);
    /// returns how many timed answers they came from.
    @discardableResult
    public mutating func useAnswerSeconds(of reviews: [StatsReview], cap: Double) -> Int {
        var sums = [0.0, 0.0, 0.0], counts = [0, 0, 0]
        var seen = Set<Int32>()
        for review in reviews {
            let first = seen.insert(review.card).inserted
            guard review.duration >= 0 else { continue }
            let kind = first ? 0 : review.kind == .review ? 2 : 1
            sums[kind] += min(review.seconds, cap)
            counts[kind] += 1
        }
        if counts[0] > 0 { secondsNew = sums[0] / Double(counts[0]) }
        if counts[1] > 0 { secondsLearning = sums[1] / Double(counts[1]) }
        if counts[2] > 0 { secondsReview = sums[2] / Double(counts[2]) }
        return counts.reduce(0, +)
    }
}
