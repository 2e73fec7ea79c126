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

    /// Simulated learners from a few dozen cards to a year of study: the outcome, and the
    /// pretrain with the final smoothing, as fsrs-rs gives them with no epoch.
    @Test(arguments: OptimizerItemsFixture.simulated.map(\.seed))
    func simulatedLearnersAreFSRSRsWithNoEpoch(seed: Int) throws {
        let fixture = try #require(OptimizerItemsFixture.simulated.first { $0.seed == seed })
        let fit = FSRSOptimizer.computeParameters(OptimizerItemsFixture.items(fixture.items), settings: Self.settings(epochs: 0))
        #expect(fit.outcome == fixture.outcome)
        for (index, (ours, theirs)) in zip(fit.parameters, fixture.parameters).enumerated() {
            #expect(abs(ours - theirs) < 1e-4, "w\(index): \(ours) vs \(theirs)")
        }
    }
}
