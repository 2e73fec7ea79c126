import Testing
@testable import RecallCore
import RecallTestSupport

/// A replay applies each review to its card in place (`ProgressState.apply(_:schedulers:undone:)`,
/// issue 13); a live answer is computed first (`answer`) and then applied. Both must give the
/// same state, window of recent answers included, or the snapshot and doctor would disagree
/// with what a session recorded.
@Suite struct ReplayInPlaceTests {
    @Test(arguments: 0..<6) func replayingInPlaceEqualsAnsweringThenApplying(seed: UInt64) {
        // Answers, undos, suspends and buries of 25 cards, at times that sometimes go back.
        let entries = JSONExportStreamTests.randomLog((0..<25).map { "카드-\($0)" }, seed: 130 + seed, count: 600)
        let undone = ProgressState.undoneIDs(in: entries)

        var inPlace = ProgressState()
        var stepwise = ProgressState()
        for entry in entries {
            inPlace.apply(entry, schedulers: defaultSchedulers, undone: undone)
            if case .review(let record) = entry.event, !undone.contains(entry.id) {
                stepwise.apply(stepwise.answer(record, entry: entry, schedulers: defaultSchedulers))
            } else {
                stepwise.apply(entry, schedulers: defaultSchedulers, undone: undone)
            }
            #expect(inPlace.cards == stepwise.cards, "seed \(seed) seq \(entry.seq)")
        }
        #expect(inPlace == stepwise)
        #expect(inPlace.recent == stepwise.recent)
        #expect(inPlace.cards.values.contains { $0.schedule?.state == .review }, "some cards graduated")
        #expect(ProgressState.replay(entries, schedulers: defaultSchedulers) == inPlace)
    }
}
