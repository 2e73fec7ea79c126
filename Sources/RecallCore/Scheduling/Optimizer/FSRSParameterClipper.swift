import Foundation

/// fsrs-rs's parameter bounds (`src/parameter_clipper.rs`), applied after every training step
/// and to parameters before they are evaluated. They are py-fsrs's bounds except that w19's
/// floor is 0.01 with short-term reviews on, and w17/w18's ceiling shrinks with more than one
/// relearning step so that a lapse never raises stability.
enum FSRSParameterClipper {
    static func bounds(_ w: [Double], relearningSteps: Int, enableShortTerm: Bool) -> [ClosedRange<Double>] {
        let shortTermCeiling = relearningSteps > 1
            ? min(sqrt(max(-(log(w[11]) + log(pow(2, w[13]) - 1) + w[14] * 0.3) / Double(relearningSteps), 0.01)), 2)
            : 2
        let w19Floor = enableShortTerm ? 0.01 : 0
        return [
            0.001...100, 0.001...100, 0.001...100, 0.001...100,
            1...10, 0.001...4, 0.001...4, 0.001...0.75, 0...4.5, 0...0.8, 0.001...3.5,
            0.001...5, 0.001...0.25, 0.001...0.9, 0...4, 0...1, 1...6,
            0...shortTermCeiling, 0...shortTermCeiling, w19Floor...0.8, 0.1...0.8,
        ]
    }

    static func clip(_ w: [Double], relearningSteps: Int, enableShortTerm: Bool) -> [Double] {
        zip(w, bounds(w, relearningSteps: relearningSteps, enableShortTerm: enableShortTerm)).map { value, bound in
            min(max(value, bound.lowerBound), bound.upperBound)
        }
    }

    /// What fsrs-rs's `FSRS::new` does to parameters before it predicts with them.
    static func forPrediction(_ w: [Double]) -> [Double] {
        clip(w, relearningSteps: 1, enableShortTerm: false)
    }
}
