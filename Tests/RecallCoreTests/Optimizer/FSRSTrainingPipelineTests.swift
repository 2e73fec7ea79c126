import Foundation
import Testing
@testable import RecallCore

/// Training inside the whole pipeline (`FSRSOptimizer.computeParameters`: the outlier filter,
/// the pretrain, the guards, the final smoothing) and the time-series splits built on it,
/// against fsrs-rs's `compute_parameters` and `evaluate_with_time_series_splits`.
@Suite struct FSRSTrainingPipelineTests {
    @Test(arguments: TrainingFixture.names, [1, 200])
    func oneBatchFitIsFsrsRs(_ name: String, epochs: Int) throws {
        let fixture = try TrainingFixture.load(name)
        let fit = FSRSOptimizer.computeParameters(fixture.fsrsItems, settings: TrainingFixture.oneBatch(epochs: epochs))
        #expect(fit.trainSet == fixture.computeParameters.trainSet.count)
        expectParameters(fit.parameters, epochs == 1 ? fixture.computeParameters.epochs1 : fixture.computeParameters.epochs200)
    }

    /// Batches of 512 in recall's order: fsrs-rs's order cannot be reproduced, so the fit must
    /// predict as well as fsrs-rs's (in-sample log loss at most 0.002 above), not equal it.
    @Test(arguments: TrainingFixture.names)
    func defaultFitPredictsAsWellAsFsrsRs(_ name: String) throws {
        let fixture = try TrainingFixture.load(name)
        let items = fixture.fsrsItems
        let fit = FSRSOptimizer.computeParameters(items, settings: FSRSTrainingSettings())
        let evaluation = FSRSTraining.evaluate(items, parameters: fit.parameters)
        #expect(evaluation.logLoss <= fixture.evaluate.defaultSettings.logLoss + 0.002)
        let splits = FSRSTraining.evaluateWithTimeSeriesSplits(items, settings: FSRSTrainingSettings())
        #expect(splits.logLoss <= fixture.timeSeriesSplitsDefault.logLoss + 0.002)
    }

    @Test(arguments: TrainingFixture.names)
    func timeSeriesSplitsAreFsrsRs(_ name: String) throws {
        let fixture = try TrainingFixture.load(name)
        var settings = TrainingFixture.oneBatch(epochs: 5)
        settings.seed = 7
        expectFigures(FSRSTraining.evaluateWithTimeSeriesSplits(fixture.fsrsItems, settings: settings), fixture.timeSeriesSplits)
    }

    @Test func timeSeriesSplitsNeedSixItems() {
        let item = FSRSItem(reviews: [FSRSItemReview(rating: 3, deltaT: 0), FSRSItemReview(rating: 3, deltaT: 2)])
        #expect(FSRSTraining.evaluateWithTimeSeriesSplits(Array(repeating: item, count: 5), settings: FSRSTrainingSettings()).logLoss.isNaN)
    }
}
