import Foundation

/// The analytic gradient of an item's loss by the 21 parameters (fsrs-rs's `src/analytic.rs`
/// computes the same one): `FSRSItemModel`'s forward pass keeps the state before each step and
/// the step's intermediate values (`FSRSItemModel.Step`), and the backward pass walks the steps
/// in reverse. Clamps follow fsrs-rs (Burn's rule): the gradient passes on a bound and stops
/// outside it. The buffer of steps is reused from item to item, so the inner loop allocates
/// nothing.
struct FSRSItemGradient {
    let model: FSRSItemModel
    /// ∂loss/∂w, summed over the items added.
    private(set) var gradient = [Double](repeating: 0, count: FSRSParameters.count)
    /// The state before each step and the step.
    private var steps: [(s: Double, d: Double, step: FSRSItemModel.Step)] = []
    /// dF/d(decay), for the forgetting curve's gradient by w20.
    private let factorSlope: Double
    /// dD0(Easy)/dw5.
    private let easySlope: Double

    init(parameters: [Double]) {
        model = FSRSItemModel(parameters)
        factorSlope = exp(log(0.9) / model.decay) * (-log(0.9) / (model.decay * model.decay))
        steps.reserveCapacity(64)
        easySlope = -3 * exp(3 * parameters[5])
    }

    /// Adds the gradient of weight·BCE(p, y) for one item, p clamped to [1e-7, 1 − 1e-7] with no
    /// gradient where the clamp holds it.
    mutating func add(_ reviews: [FSRSItemReview], weight: Double) {
        steps.removeAll(keepingCapacity: true)
        var (s, d) = model.initial(reviews[0].rating)
        for index in 1..<(reviews.count - 1) {
            let step = model.step(s, d, reviews[index])
            steps.append((s, d, step))
            (s, d) = (step.s, step.d)
        }
        let target = reviews[reviews.count - 1]
        let (p, logBase) = model.curve(days: target.deltaT, stability: s)
        guard p > 1e-7, p < 1 - 1e-7 else { return }
        let y = target.rating > 1 ? 1.0 : 0.0
        let gP = -weight * (y / p - (1 - y) / (1 - p))
        var gS = curveBackward(days: target.deltaT, s: s, r: p, logBase: logBase, gR: gP)
        var gD = 0.0
        for index in stride(from: reviews.count - 2, through: 1, by: -1) {
            (gS, gD) = stepBackward(steps[index - 1], reviews[index], gS: gS, gD: gD)
        }
        initialBackward(reviews[0].rating, gS: gS, gD: gD)
    }

    /// Adds ∂/∂w20 of R = (t/S·F + 1)^decay and returns ∂/∂S.
    private mutating func curveBackward(days: Int, s: Double, r: Double, logBase: Double, gR: Double) -> Double {
        guard gR != 0 else { return 0 }
        let t = Double(days)
        let base = t / s * model.factor + 1
        let decay = model.decay
        let dRdDecay = r * (logBase + decay / base * (t / s * factorSlope))
        gradient[20] -= gR * dRdDecay
        return gR * r * decay / base * (-t * model.factor / (s * s))
    }

    private static func inside(_ x: Double, _ range: ClosedRange<Double>) -> Bool { range.contains(x) }

    /// One step back: from ∂/∂(S', D') to ∂/∂(S, D), adding the parameters' share.
    private mutating func stepBackward(_ entry: (s: Double, d: Double, step: FSRSItemModel.Step), _ review: FSRSItemReview,
                                       gS gOutS: Double, gD gOutD: Double) -> (Double, Double) {
        let w = model.w
        let (s, d, step) = entry
        let rating = Double(review.rating)
        let g = Self.inside(step.preS, FSRSItemModel.stabilityRange) ? gOutS : 0
        var gS = 0.0, gD = 0.0, gR = 0.0
        let raw = step.raw
        if review.deltaT == 0 {
            if rating >= 2 && raw < 1 {
                gS += g
            } else {
                let gRaw = g * s * raw
                gS += g * raw + gRaw * (-w[19] / s)
                gradient[17] += gRaw * (rating - 3 + w[18])
                gradient[18] += gRaw * w[17]
                gradient[19] += gRaw * -step.logS
            }
        } else if review.rating == 1 {
            let floor = s / model.lapseDivisor
            if floor < raw {
                gS += g * floor / s
                gradient[17] += g * floor * -w[18]
                gradient[18] += g * floor * -w[17]
            } else {
                let (front, grown) = (step.core, step.power)
                gradient[11] += g * front * (grown - 1)
                gradient[12] += g * raw * -step.logD
                gradient[13] += g * w[11] * front * grown * step.logS
                gradient[14] += g * raw * (1 - step.r)
                gS += g * w[11] * front * w[13] * grown / (s + 1)
                gD += g * raw * (-w[12] / d)
                gR += g * raw * -w[14]
            }
        } else {
            let gInc = g * s
            let (core, growth) = (step.core, step.power)
            let factor = model.ratingFactor(review.rating)
            gS += g * (raw + 1) + gInc * raw * (-w[9] / s)
            gD += -gInc * raw / (11 - d)
            gR += gInc * core * factor * (-w[10] * growth)
            gradient[8] += gInc * raw
            gradient[9] += gInc * raw * -step.logS
            gradient[10] += gInc * core * factor * (1 - step.r) * growth
            if review.rating == 2 { gradient[15] += gInc * core * (growth - 1) }
            if review.rating == 4 { gradient[16] += gInc * core * (growth - 1) }
        }
        if gOutD != 0 && Self.inside(step.preD, FSRSItemModel.difficultyRange) {
            let delta = -w[6] * (rating - 3)
            let damped = d + (10 - d) * delta / 9
            gradient[7] += gOutD * (model.easyDifficulty - damped)
            gradient[4] += gOutD * w[7]
            gradient[5] += gOutD * w[7] * easySlope
            let gDamped = gOutD * (1 - w[7])
            gradient[6] += gDamped * (10 - d) * -(rating - 3) / 9
            gD += gDamped * (1 - delta / 9)
        }
        if review.deltaT > 0 { gS += curveBackward(days: review.deltaT, s: s, r: step.r, logBase: step.logBase, gR: gR) }
        return (gS, gD)
    }

    /// The first review: S0 = w[G−1], D0 = w4 − e^(w5·(G−1)) + 1, each through its clamp.
    private mutating func initialBackward(_ rating: Int, gS: Double, gD: Double) {
        let grade = min(max(rating, 1), 4)
        let w = model.w
        if Self.inside(w[grade - 1], FSRSItemModel.stabilityRange) { gradient[grade - 1] += gS }
        if Self.inside(model.initialDifficulty(grade), FSRSItemModel.difficultyRange) {
            let offset = Double(grade - 1)
            gradient[4] += gD
            gradient[5] += gD * -offset * exp(offset * w[5])
        }
    }
}
