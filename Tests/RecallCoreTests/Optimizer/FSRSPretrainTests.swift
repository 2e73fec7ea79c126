import Testing
@testable import RecallCore

/// The outlier filter, the pretrain of w0...w3 and the guards for little data, against fsrs-rs
/// 6.6.1 (`Scripts/gen-optimizer-fixtures-items`).
@Suite struct FSRSPretrainTests {
    static let reference = OptimizerItemsFixture.reference
    static let items = OptimizerItemsFixture.items(reference.items)

    @Test func outlierFilterKeepsWhatFSRSRsKeeps() {
        let filter = FSRSOutlierFilter(Self.items)
        #expect(filter.initialization.count == 1_125)
        #expect(filter.trainSet.count == 5_930)
        #expect(filter.removed == [1: [21, 32], 3: [6, 21, 23, 24]])
        let kept = filter.initialization.map { $0.reviews.map { [$0.rating, $0.deltaT] } }
        #expect(kept.sorted { $0.lexicographicallyPrecedes($1) { $0.lexicographicallyPrecedes($1) } } == Self.reference.initialization)
        #expect(filter.trainSet == Self.reference.trainSet.map { Self.items[$0] })
        #expect(Self.reference.removed == ["1": [21, 32], "3": [6, 21, 23, 24]])
    }

    @Test func pretrainedInitialStabilitiesAreFSRSRs() throws {
        let filter = FSRSOutlierFilter(Self.items)
        let averageRecall = FSRSOptimizer.averageRecall(filter.trainSet)
        #expect(abs(averageRecall - 0.783811) < 1e-6)
        let pretrain = try #require(FSRSPretrain.initialStabilities(filter.initialization, averageRecall: averageRecall))
        #expect(pretrain.counts == [1: 818, 3: 307])
        for (ours, theirs) in zip(pretrain.stabilities, Self.reference.pretrained[0..<4]) {
            #expect(abs(ours - theirs) < 1e-4, "\(pretrain.stabilities) vs \(Self.reference.pretrained[0..<4])")
        }
        #expect(abs(pretrain.stabilities[2] - 2.2699) < 1e-4)
    }

    /// No items, 7, 63, none to pretrain on, only first long-term reviews, and the
    /// smoothing's cases (one rating, ratings 1 and 3, a pair out of order): none trains.
    @Test(arguments: OptimizerItemsFixture.guards.map(\.name))
    func guardsAndSmoothingMatchFSRSRs(_ name: String) throws {
        let fixture = try #require(OptimizerItemsFixture.guards.first { $0.name == name })
        let items = OptimizerItemsFixture.items(fixture.items)
        let fit = FSRSOptimizer.computeParameters(items, settings: FSRSTrainingSettings())
        #expect(fit.outcome == fixture.outcome)
        #expect(fit.fitOutcome != nil)
        #expect(fit.items == items.count)
        #expect(fit.trainSet == fixture.trainSet)
        // fsrs-rs raises NotEnoughData where recall falls back to the defaults.
        let expected = fixture.parameters ?? FSRSParameters.defaultWeights
        #expect(fixture.error == nil || fixture.error == "NotEnoughData")
        #expect(fit.parameters.count == 21)
        for (index, (ours, theirs)) in zip(fit.parameters, expected).enumerated() {
            #expect(abs(ours - theirs) < 1e-4, "w\(index): \(ours) vs \(theirs)")
        }
        #expect(fit.initialStabilities == Array(fit.parameters[0..<4]))
    }

    @Test func invalidItemsGiveTheDefaults() {
        let cases: [[FSRSItemReview]] = [[], [.init(rating: 5, deltaT: 0), .init(rating: 3, deltaT: 1)],
                                         [.init(rating: 3, deltaT: 0), .init(rating: 3, deltaT: -1)],
                                         [.init(rating: 3, deltaT: 0), .init(rating: 3, deltaT: 0)]]
        for reviews in cases {
            let fit = FSRSOptimizer.computeParameters(Self.items + [FSRSItem(reviews: reviews)], settings: FSRSTrainingSettings())
            #expect(fit.fitOutcome == .invalidItems)
            #expect(fit.parameters == FSRSParameters.defaultWeights)
        }
    }

    @Test func smoothAndFillFillsEveryPairOfRatings() throws {
        // Two ratings given: the other two come out between or beyond them, in order.
        for pair in [(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)] {
            let fitted = [pair.0: FSRSPretrain.defaults[pair.0 - 1], pair.1: FSRSPretrain.defaults[pair.1 - 1]]
            let s = try #require(FSRSPretrain.smoothAndFill(fitted, counts: [pair.0: 10, pair.1: 20]))
            #expect(s == s.sorted(), "\(pair): \(s)")
            #expect(s[pair.0 - 1] == fitted[pair.0] && s[pair.1 - 1] == fitted[pair.1])
        }
        #expect(FSRSPretrain.smoothAndFill([:], counts: [:]) == nil)
        #expect(FSRSPretrain.smoothAndFill([1: 500, 2: 0.0001, 3: 1, 4: 2], counts: [1: 1, 2: 9, 3: 9, 4: 9])
                == [0.001, 0.001, 1, 2])
    }
}
