import Foundation
import Testing
@testable import RecallCore

/// One `Tests/RecallCoreTests/Fixtures/optimizer/training-NAME.json`, written by
/// `Scripts/gen-optimizer-training-fixtures` from fsrs-rs-python 0.9.3 (fsrs-rs 6.6.1).
struct TrainingFixture: Decodable {
    struct Train: Decodable {
        var initial: [Double]
        var epochs1: [Double]
        var epochs200: [Double]
    }

    struct Pipeline: Decodable {
        var trainSet: [Int]
        var initial: [Double]
        var epochs1: [Double]
        var epochs200: [Double]
        var defaultSettings: [Double]
    }

    struct Figures: Decodable, Sendable {
        var logLoss: Double
        var rmseBins: Double
    }

    struct Evaluations: Decodable {
        var defaults: Figures
        var epochs200: Figures
        var defaultSettings: Figures
    }

    /// Each item as [[rating, delta_t], ...].
    var items: [[[Int]]]
    /// fsrs-rs's training alone (`benchmark`: every item, no outlier filter, no final smoothing).
    var train: Train
    var computeParameters: Pipeline
    var evaluate: Evaluations
    /// 5 epochs in one batch (seed-independent), and the default settings (fsrs-rs's order).
    var timeSeriesSplits: Figures
    var timeSeriesSplitsDefault: Figures

    static let names = ["reference-log", "synthetic-a", "synthetic-b"]

    static func load(_ name: String) throws -> TrainingFixture {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/optimizer")
        let data = try Data(contentsOf: folder.appendingPathComponent("training-\(name).json"))
        return try JSONDecoder().decode(TrainingFixture.self, from: data)
    }

    var fsrsItems: [FSRSItem] {
        items.map { FSRSItem(reviews: $0.map { FSRSItemReview(rating: $0[0], deltaT: $0[1]) }) }
    }

    /// fsrs-rs's `TrainingConfig` with every item in one batch, which makes it seed-independent.
    static func oneBatch(epochs: Int) -> FSRSTrainingSettings {
        var settings = FSRSTrainingSettings()
        settings.epochs = epochs
        settings.batchSize = 1 << 20
        return settings
    }
}

/// Every value within `tolerance` of fsrs-rs's; the failures name the parameter.
func expectParameters(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-3,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (index, (a, e)) in zip(actual, expected).enumerated() {
        #expect(abs(a - e) <= tolerance, "w\(index): \(a) against fsrs-rs's \(e)", sourceLocation: sourceLocation)
    }
}

/// "To 4 decimals": within half a unit of the fourth.
func expectFigures(_ actual: FSRSEvaluation, _ expected: TrainingFixture.Figures,
                   sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(abs(actual.logLoss - expected.logLoss) < 5e-5, "log loss \(actual.logLoss) against \(expected.logLoss)",
            sourceLocation: sourceLocation)
    #expect(abs(actual.rmseBins - expected.rmseBins) < 5e-5, "RMSE \(actual.rmseBins) against \(expected.rmseBins)",
            sourceLocation: sourceLocation)
}
