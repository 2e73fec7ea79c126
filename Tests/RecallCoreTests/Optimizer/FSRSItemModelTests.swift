import Foundation
import Testing
import RecallTestSupport
@testable import RecallCore

/// The forward pass's gradient, the clipper and the learning-rate schedule.
@Suite struct FSRSItemModelTests {
    /// Σ weight·BCE of a batch computed with plain doubles.
    func loss(_ items: [FSRSItem], _ w: [Double]) -> Double {
        let model = FSRSItemModel(w)
        return items.enumerated().reduce(0) { sum, entry in
            let p = min(max(model.predict(entry.element.reviews), 1e-7), 1 - 1e-7)
            let y = entry.element.reviews.last!.rating > 1 ? 1.0 : 0.0
            return sum - Double(entry.offset % 3 + 1) * (y * log(p) + (1 - y) * log(1 - p))
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func gradientIsTheFiniteDifference(_ seed: UInt64) throws {
        let items = Array(try TrainingFixture.load("synthetic-a").fsrsItems.prefix(300))
        var random = SeededRandom(seed: seed)
        let bounds = FSRSParameterClipper.bounds(FSRSParameters.defaultWeights, relearningSteps: 1, enableShortTerm: true)
        let w = bounds.map { bound in
            let width = bound.upperBound - bound.lowerBound
            return bound.lowerBound + width * (0.05 + 0.9 * Double.random(in: 0..<1, using: &random)) * (width > 10 ? 0.2 : 1)
        }
        let batch = ArraySlice(items.enumerated().map { (item: $0.element, weight: Double($0.offset % 3 + 1)) })
        let gradient = FSRSTraining.lossGradient(batch, parameters: w)
        for index in w.indices {
            let h = 1e-6 * max(abs(w[index]), 1)
            var up = w, down = w
            up[index] += h
            down[index] -= h
            let numeric = (loss(items, up) - loss(items, down)) / (2 * h)
            let scale = max(abs(numeric), abs(gradient[index]), 1e-3)
            #expect(abs(numeric - gradient[index]) / scale < 1e-4, "w\(index): \(gradient[index]) against \(numeric)")
        }
    }

    @Test func clipperUsesFsrsRsBounds() {
        let low = FSRSParameterClipper.clip([Double](repeating: -1, count: 21), relearningSteps: 1, enableShortTerm: true)
        #expect(low == [0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1,
                        0, 0, 0.01, 0.1])
        let high = FSRSParameterClipper.clip([Double](repeating: 1000, count: 21), relearningSteps: 1, enableShortTerm: true)
        #expect(high == [100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8])
        #expect(FSRSParameterClipper.forPrediction([Double](repeating: -1, count: 21))[19] == 0)
        // More than one relearning step: w17·w18 ≤ −(ln w11 + ln(2^w13 − 1) + 0.3·w14)/steps, as a ceiling on each.
        let w = FSRSParameters.defaultWeights
        let ceiling = sqrt(-(log(w[11]) + log(pow(2, w[13]) - 1) + w[14] * 0.3) / 3)
        var many = w
        many[17] = 2
        many[18] = 2
        let clipped = FSRSParameterClipper.clip(many, relearningSteps: 3, enableShortTerm: true)
        #expect(abs(clipped[17] - ceiling) < 1e-12 && abs(clipped[18] - ceiling) < 1e-12)
        #expect(ceiling < 2)
    }

    @Test func cosineScheduleIsFsrsRs() {
        // fsrs-rs's own test (src/cosine_annealing.rs): T = 5, lr 0.04, eleven steps.
        var schedule = FSRSCosineSchedule(period: 5, initial: 0.04)
        let expected = [0.04, 0.03618033988749895, 0.026180339887498946, 0.013819660112501051, 0.0038196601125010526, 0,
                        0.003819660112501051, 0.013819660112501048, 0.026180339887498943, 0.03618033988749895,
                        0.039999999999999994]
        for value in expected {
            #expect(abs(schedule.step() - value) < 1e-12)
        }
        // The closed form lr·(1 + cos(πk/T))/2 over a long schedule.
        var long = FSRSCosineSchedule(period: 60, initial: 0.04)
        for k in 0..<60 {
            #expect(abs(long.step() - 0.04 * (1 + cos(Double.pi * Double(k) / 60)) / 2) < 1e-12)
        }
    }
}
