import Foundation

/// The FSRS-6 formulas, written to perform py-fsrs 6.3.2's floating-point operations in the
/// same order, so that results are bit-for-bit the same (Python floats are IEEE doubles, and
/// `x ** y` and `math.e ** y` are the C library's `pow`, as `Foundation.pow` is here).
///
/// Terms that depend only on the weights are computed once; `pow` is deterministic, so the
/// cached values are the very doubles py-fsrs computes on each call.
struct FSRSModel: Sendable {
    static let stabilityMinimum = 0.001
    static let difficultyRange = 1.0...10.0
    /// Python's `math.e`.
    static let e = 2.718281828459045

    let w: [Double]
    /// py-fsrs's `_DECAY`: −w20.
    let decay: Double
    /// py-fsrs's `_FACTOR`: 0.9^(1/decay) − 1, so that R = 90% when elapsed days = stability.
    let factor: Double
    /// e^w8, the recall stability growth.
    let recallGrowth: Double
    /// The unclamped D0(Easy), the target of difficulty's mean reversion.
    let meanReversionTarget: Double
    /// e^(w17·(G − 3 + w18)) for each grade G, the same-day stability factor.
    let shortTermGrowth: [Double]
    /// e^(w17·w18), the divisor of the lapse stability's short-term bound.
    let shortTermLapseDivisor: Double

    init(_ parameters: FSRSParameters) {
        let w = parameters.weights
        self.w = w
        decay = -w[20]
        factor = pow(0.9, 1 / decay) - 1
        recallGrowth = pow(Self.e, w[8])
        meanReversionTarget = Self.initialDifficulty(w, .easy)
        shortTermGrowth = Rating.allCases.map { pow(Self.e, w[17] * (Double($0.rawValue - 3) + w[18])) }
        shortTermLapseDivisor = pow(Self.e, w[17] * w[18])
    }

    /// R = (1 + factor·t/S)^decay, with t in whole days.
    func retrievability(elapsedDays: Int64, stability: Double) -> Double {
        pow(1 + factor * Double(elapsedDays) / stability, decay)
    }

    /// S0 = w[G−1].
    func initialStability(_ rating: Rating) -> Double {
        max(w[rating.rawValue - 1], Self.stabilityMinimum)
    }

    /// D0 = w4 − e^(w5·(G−1)) + 1, clamped to 1…10.
    func initialDifficulty(_ rating: Rating) -> Double {
        clampDifficulty(Self.initialDifficulty(w, rating))
    }

    private static func initialDifficulty(_ w: [Double], _ rating: Rating) -> Double {
        w[4] - pow(e, w[5] * Double(rating.rawValue - 1)) + 1
    }

    /// The interval in days at which R falls to the desired retention: `retentionTerm` is
    /// r^(1/decay) − 1. Rounded half to even (Python's `round`), at least 1, at most the maximum.
    func intervalDays(stability: Double, retentionTerm: Double, maximumInterval: Int) -> Int {
        let days = max(roundHalfToEven((stability / factor) * retentionTerm), 1)
        return min(days, maximumInterval)
    }

    /// A review under a day after the last: S' = S·e^(w17·(G−3+w18))·S^−w19, where the
    /// increase is at least 1 for Hard, Good and Easy (a success never lowers stability).
    func shortTermStability(_ stability: Double, _ rating: Rating) -> Double {
        var increase = shortTermGrowth[rating.rawValue - 1] * pow(stability, -w[19])
        if rating != .again { increase = max(increase, 1.0) }
        return max(stability * increase, Self.stabilityMinimum)
    }

    /// D' = w7·D0(Easy) + (1 − w7)·(D + ΔD·(10 − D)/9), with ΔD = −w6·(G − 3); clamped to 1…10.
    func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
        let delta = -(w[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return clampDifficulty(w[7] * meanReversionTarget + (1 - w[7]) * damped)
    }

    /// Stability after a review a day or more after the last.
    func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let next = rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: retrievability)
            : recallStability(difficulty: difficulty, stability: stability, retrievability: retrievability, rating: rating)
        return max(next, Self.stabilityMinimum)
    }

    /// S'f = min(w11·D^−w12·((S+1)^w13 − 1)·e^((1−R)·w14), S / e^(w17·w18)).
    private func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
            * pow(Self.e, (1 - retrievability) * w[14])
        let shortTerm = stability / shortTermLapseDivisor
        return shortTerm < longTerm ? shortTerm : longTerm
    }

    /// S'r = S·(1 + e^w8·(11 − D)·S^−w9·(e^((1−R)·w10) − 1)·hard penalty·easy bonus).
    private func recallStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return stability * (1 + recallGrowth * (11 - difficulty) * pow(stability, -w[9])
            * (pow(Self.e, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    /// `min(max(d, 1), 10)`, in that order.
    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }
}
