import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

/// Issue 12, point 2: a note's other cards (its siblings) stay out of the day's queue once one
/// of them is answered or taken, as Anki's "bury new / review / interday learning siblings".
@Suite struct SiblingBurialTests {
    let utc: StudyDay.UTCOffset = { _ in 0 }

    func day(_ now: Instant) -> StudyDay { StudyDay.containing(now, rolloverHour: 4, utcOffset: utc) }

    func cards(_ deck: String, _ ids: [String]) -> [StudyCard] { ids.map { StudyCard(id: $0, deck: deck) } }

    func state(_ events: [(String, ReviewEvent)]) -> ProgressState {
        let entries = events.enumerated().map { LogEntry(seq: $0.offset + 1, time: TestClock.at($0.element.0), event: $0.element.1) }
        return ProgressState.replay(entries, schedulers: defaultSchedulers)
    }

    func queue(_ cards: [StudyCard], _ state: ProgressState = ProgressState(), config: StudyConfig = StudyConfig(),
               at now: String = "2026-03-01T10:00:00Z") -> DueQueue {
        let instant = TestClock.at(now)
        return DueQueue(cards: cards, state: state, config: config, day: day(instant), now: instant)
    }

    var burialOff: StudyConfig {
        var config = StudyConfig()
        config.buryNewSiblings = false
        config.buryReviewSiblings = false
        config.buryInterdayLearningSiblings = false
        return config
    }

    @Test func aCardsNoteIsItsIDWithoutTheVariantSuffix() {
        #expect(CardID.noteID(ofCard: "vpc-nat") == "vpc-nat")
        #expect(CardID.noteID(ofCard: "vpc-nat/reverse") == "vpc-nat")
        #expect(CardID.noteID(ofCard: "aws-s3-3fa91c0d2b/c12") == "aws-s3-3fa91c0d2b")
        #expect(StudyCard(id: "x/c2", deck: "D").note == "x")
        let note = Note(id: "n1", hasExplicitID: true, deck: "D", kind: .cloze, prompt: "{{c1::a}} {{c2::b}}", body: "",
                        location: SourceLocation(file: "d.md", line: 1, column: 1), endLine: 1, clozeNumbers: [1, 2])
        #expect(note.cards.map { CardID.noteID(ofCard: $0.id) } == ["n1", "n1"])
    }

    @Test func aNewNoteGivesOneCardADayWhileNewSiblingsAreBuried() {
        let deck = cards("D", ["cl/c1", "cl/c2", "cl/c3", "rev", "rev/reverse", "basic"])
        #expect(queue(deck).new == ["cl/c1", "rev", "basic"])
        #expect(queue(deck).total.new == 3, "the counts follow the same rule")
        // Answer c1 (Good: a learning step): c2 and c3 stay out of today's queue.
        let learning = state([("2026-03-01T09:00:00Z", .review(review("cl/c1", .good, deck: "D")))])
        let today = queue(deck, learning, at: "2026-03-01T09:30:00Z")
        #expect(today.learningNow == ["cl/c1"])
        #expect(today.new == ["rev", "basic"])
        #expect(today.total == DueCounts(new: 2, learning: 1, review: 0))
        // Answer c1 Easy (a review in days): c2 comes the next study day, not today.
        let graduated = state([("2026-03-01T09:00:00Z", .review(review("cl/c1", .easy, deck: "D")))])
        #expect(queue(deck, graduated, at: "2026-03-02T03:59:00Z").new == ["rev", "basic"])
        #expect(queue(deck, graduated, at: "2026-03-02T04:00:00Z").new == ["cl/c2", "rev", "basic"])
    }

    @Test func undoingTheAnswerBringsTheSiblingBack() {
        let deck = cards("D", ["cl/c1", "cl/c2"])
        let undone = state([
            ("2026-03-01T09:00:00Z", .review(review("cl/c1", .easy, deck: "D"))),
            ("2026-03-01T09:00:05Z", .undo(EventID(device: "", seq: 1))),
        ])
        #expect(queue(deck, undone).new == ["cl/c1"])
        // A live undo in a session, too.
        var live = state([("2026-03-01T09:00:00Z", .review(review("cl/c1", .easy, deck: "D")))])
        #expect(queue(deck, live).new.isEmpty, "c1 graduated to a later day; c2 is buried")
        live.undo(id: EventID(device: "", seq: 1), card: "cl/c1", previous: nil, undoID: EventID(device: "", seq: 2))
        #expect(queue(deck, live).new == ["cl/c1"])
    }

    @Test func reviewSiblingsAreBuriedBehindTheFirstOneTaken() {
        let graduated = state([
            ("2026-02-01T09:00:00Z", .review(review("r", .easy, deck: "D"))),
            ("2026-02-01T09:00:00Z", .review(review("r/reverse", .easy, deck: "D"))),
            ("2026-02-01T09:00:00Z", .review(review("other", .easy, deck: "D"))),
        ])
        let deck = cards("D", ["r", "r/reverse", "other"])
        #expect(queue(deck, graduated).reviews.count == 2)
        #expect(Set(queue(deck, graduated).reviews).contains("other"))
        #expect(queue(deck, graduated).total.review == 2)
        #expect(queue(deck, graduated, config: burialOff).reviews.count == 3)
    }

    @Test func aReviewAnsweredTodayBuriesTheNotesNewCards() {
        let s = state([
            ("2026-02-01T09:00:00Z", .review(review("r", .easy, deck: "D"))),
            ("2026-03-01T09:00:00Z", .review(review("r", .good, deck: "D"))),
        ])
        #expect(queue(cards("D", ["r", "r/reverse"]), s).new.isEmpty)
        var config = StudyConfig()
        config.buryNewSiblings = false
        #expect(queue(cards("D", ["r", "r/reverse"]), s, config: config).new == ["r/reverse"])
    }

    @Test func interdayLearningSiblingsAreBuriedToo() {
        // c1 was answered Again yesterday and is still learning; c2 is answered today.
        let s = state([
            ("2026-02-28T09:00:00Z", .review(review("cl/c1", .again, deck: "D"))),
            ("2026-03-01T09:00:00Z", .review(review("cl/c2", .good, deck: "D"))),
        ])
        let deck = cards("D", ["cl/c1", "cl/c2"])
        let buried = queue(deck, s)
        #expect(buried.learningNow + buried.learningLater.map(\.id) == ["cl/c2"], "c2 was answered today: intraday")
        var config = StudyConfig()
        config.buryInterdayLearningSiblings = false
        let kept = queue(deck, s, config: config)
        #expect(Set(kept.learningNow + kept.learningLater.map(\.id)) == ["cl/c1", "cl/c2"])
        #expect(kept.total.learning == 2)
        #expect(buried.total.learning == 1)
    }

    @Test func withBurialOffNewSiblingsAreSpreadOnePerNotePerPass() {
        let deck = cards("D", ["a", "a/reverse", "b/c1", "b/c2", "b/c3", "c"])
        #expect(queue(deck, config: burialOff).new == ["a", "b/c1", "c", "a/reverse", "b/c2", "b/c3"])
        var limited = burialOff
        limited.newPerDay = 4
        #expect(queue(deck, config: limited).new == ["a", "b/c1", "c", "a/reverse"])
    }

    @Test func aDeckCanSetItsOwnBurialAndItsSubdecksInheritIt() {
        var config = StudyConfig()
        config.decks = ["Loose": .init(buryNewSiblings: false), "Loose::Tight": .init(buryNewSiblings: true)]
        let all = cards("Loose", ["l", "l/reverse"]) + cards("Loose::Sub", ["s", "s/reverse"])
            + cards("Loose::Tight", ["t", "t/reverse"]) + cards("Strict", ["x", "x/reverse"])
        #expect(queue(all, config: config).new == ["l", "s", "t", "x", "l/reverse", "s/reverse"])
        #expect(config.burying(for: "Loose::Sub::Deeper").buryNew == false)
        #expect(config.burying(for: "Loose::Tight").buryNew == true)
        #expect(config.burying(for: "Strict").buryReviews == true)
    }

    @Test func theSettingsAreReadFromConfigJSONAndOnByDefault() throws {
        let defaults = try JSONDecoder().decode(StudyConfig.self, from: Data("{}".utf8))
        #expect(defaults.buryNewSiblings && defaults.buryReviewSiblings && defaults.buryInterdayLearningSiblings)
        let text = """
            {"buryNewSiblings": false, "buryInterdayLearningSiblings": false,
             "decks": {"AWS": {"buryReviewSiblings": false, "newPerDay": 5}}}
            """
        let config = try JSONDecoder().decode(StudyConfig.self, from: Data(text.utf8))
        #expect(!config.buryNewSiblings && config.buryReviewSiblings && !config.buryInterdayLearningSiblings)
        #expect(config.decks["AWS"] == .init(newPerDay: 5, buryReviewSiblings: false))
        #expect(config.burying(for: "AWS::VPC") == SiblingBurying(buryNew: false, buryReviews: false, buryInterdayLearning: false))
        let written = String(decoding: StudyConfig().fileBytes, as: UTF8.self)
        #expect(written.contains("\"buryNewSiblings\" : true"), "the defaults are written out to be found: \(written)")
    }
}
