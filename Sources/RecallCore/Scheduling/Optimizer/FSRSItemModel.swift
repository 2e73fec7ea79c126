import Foundation

/// fsrs-rs 6.6.1's FSRS-6 forward pass over a training item (`src/model.rs`, `src/analytic.rs`):
/// the state after the item's history and the predicted recall of its target.
///
/// It follows fsrs-rs where that differs from the scheduler's `FSRSModel` (py-fsrs): the
/// short-term formula applies to every review with delta_t 0 and its increase is at least 1 only
/// for Hard…Easy; S is clamped to [0.001, 36500] and D to [1, 10] after each step; the lapse
/// stability is the smaller of the long-term value and S/e^(w17·w18), ties to the long-term one.
struct FSRSItemModel {
    static let stabilityRange = 0.001...36500.0
    static let difficultyRange = 1.0...10.0

    let w: [Double]
    /// −w20.
    let decay: Double
    /// 0.9^(1/decay) − 1, so that R = 0.9 when t = S.
    let factor: Double
    /// e^w8.
    let recallGrowth: Double
    /// The unclamped initial difficulty of Easy, the target of mean reversion.
    let easyDifficulty: Double
    /// e^(w17·w18), the divisor of the lapse stability's bound.
    let lapseDivisor: Double

    init(_ w: [Double]) {
        self.w = w
        decay = -w[20]
        factor = exp(log(0.9) / decay) - 1
        recallGrowth = exp(w[8])
        easyDifficulty = w[4] - exp(w[5] * 3) + 1
        lapseDivisor = exp(w[17] * w[18])
    }

    /// R = (t/S·factor + 1)^decay.
    func retrievability(days: Int, stability: Double) -> Double {
        pow(Double(days) / stability * factor + 1, decay)
    }

    /// The predicted recall of the item's last review from the reviews before it (at least two).
    func predict(_ reviews: [FSRSItemReview]) -> Double {
        var (s, d) = initial(reviews[0].rating)
        for index in 1..<(reviews.count - 1) {
            (s, d) = step(s, d, reviews[index])
        }
        return retrievability(days: reviews[reviews.count - 1].deltaT, stability: s)
    }

    /// S0 = w[G−1] and D0 = w4 − e^(w5·(G−1)) + 1, clamped.
    func initial(_ rating: Int) -> (Double, Double) {
        let grade = min(max(rating, 1), 4)
        return (Self.clamp(w[grade - 1], Self.stabilityRange),
                Self.clamp(initialDifficulty(grade), Self.difficultyRange))
    }

    func initialDifficulty(_ grade: Int) -> Double {
        w[4] - exp(w[5] * Double(grade - 1)) + 1
    }

    /// One review after the first, from a state inside the clamps.
    func step(_ s: Double, _ d: Double, _ review: FSRSItemReview) -> (Double, Double) {
        let next: Double
        let rating = Double(review.rating)
        if review.deltaT == 0 {
            let raw = shortTermIncrease(s, rating)
            next = s * (rating >= 2 && raw < 1 ? 1 : raw)
        } else {
            let r = retrievability(days: review.deltaT, stability: s)
            if review.rating == 1 {
                let longTerm = lapseStability(s, d, r)
                let floor = s / lapseDivisor
                next = floor < longTerm ? floor : longTerm
            } else {
                next = s * (recallIncrease(s, d, r, review.rating) + 1)
            }
        }
        return (Self.clamp(next, Self.stabilityRange), Self.clamp(revertedDifficulty(d, rating), Self.difficultyRange))
    }

    /// e^(w17·(G − 3 + w18))·S^−w19.
    func shortTermIncrease(_ s: Double, _ rating: Double) -> Double {
        exp(w[17] * (rating - 3 + w[18])) * pow(s, -w[19])
    }

    /// w11·D^−w12·((S+1)^w13 − 1)·e^((1−R)·w14).
    func lapseStability(_ s: Double, _ d: Double, _ r: Double) -> Double {
        w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * exp((1 - r) * w[14])
    }

    /// e^w8·(11 − D)·S^−w9·(e^((1−R)·w10) − 1), times w15 for Hard and w16 for Easy.
    func recallIncrease(_ s: Double, _ d: Double, _ r: Double, _ rating: Int) -> Double {
        recallGrowth * (11 - d) * pow(s, -w[9]) * (exp((1 - r) * w[10]) - 1) * ratingFactor(rating)
    }

    func ratingFactor(_ rating: Int) -> Double {
        rating == 2 ? w[15] : rating == 4 ? w[16] : 1
    }

    /// D + (10 − D)·(−w6·(G − 3))/9, then w7 of the way back to D0(Easy); before the clamp.
    func revertedDifficulty(_ d: Double, _ rating: Double) -> Double {
        let damped = d + (10 - d) * (-w[6] * (rating - 3)) / 9
        return w[7] * (easyDifficulty - damped) + damped
    }

    static func clamp(_ x: Double, _ range: ClosedRange<Double>) -> Double {
        min(max(x, range.lowerBound), range.upperBound)
    }
}
