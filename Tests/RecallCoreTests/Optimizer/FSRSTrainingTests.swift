import Foundation
import Testing
@testable import RecallCore

/// `FSRSTraining.train` and `evaluate` against fsrs-rs 6.6.1 on the same items (the reference
/// log's and two simulated learners'), with one batch holding every item, where fsrs-rs does not
/// depend on its random order.
@Suite struct FSRSTrainingTests {
    /// After 1 epoch (a single Adam step) and after 200.
    @Test(arguments: TrainingFixture.names, [1, 200])
    func oneBatchMatchesFsrsRs(_ name: String, epochs: Int) throws {
        let fixture = try TrainingFixture.load(name)
        let trained = FSRSTraining.train(fixture.fsrsItems, initial: fixture.train.initial,
                                         settings: TrainingFixture.oneBatch(epochs: epochs))
        expectParameters(trained, epochs == 1 ? fixture.train.epochs1 : fixture.train.epochs200)
    }

    @Test(arguments: TrainingFixture.names)
    func evaluateIsFsrsRsEvaluate(_ name: String) throws {
        let fixture = try TrainingFixture.load(name)
        let items = fixture.fsrsItems
        expectFigures(FSRSTraining.evaluate(items, parameters: FSRSParameters.defaultWeights), fixture.evaluate.defaults)
        expectFigures(FSRSTraining.evaluate(items, parameters: fixture.computeParameters.epochs200), fixture.evaluate.epochs200)
        expectFigures(FSRSTraining.evaluate(items, parameters: fixture.computeParameters.defaultSettings),
                      fixture.evaluate.defaultSettings)
    }

    @Test func progressReportsEachEpoch() throws {
        let fixture = try TrainingFixture.load("synthetic-b")
        let seen = ProgressValues()
        _ = FSRSTraining.train(fixture.fsrsItems, initial: fixture.train.initial, settings: TrainingFixture.oneBatch(epochs: 4),
                               progress: { value in seen.append(value) })
        #expect(seen.values == [0.25, 0.5, 0.75, 1])
    }

    @Test func theSameSeedGivesTheSameFit() throws {
        let fixture = try TrainingFixture.load("synthetic-b")
        var settings = FSRSTrainingSettings()
        settings.epochs = 2
        settings.batchSize = 256
        let first = FSRSTraining.train(fixture.fsrsItems, initial: fixture.train.initial, settings: settings)
        #expect(FSRSTraining.train(fixture.fsrsItems, initial: fixture.train.initial, settings: settings) == first)
        settings.seed = 7
        #expect(FSRSTraining.train(fixture.fsrsItems, initial: fixture.train.initial, settings: settings) != first)
    }

    @Test func nothingToTrainOnKeepsTheInitialVector() {
        let initial = FSRSParameters.defaultWeights
        #expect(FSRSTraining.train([], initial: initial, settings: FSRSTrainingSettings()) == initial)
        let one = FSRSItem(reviews: [FSRSItemReview(rating: 3, deltaT: 0)])
        #expect(FSRSTraining.train([one], initial: initial, settings: FSRSTrainingSettings()) == initial)
    }

    /// fsrs-rs refuses such items; what they give here does not matter, only that nothing traps.
    @Test func badItemsDoNotTrap() {
        let bad = [
            FSRSItem(reviews: []),
            FSRSItem(reviews: [FSRSItemReview(rating: 0, deltaT: 0), FSRSItemReview(rating: 9, deltaT: -3)]),
            FSRSItem(reviews: [FSRSItemReview(rating: 3, deltaT: 0), FSRSItemReview(rating: 1, deltaT: -1),
                               FSRSItemReview(rating: 3, deltaT: Int.max)]),
        ]
        _ = FSRSTraining.evaluate(bad, parameters: FSRSParameters.defaultWeights)
        _ = FSRSTraining.train(bad + bad, initial: FSRSParameters.defaultWeights, settings: TrainingFixture.oneBatch(epochs: 2))
        #expect(FSRSTraining.train(bad, initial: [1, 2], settings: FSRSTrainingSettings()) == [1, 2])
        var invalid = FSRSTrainingSettings()
        invalid.learningRate = .nan
        #expect(!invalid.isValid)
        #expect(FSRSTraining.train(bad, initial: FSRSParameters.defaultWeights, settings: invalid) == FSRSParameters.defaultWeights)
    }

    @Test func shortTermOffStartsAndKeepsW17ToW19AtZeroAndFreezesS0() throws {
        let fixture = try TrainingFixture.load("synthetic-b")
        var settings = TrainingFixture.oneBatch(epochs: 3)
        settings.enableShortTerm = false
        let trained = FSRSTraining.train(fixture.fsrsItems, initial: fixture.train.initial, settings: settings)
        #expect(Array(trained[0..<4]) == Array(fixture.train.initial[0..<4]))
        #expect(Array(trained[17..<20]) == [0, 0, 0])
        #expect(trained[4] != fixture.train.initial[4])
    }
}

/// The progress values a fit reported, behind a lock (Foundation's: the core's tests import no
/// other module).
private final class ProgressValues: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Double] = []

    func append(_ value: Double) { lock.withLock { stored.append(value) } }
    var values: [Double] { lock.withLock { stored } }
}
