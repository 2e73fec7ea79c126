import Testing
@testable import RecallCore

/// The whole of `compute_parameters` on the reference log's items, trained with one batch
/// holding every item (the one case where fsrs-rs does not depend on its random order).
@Suite struct FSRSOptimizerTests {
    static func settings(epochs: Int) -> FSRSTrainingSettings {
        var settings = FSRSTrainingSettings()
        settings.epochs = epochs
        settings.batchSize = 1 << 20
        return settings
    }

    @Test(arguments: [0, 1])
    func referenceLogFitIsFSRSRs(epochs: Int) {
        let reference = OptimizerItemsFixture.reference
        let items = OptimizerItemsFixture.items(reference.items)
        let fit = FSRSOptimizer.computeParameters(items, settings: Self.settings(epochs: epochs))
        #expect(fit.fitOutcome == .trained)
        #expect(fit.items == 6_276)
        #expect(fit.trainSet == 5_930)
        let expected = epochs == 0 ? reference.pretrained : reference.oneEpoch
        for (index, (ours, theirs)) in zip(fit.parameters, expected).enumerated() {
            #expect(abs(ours - theirs) < 1e-3, "w\(index): \(ours) vs \(theirs)")
        }
        #expect(fit.initialStabilities == Array(fit.parameters[0..<4]))
    }
}
