import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

@Suite struct ExportSelectionTests {
    @Test func deckTakesItsSubdecksAndTagItsChildTags() throws {
        let decks = try RoundTripDecks.bundled
        let aws = ExportSelection(decks: decks, selection: CardSelection(deck: "aws"))
        #expect(aws.decks.count == decks.count)
        let vpc = ExportSelection(decks: decks, selection: CardSelection(deck: "AWS::VPC"))
        #expect(vpc.decks.map(\.name) == ["AWS::VPC"])
        #expect(ExportSelection(decks: decks, selection: CardSelection(deck: "AWS::V")).decks.isEmpty)
        let tagged = ExportSelection(decks: decks, selection: CardSelection(tags: ["NAT"]))
        #expect(!tagged.notes.isEmpty && tagged.notes.allSatisfy { $0.tags.contains("nat") })
        let tricky = try RoundTripDecks.trickyDeck
        #expect(ExportSelection(decks: [tricky], selection: CardSelection(tags: ["deep"])).notes.map(\.id) == ["rt-basic"])
        #expect(ExportSelection(decks: [tricky], selection: CardSelection(deck: "테스트", tags: ["missing"])).decks.isEmpty)
    }

    static let t0 = Instant(secondsSinceEpoch: 1_767_225_600)

    static func review(_ seq: Int, _ card: String, _ rating: Rating, minutes: Int64) -> LogEntry {
        LogEntry(seq: seq, time: t0 + .minutes(minutes),
                 event: .review(ReviewRecord(card: card, rating: rating, durationMilliseconds: 1_500, scheduler: .fsrs,
                                             deck: "테스트::왕복", file: "tricky.md")))
    }

    @Test func jsonHasProgressTheLogAndOrphans() throws {
        let deck = try RoundTripDecks.trickyDeck
        let log = [
            Self.review(1, "rt-basic", .good, minutes: 0),
            Self.review(2, "rt-cloze/c2", .again, minutes: 1),
            LogEntry(seq: 3, time: Self.t0 + .minutes(2), event: .undo(EventID(device: "", seq: 2))),
            Self.review(4, "gone-card", .easy, minutes: 3),
            LogEntry(seq: 5, time: Self.t0 + .minutes(4), event: .suspend(card: "rt-typein")),
        ]
        let schedulers = try SchedulerSet(config: StudyConfig())
        let state = ProgressState.replay(log, schedulers: schedulers)
        let progress = JSONExport.Progress(state: state, config: StudyConfig(), log: log)
        let whole = JSONExport.document([deck], progress: progress, whole: true, exported: Self.t0)
        let cards = whole.decks[0].notes.flatMap(\.cards)
        let basic = try #require(cards.first { $0.id == "rt-basic" })
        #expect(basic.progress.state == "learning" && basic.progress.reps == 1 && basic.progress.scheduler == .fsrs)
        #expect(basic.progress.lastReview == Self.t0 && basic.progress.stability != nil)
        #expect(cards.first { $0.id == "rt-cloze/c2" }?.progress.state == "new")
        #expect(cards.first { $0.id == "rt-typein" }?.progress == JSONExport.ProgressRecord(CardProgress(suspended: true)))
        #expect(whole.reviews.map(\.seq) == [1, 2, 3, 4, 5])
        #expect(whole.reviews[1].undone == true && whole.reviews[0].undone == nil && whole.reviews[2].undoes == 2)
        #expect(whole.orphans.map(\.card) == ["gone-card"])
        #expect(whole.config == StudyConfig())

        let filtered = JSONExport.document([deck], progress: progress, whole: false, exported: Self.t0)
        #expect(filtered.reviews.map(\.seq) == [1, 2, 3, 5])
        #expect(filtered.orphans.isEmpty)
        let text = try JSONExport.render(whole)
        #expect(try JSONDecoder().decode(JSONExport.Document.self, from: Data(text.utf8)) == whole)
    }
}
