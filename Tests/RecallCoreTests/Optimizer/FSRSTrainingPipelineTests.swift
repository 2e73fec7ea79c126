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

    /// Batches of 512, shuffled as fsrs-rs shuffles them (`FSRSBatchShuffle`, seed 2023): the
    /// fit is fsrs-rs's, and so are its figures and the time-series splits.
    @Test(arguments: TrainingFixture.names)
    func defaultFitIsFsrsRs(_ name: String) throws {
        let fixture = try TrainingFixture.load(name)
        let items = fixture.fsrsItems
        let fit = FSRSOptimizer.computeParameters(items, settings: FSRSTrainingSettings())
        expectParameters(fit.parameters, fixture.computeParameters.defaultSettings, tolerance: 1e-4)
        expectFigures(FSRSTraining.evaluate(items, parameters: fit.parameters), fixture.evaluate.defaultSettings)
        expectFigures(FSRSTraining.evaluateWithTimeSeriesSplits(items, settings: FSRSTrainingSettings()),
                      fixture.timeSeriesSplitsDefault)
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
