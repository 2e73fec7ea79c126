import Foundation
import RecallCore
@testable import RecallTUI
import Testing

/// A cram session (issue 18 point 6) driven by keys: the home screen's `c`, the title, no
/// intervals on the grade bar, answers recorded as cram answers that leave the schedule, undo.
@Suite struct CramSessionTests {
    /// nat and egress answered Easy two days ago, long one day ago: none due today, long the strongest now.
    static func data(language: Language = .en) -> StudyData {
        var state = ProgressState()
        let answers = [("nat", 2), ("egress", 2), ("long", 1)]
        for (n, (card, daysAgo)) in answers.enumerated() {
            let record = ReviewRecord(card: card, rating: .easy, durationMilliseconds: 1_000, scheduler: .fsrs, deck: "AWS::VPC", file: "Decks/vpc.md")
            state.apply(LogEntry(seq: n + 1, time: Fixture.now - .days(daysAgo), event: .review(record)), schedulers: .defaults)
        }
        return Fixture.data(progress: state, language: language)
    }

    static func cramFromHome(_ data: StudyData) -> StudyApp {
        var app = StudyApp(data: data, now: Fixture.now)
        _ = app.update(.key(.character("j")))  // AWS
        _ = app.update(.key(.character("c")))
        return app
    }

    @Test func cOnTheHomeScreenCramsTheDeckWeakestFirst() throws {
        let app = Self.cramFromHome(Self.data())
        let review = try #require(ReviewFlowTests.current(app))
        #expect(review.scope.deck == "AWS")
        #expect(review.scope.cram == CramSettings())
        #expect(review.card?.id == "egress", "egress and nat tie (two days): by id; long (one day) after them")
        #expect(review.remaining.review == 3)
        let screen = app.view(width: 80, height: 24).lines
        #expect(screen[0].contains("recall › AWS (cram)"), "\(screen[0])")
        #expect(screen[1].contains("3 left"))
        #expect(screen[1].contains("answers leave the schedule as it is"))
        let korean = Self.cramFromHome(Self.data(language: .ko)).view(width: 80, height: 24).lines
        #expect(korean[0].contains("AWS (벼락치기)"))
        #expect(korean[1].contains("답해도 일정은 그대로입니다"))
    }

    @Test func aCramAnswerIsRecordedAsCramAndTheGradeBarShowsNoIntervals() throws {
        var app = Self.cramFromHome(Self.data())
        let before = app.data.progress.cards
        _ = app.update(.key(.character("1")))  // egress is a choice card: pick the right option
        _ = app.update(.key(.character("2")))
        _ = app.update(.key(.enter))
        let review = try #require(ReviewFlowTests.current(app))
        #expect(review.previews.isEmpty)
        let bar = app.view(width: 80, height: 24).lines[22]
        #expect(bar.contains("Again") && bar.range(of: #"\d(m|h|d|mo|y)\b"#, options: .regularExpression) == nil, "\(bar)")
        let effect = app.update(.key(.character("3")))
        guard case .answer(let record) = effect else { Issue.record("no answer"); return }
        #expect(record.cram)
        var seq = 3
        ReviewFlowTests.perform(effect, on: &app, seq: &seq)
        #expect(app.data.progress.cards == before, "no schedule moved")
        #expect(app.data.answeredToday(at: Fixture.now) == 1, "but it counts as an answer")
        let next = try #require(ReviewFlowTests.current(app))
        #expect(next.card?.id == "nat")
        #expect(next.stats.answered == 1)
        #expect(next.remaining.review == 2)
        // Undo brings egress back first.
        #expect(app.update(.key(.character("u"))) == .undo)
        _ = app.update(.undone(UndoneAnswer(id: EventID(device: "", seq: 4), card: "egress", previous: before["egress"],
                                            undoID: EventID(device: "", seq: 5))))
        let undone = try #require(ReviewFlowTests.current(app))
        #expect(undone.card?.id == "egress")
        #expect(undone.stats.answered == 0)
        #expect(undone.remaining.review == 3)
        #expect(app.data.answeredToday(at: Fixture.now) == 0)
    }

    @Test func withRescheduleTheAnswersAreOrdinaryAndShowTheirIntervals() throws {
        let scope = SessionScope(deck: "AWS", cram: CramSettings(reschedule: true))
        var app = StudyApp(data: Self.data(), now: Fixture.now, session: scope)
        let review = try #require(ReviewFlowTests.current(app))
        #expect(review.card?.id == "egress")
        #expect(!review.previews.isEmpty)
        #expect(app.view(width: 80, height: 24).lines[1].contains("answers reschedule the cards"))
        _ = app.update(.key(.character("2")))
        _ = app.update(.key(.enter))
        guard case .answer(let record) = app.update(.key(.character("3"))) else { Issue.record("no answer"); return }
        #expect(!record.cram)
        #expect(app.view(width: 80, height: 24).lines[22].range(of: #"\d(m|h|d|mo|y)\b"#, options: .regularExpression) != nil)
    }

    @Test func nothingToCramStaysHomeAndSaysSo() {
        let app = Self.cramFromHome(Fixture.data())
        guard case .home(let home) = app.screen else { Issue.record("not home"); return }
        #expect(home.message == "Nothing to cram in AWS: no studied card outside today's reviews.")
    }

    /// Needs part A's `StudyConfig.exams` and `exam(forDeck:)` (issue 18): with the exam ahead,
    /// the cards are ranked by their recall at the exam. nat was answered once, an hour ago;
    /// egress twice (ten days ago and an hour ago), so it is the stronger one later on. Now both
    /// recall 1 (no whole day elapsed): egress first, by id; at an exam a month on, nat first.
    @Test func withAnExamAheadTheCardsAreRankedAtTheExam() throws {
        var state = ProgressState()
        for (n, (card, ago)) in [("egress", TimeSpan.days(10)), ("egress", .hours(1)), ("nat", .hours(1))].enumerated() {
            let record = ReviewRecord(card: card, rating: .easy, durationMilliseconds: 1_000, scheduler: .fsrs, deck: "AWS::VPC", file: "Decks/vpc.md")
            state.apply(LogEntry(seq: n + 1, time: Fixture.now - ago, event: .review(record)), schedulers: .defaults)
        }
        var data = Fixture.data(progress: state)
        let scope = SessionScope(deck: "AWS", cram: CramSettings())
        #expect(data.cramCards(scope, at: Fixture.now) == ["egress", "nat"])
        let exam = Fixture.now + .days(30)
        data.config.exams = [ExamDate(deck: "AWS", at: exam)]
        #expect(data.cramRankInstant(scope, at: Fixture.now) == exam)
        #expect(data.cramCards(scope, at: Fixture.now) == ["nat", "egress"])
        #expect(data.cramRankInstant(scope, at: exam + .hours(1)) == exam + .hours(1), "an exam past is ignored")
    }

    @Test func theLimitCapsTheSession() throws {
        var app = StudyApp(data: Self.data(), now: Fixture.now, session: SessionScope(cram: CramSettings(limit: 1)))
        let review = try #require(ReviewFlowTests.current(app))
        #expect(review.remaining.review == 1)
        #expect(review.card?.id == "egress")
        _ = app.update(.key(.character("2")))
        _ = app.update(.key(.enter))
        var seq = 3
        ReviewFlowTests.perform(app.update(.key(.character("3"))), on: &app, seq: &seq)
        guard case .summary(let summary) = app.screen else { Issue.record("no summary"); return }
        #expect(summary.answered == 1)
        #expect(summary.note == "Every card of the cram session is done.", "not a word of what is due")
    }
}

/// The quiz result's `r` (issue 18 point 7): once the attempt is saved, it leaves the quiz asking
/// for the wrong cards to be studied, and the key line says so.
@Suite struct QuizResultStudyKeyTests {
    static func submitted() throws -> QuizScreen {
        var screen = QuizScreenTests.screen(try QuizScreenTests.quiz(types: [.choice], count: 2))
        _ = screen.update(.character("S"), now: Fixture.now)
        _ = screen.update(.character("y"), now: Fixture.now + .seconds(30))  // nothing answered: both wrong
        return screen
    }

    @Test func rWorksOnlyOnceTheAttemptIsSaved() throws {
        var screen = try Self.submitted()
        #expect(!screen.view(width: 80, height: 24, now: Fixture.now).lines[23].contains("r study them"))
        #expect(screen.update(.character("r"), now: Fixture.now) == .none, "not saved yet: r does nothing")
        #expect(!screen.studyWrongRequested)
        screen.noteSaved(.saved(path: "data/quiz-history.jsonl", reviews: nil))
        #expect(screen.view(width: 80, height: 24, now: Fixture.now).lines[23].contains("r study them"))
        #expect(screen.update(.character("r"), now: Fixture.now) == .quit)
        #expect(screen.studyWrongRequested)
    }

    @Test func aFailedSaveKeepsRAway() throws {
        var screen = try Self.submitted()
        screen.noteSaved(.notSaved(reason: "disk full"))
        #expect(screen.update(.character("r"), now: Fixture.now) == .none)
        #expect(!screen.studyWrongRequested)
    }
}
