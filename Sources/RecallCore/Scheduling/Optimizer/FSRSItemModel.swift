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

    /// R = (t/S·factor + 1)^decay, and the log of its base (for the gradient).
    func curve(days: Int, stability: Double) -> (r: Double, logBase: Double) {
        let logBase = log(Double(days) / stability * factor + 1)
        return (exp(decay * logBase), logBase)
    }

    /// The predicted recall of the item's last review from the reviews before it (at least two).
    func predict(_ reviews: [FSRSItemReview]) -> Double {
        var (s, d) = initial(reviews[0].rating)
        for index in 1..<(reviews.count - 1) {
            let next = step(s, d, reviews[index])
            (s, d) = (next.s, next.d)
        }
        return curve(days: reviews[reviews.count - 1].deltaT, stability: s).r
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

    /// A step's new state, and the values on the way that its gradient needs again.
    struct Step {
        var s = 0.0, d = 0.0
        /// S' and D' before their clamps.
        var preS = 0.0, preD = 0.0
        /// R at the review (a day or more after the last), and the log of its curve's base.
        var r = 0.0, logBase = 0.0
        /// Same day and success: ln S. Lapse: ln(S+1) and ln D.
        var logS = 0.0, logD = 0.0
        /// Same day: e^(w17·(G−3+w18))·S^−w19. Lapse: the long-term stability. Success: the increase.
        var raw = 0.0
        /// Lapse: (S+1)^w13. Success: e^((1−R)·w10).
        var power = 0.0
        /// Lapse: D^−w12·e^((1−R)·w14). Success: e^w8·(11 − D)·S^−w9.
        var core = 0.0
    }

    /// One review after the first, from a state inside the clamps.
    func step(_ s: Double, _ d: Double, _ review: FSRSItemReview) -> Step {
        var step = Step()
        let rating = Double(review.rating)
        if review.deltaT == 0 {
            step.logS = log(s)
            step.raw = exp(w[17] * (rating - 3 + w[18]) - w[19] * step.logS)
            step.preS = s * (rating >= 2 && step.raw < 1 ? 1 : step.raw)
        } else {
            (step.r, step.logBase) = curve(days: review.deltaT, stability: s)
            let r = step.r
            if review.rating == 1 {
                // w11·D^−w12·((S+1)^w13 − 1)·e^((1−R)·w14), at most S/e^(w17·w18)
                step.logS = log(s + 1)
                step.logD = log(d)
                step.core = exp(-w[12] * step.logD + (1 - r) * w[14])
                step.power = exp(w[13] * step.logS)
                step.raw = w[11] * step.core * (step.power - 1)
                let floor = s / lapseDivisor
                step.preS = floor < step.raw ? floor : step.raw
            } else {
                // S·(1 + e^w8·(11 − D)·S^−w9·(e^((1−R)·w10) − 1)), times w15 for Hard and w16 for Easy
                step.logS = log(s)
                step.core = recallGrowth * (11 - d) * exp(-w[9] * step.logS)
                step.power = exp((1 - r) * w[10])
                step.raw = step.core * (step.power - 1) * ratingFactor(review.rating)
                step.preS = s * (step.raw + 1)
            }
        }
        step.preD = revertedDifficulty(d, rating)
        step.s = Self.clamp(step.preS, Self.stabilityRange)
        step.d = Self.clamp(step.preD, Self.difficultyRange)
        return step
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
