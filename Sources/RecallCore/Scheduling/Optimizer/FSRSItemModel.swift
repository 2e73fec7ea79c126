import Foundation

/// fsrs-rs 6.6.1's FSRS-6 forward pass over a training item (`src/model.rs`, `src/analytic.rs`):
/// the state after the item's history and the predicted recall of its target.
///
/// It follows fsrs-rs where that differs from the scheduler's `FSRSModel` (py-fsrs): the
/// short-term formula applies to every review with delta_t 0 and its increase is at least 1 only
/// for Hard…Easy; S is clamped to [0.001, 36500] and D to [1, 10] before and after each step;
/// the lapse stability is the smaller of the long-term value and S/e^(w17·w18), ties to the
/// long-term one. Clamps pass the gradient on their bounds and stop it outside them.
struct FSRSItemModel<T: FSRSScalar> {
    static var stabilityRange: (Double, Double) { (0.001, 36500) }
    static var difficultyRange: (Double, Double) { (1, 10) }

    let w: [T]
    /// −w20.
    let decay: T
    /// 0.9^(1/decay) − 1, so that R = 0.9 when t = S.
    let factor: T
    /// e^w8.
    let recallGrowth: T
    /// The unclamped initial difficulty of Easy, the target of mean reversion.
    let easyDifficulty: T
    /// e^(w17·w18), the divisor of the lapse stability's bound.
    let lapseDivisor: T

    init(_ w: [T]) {
        self.w = w
        decay = 0 - w[20]
        factor = (T(Foundation.log(0.9)) / decay).exp() + -1
        recallGrowth = w[8].exp()
        easyDifficulty = w[4] - (w[5] * 3).exp() + 1
        lapseDivisor = (w[17] * w[18]).exp()
    }

    /// R = (t/S·factor + 1)^decay.
    func retrievability(days: Int, stability: T) -> T {
        (T(Double(days)) / stability * factor + 1).pow(decay)
    }

    /// The predicted recall of the item's last review from the reviews before it (at least two).
    func predict(_ reviews: [FSRSItemReview]) -> T {
        var (s, d) = initial(reviews[0].rating)
        var index = 1
        while index < reviews.count - 1 {
            (s, d) = step(s, d, reviews[index])
            index += 1
        }
        return retrievability(days: reviews[reviews.count - 1].deltaT, stability: s)
    }

    /// S0 = w[G−1] and D0 = w4 − e^(w5·(G−1)) + 1, clamped.
    func initial(_ rating: Int) -> (T, T) {
        let grade = min(max(rating, 1), 4)
        let s = w[grade - 1].clamped(Self.stabilityRange.0, Self.stabilityRange.1)
        let d = (w[4] - (w[5] * Double(grade - 1)).exp() + 1).clamped(Self.difficultyRange.0, Self.difficultyRange.1)
        return (s, d)
    }

    /// One review after the first.
    func step(_ stability: T, _ difficulty: T, _ review: FSRSItemReview) -> (T, T) {
        let s = stability.clamped(Self.stabilityRange.0, Self.stabilityRange.1)
        let d = difficulty.clamped(Self.difficultyRange.0, Self.difficultyRange.1)
        let rating = Double(review.rating)
        let next: T
        if review.deltaT == 0 {
            let raw = (w[17] * (w[18] + (rating - 3))).exp() * s.pow(0 - w[19])
            next = s * (rating >= 2 && raw.value < 1 ? T(1) : raw)
        } else {
            let r = retrievability(days: review.deltaT, stability: s)
            if review.rating == 1 {
                let longTerm = w[11] * d.pow(0 - w[12]) * ((s + 1).pow(w[13]) + -1) * ((1 - r) * w[14]).exp()
                let floor = s / lapseDivisor
                next = floor.value < longTerm.value ? floor : longTerm
            } else {
                var increase = recallGrowth * (11 - d) * s.pow(0 - w[9]) * (((1 - r) * w[10]).exp() + -1)
                if review.rating == 2 { increase = increase * w[15] }
                if review.rating == 4 { increase = increase * w[16] }
                next = s * (increase + 1)
            }
        }
        let damped = d + (10 - d) * w[6] * (-(rating - 3) / 9)
        let reverted = w[7] * (easyDifficulty - damped) + damped
        return (next.clamped(Self.stabilityRange.0, Self.stabilityRange.1),
                reverted.clamped(Self.difficultyRange.0, Self.difficultyRange.1))
    }
}
