import RecallCore
@testable import RecallTUI
import Testing

/// The study app driven by keys, with the effects performed the way the executable performs
/// them (applying answers to a ProgressState), but without disk or terminal.
@Suite struct ReviewFlowTests {
    /// Plays the effect as StudyLoop does, against an in-memory state.
    static func perform(_ effect: StudyApp.Effect, on app: inout StudyApp, seq: inout Int) {
        seq += 1
        switch effect {
        case .answer(let record):
            let entry = LogEntry(seq: seq, time: app.now, event: .review(record))
            _ = app.update(.saved(app.data.progress.answer(record, entry: entry, schedulers: app.data.schedulers)))
        case .bury(let card, let until):
            _ = app.update(.changed(LogEntry(seq: seq, time: app.now, event: .bury(card: card, until: until)), message: "Buried"))
        case .suspend(let card):
            _ = app.update(.changed(LogEntry(seq: seq, time: app.now, event: .suspend(card: card)), message: "Suspended"))
        default:
            break
        }
    }

    static func current(_ app: StudyApp) -> ReviewScreen? {
        if case .review(let review) = app.screen { return review }
        return nil
    }

    @Test func homeEnterStudiesTheSelectedDeckAndQReturnsHome() throws {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now)
        _ = app.update(.key(.character("j")))  // AWS
        _ = app.update(.key(.enter))
        let review = try #require(Self.current(app))
        #expect(review.scope.deck == "AWS")
        #expect(review.card?.id == "nat")
        #expect(app.update(.key(.character("q"))) == .none)
        guard case .home(let home) = app.screen else { Issue.record("not home"); return }
        #expect(home.rows[home.selected].deck == "AWS")
        #expect(app.update(.key(.character("q"))) == .quit)
    }

    @Test func revealThenGradeRecordsTheRatingWithItsDuration() throws {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now, session: .all)
        #expect(app.update(.key(.character("3"))) == .none)  // grades do nothing before the reveal
        _ = app.update(.key(.character(" ")))
        _ = app.update(.tick(Fixture.now + .seconds(8)))
        guard case .answer(let record) = app.update(.key(.character("2"))) else { Issue.record("no answer"); return }
        #expect(record.card == "nat")
        #expect(record.rating == .hard)
        #expect(record.durationMilliseconds == 8_000)
        #expect(record.deck == "AWS::VPC")
        #expect(record.file == "Decks/vpc.md")
    }

    @Test func enterAfterTheRevealMeansGoodAndTheNextCardFollows() throws {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now, session: .all)
        var seq = 0
        _ = app.update(.key(.enter))
        let effect = app.update(.key(.enter))
        guard case .answer(let record) = effect else { Issue.record("no answer"); return }
        #expect(record.rating == .good)
        Self.perform(effect, on: &app, seq: &seq)
        let review = try #require(Self.current(app))
        #expect(review.card?.id == "sg")
        #expect(review.stats.answered == 1)
        #expect(review.remaining.new == 6, "sg/reverse and cidr/c2 wait for tomorrow: siblings are buried")
        #expect(review.remaining.learning == 1)
    }

    @Test func aLongAnswerIsRecordedAsSixtySeconds() {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now, session: .all)
        _ = app.update(.key(.enter))
        _ = app.update(.tick(Fixture.now + .minutes(5)))
        guard case .answer(let record) = app.update(.key(.character("4"))) else { Issue.record("no answer"); return }
        #expect(record.durationMilliseconds == 60_000)
    }

    /// Options are given by their index in the deck (1 is the right one); the keys follow the shuffled order.
    @Test(arguments: [([1], Rating.good), ([0], Rating.again), ([0, 1], Rating.good)])
    func choiceGradeIsDerivedFromTheLastPick(options: [Int], expected: Rating) {
        var screen = Fixture.review("egress")
        for option in options { _ = screen.update(screen.key(forOption: option), data: Fixture.data(), now: Fixture.now) }
        _ = screen.update(.enter, data: Fixture.data(), now: Fixture.now)
        guard case .answer(let record) = screen.update(.enter, data: Fixture.data(), now: Fixture.now) else {
            Issue.record("no answer")
            return
        }
        #expect(record.rating == expected)
    }

    @Test func multipleChoiceTogglesAndNeedsTheExactSet() {
        var screen = Fixture.review("stateful")
        for option in [0, 1, 2, 1] { _ = screen.update(screen.key(forOption: option), data: Fixture.data(), now: Fixture.now) }
        #expect(screen.phase == .choosing([0, 2]))
        _ = screen.update(.enter, data: Fixture.data(), now: Fixture.now)
        #expect(screen.derivedRating == .good)
        var partial = Fixture.review("stateful")
        _ = partial.update(partial.key(forOption: 0), data: Fixture.data(), now: Fixture.now)
        _ = partial.update(.enter, data: Fixture.data(), now: Fixture.now)
        #expect(partial.derivedRating == .again)
    }

    @Test func theDerivedGradeCanBeOverridden() {
        var screen = Fixture.review("egress")
        _ = screen.update(screen.key(forOption: 0), data: Fixture.data(), now: Fixture.now)
        _ = screen.update(.enter, data: Fixture.data(), now: Fixture.now)
        #expect(screen.derivedRating == .again)
        guard case .answer(let record) = screen.update(.character("3"), data: Fixture.data(), now: Fixture.now) else {
            Issue.record("no answer")
            return
        }
        #expect(record.rating == .good)
    }

    @Test func checkingAChoiceWithNothingPickedAsksForAPick() {
        var screen = Fixture.review("egress")
        _ = screen.update(.enter, data: Fixture.data(), now: Fixture.now)
        #expect(screen.phase == .choosing([]))
        #expect(screen.message?.contains("1-4") == true)
    }

    /// Decomposed Hangul (as some input methods send it), other case and extra spaces all match.
    @Test(arguments: [
        ("direct   CONNECT", true),
        ("dx", true),
        ("aws direct connect", true),
        ("다이렉트 커넥트", false),
        ("", false),
    ])
    func typeInComparesLikeALearnerExpects(typed: String, right: Bool) {
        var screen = Fixture.review("dx")
        for character in typed { _ = screen.update(.character(character), data: Fixture.data(), now: Fixture.now) }
        _ = screen.update(.enter, data: Fixture.data(), now: Fixture.now)
        #expect(screen.derivedRating == (right ? .good : .again))
    }

    @Test func typedKeysAreTextNotCommands() {
        var screen = Fixture.review("dx")
        for key in ["q", "u", "?", "!", "-", "e"] {
            #expect(screen.update(.character(Character(key)), data: Fixture.data(), now: Fixture.now) == .none)
        }
        #expect(screen.phase == .typing(LineEditor("qu?!-e")))
        _ = screen.update(.escape, data: Fixture.data(), now: Fixture.now)
        #expect(screen.phase == .typeChecked(""))
        #expect(screen.derivedRating == .again)
    }

    @Test func undoBringsTheCardBackAndTakesBackTheCounts() throws {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now, session: .all)
        var seq = 0
        #expect(app.update(.key(.character("u"))) == .none)  // nothing to undo yet
        _ = app.update(.key(.enter))
        let effect = app.update(.key(.character("1")))
        Self.perform(effect, on: &app, seq: &seq)
        #expect(app.update(.key(.character("u"))) == .undo)
        _ = app.update(.undone(UndoneAnswer(id: EventID(device: "", seq: seq), card: "nat", previous: nil, undoID: EventID(device: "", seq: seq + 1))))
        let review = try #require(Self.current(app))
        #expect(review.card?.id == "nat")
        #expect(review.phase == .question)
        #expect(review.stats.answered == 0)
        #expect(review.stats.again == 0)
    }

    @Test func buryAndSuspendMoveOn() throws {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now, session: .all)
        var seq = 0
        let bury = app.update(.key(.character("-")))
        guard case .bury(let card, let until) = bury else { Issue.record("no bury"); return }
        #expect(card == "nat")
        #expect(until == app.data.day(at: Fixture.now).end)
        Self.perform(bury, on: &app, seq: &seq)
        #expect(Self.current(app)?.card?.id == "sg")
        let suspend = app.update(.key(.character("!")))
        #expect(suspend == .suspend(card: "sg"))
        Self.perform(suspend, on: &app, seq: &seq)
        let review = try #require(Self.current(app))
        #expect(review.card?.id == "sg/reverse")
        #expect(review.message == "Suspended")
    }

    @Test func editAsksForTheCardsFileAndLine() {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now, session: .all)
        #expect(app.update(.key(.character("e"))) == .edit(file: "Decks/vpc.md", line: Fixture.card("nat").note.location.line))
    }

    @Test func sessionLimitsCapNewCards() throws {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now, session: SessionScope(newLimit: 1))
        var seq = 0
        #expect(Self.current(app)?.remaining.new == 1)
        _ = app.update(.key(.enter))
        Self.perform(app.update(.key(.character("4"))), on: &app, seq: &seq)  // Easy: graduates, nothing left
        guard case .summary(let summary) = app.screen else { Issue.record("no summary"); return }
        #expect(summary.answered == 1)
        #expect(summary.againPercent == 0)
        #expect(app.update(.key(.enter)) == .quit)  // `recall review` quits after its summary
    }

    @Test func aDeckScopeTakesSubDecksOnly() {
        let card = Fixture.card("nat")
        #expect(SessionScope(deck: "AWS").includes(card))
        #expect(SessionScope(deck: "AWS::VPC").includes(card))
        #expect(!SessionScope(deck: "AWS::VP").includes(card))
        #expect(SessionScope(tag: "networking").includes(card))
        #expect(!SessionScope(tag: "storage").includes(card))
    }

    @Test func theStreakCountsDaysInARowEndingTodayOrYesterday() {
        let today = Fixture.data().day(at: Fixture.now).dayNumber
        #expect(Fixture.data(studiedDays: [today, today - 1, today - 3]).streak(at: Fixture.now) == 2)
        #expect(Fixture.data(studiedDays: [today - 1, today - 2]).streak(at: Fixture.now) == 2)
        #expect(Fixture.data(studiedDays: [today - 2]).streak(at: Fixture.now) == 0)
    }

    @Test func onlyQWorksOnTheTooSmallNotice() {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now)
        _ = app.update(.resized(width: 30, height: 8))
        #expect(app.update(.key(.enter)) == .none)
        guard case .home = app.screen else { Issue.record("left home"); return }
        #expect(app.update(.key(.character("q"))) == .quit)
    }
}
