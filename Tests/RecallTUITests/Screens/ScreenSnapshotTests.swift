import RecallCore
@testable import RecallTUI
import Testing

/// Every screen and card type, with Korean content, at 80×24 and at a narrow 40×12.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (40, 12)]

    static func name(_ base: String, _ size: (Int, Int)) -> String { "\(base)-\(size.0)x\(size.1)" }

    @Test(arguments: sizes) func home(size: (Int, Int)) {
        let today = Fixture.data().day(at: Fixture.now).dayNumber
        let data = Fixture.data(studiedDays: [today - 2, today - 1])
        let home = HomeScreen(data: data, now: Fixture.now)
        expectSnapshot(home.view(width: size.0, height: size.1), Self.name("home", size))
        var help = home
        _ = help.update(.character("?"))
        expectSnapshot(help.view(width: size.0, height: size.1), Self.name("home-help", size))
    }

    @Test(arguments: sizes) func basicCard(size: (Int, Int)) {
        var screen = Fixture.review("nat")
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now + .seconds(7)), Self.name("basic-question", size))
        _ = screen.update(.character(" "), data: Fixture.data(), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now + .seconds(12)), Self.name("basic-answer", size))
    }

    @Test(arguments: sizes) func reversedCard(size: (Int, Int)) {
        var screen = Fixture.review("sg/reverse")
        _ = screen.update(.enter, data: Fixture.data(), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("reversed-answer", size))
    }

    @Test(arguments: sizes) func clozeCard(size: (Int, Int)) {
        var screen = Fixture.review("cidr/c1")
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("cloze-question", size))
        _ = screen.update(.character(" "), data: Fixture.data(), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("cloze-answer", size))
    }

    @Test(arguments: sizes) func choiceCard(size: (Int, Int)) {
        var screen = Fixture.review("egress")
        _ = screen.update(screen.key(forOption: 0), data: Fixture.data(), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("choice-picked", size))
        _ = screen.update(.enter, data: Fixture.data(), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("choice-wrong", size))
    }

    @Test(arguments: sizes) func multipleChoiceCard(size: (Int, Int)) {
        var screen = Fixture.review("stateful")
        for option in [0, 1, 2, 1] { _ = screen.update(screen.key(forOption: option), data: Fixture.data(), now: Fixture.now, width: size.0, height: size.1) }
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("multi-picked", size))
        _ = screen.update(.enter, data: Fixture.data(), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("multi-right", size))
    }

    @Test(arguments: sizes) func typeInCard(size: (Int, Int)) {
        var screen = Fixture.review("dx")
        for character in "다이렉트 connect" { _ = screen.update(.character(character), data: Fixture.data(), now: Fixture.now, width: size.0, height: size.1) }
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("typein-typing", size))
        _ = screen.update(.enter, data: Fixture.data(), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("typein-wrong", size))
    }

    @Test(arguments: sizes) func longCardScrolls(size: (Int, Int)) {
        var screen = Fixture.review("long")
        _ = screen.update(.character(" "), data: Fixture.data(), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("long-top", size))
        for _ in 0..<5 { _ = screen.update(.down, data: Fixture.data(), now: Fixture.now, width: size.0, height: size.1) }
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("long-scrolled", size))
    }

    @Test(arguments: sizes) func reviewHelp(size: (Int, Int)) {
        var screen = Fixture.review("nat")
        _ = screen.update(.character("?"), data: Fixture.data(), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("review-help", size))
    }

    @Test(arguments: sizes) func summary(size: (Int, Int)) {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now, session: SessionScope(deck: "AWS::VPC", newLimit: 2))
        for _ in 0..<2 {
            _ = app.update(.key(.character(" ")))
            guard case .answer(let record) = app.update(.key(.character(record2(app)))) else { Issue.record("no answer"); return }
            let entry = LogEntry(seq: app.data.progress.lastSeq(of: "") + 1, time: Fixture.now, event: .review(record))
            _ = app.update(.saved(app.data.progress.answer(record, entry: entry, schedulers: app.data.schedulers)))
        }
        _ = app.update(.tick(Fixture.now + .seconds(95)))
        _ = app.update(.key(.character("q")))
        guard case .summary(let summary) = app.screen else { Issue.record("no summary"); return }
        expectSnapshot(summary.view(width: size.0, height: size.1), Self.name("summary", size))
    }

    /// Again for the first card, Easy for the second: a session with one Again in two.
    private func record2(_ app: StudyApp) -> Character {
        guard case .review(let review) = app.screen else { return "3" }
        return review.stats.answered == 0 ? "1" : "4"
    }

    @Test func tooSmall() {
        let app = StudyApp(data: Fixture.data(), now: Fixture.now)
        expectSnapshot(app.view(width: 30, height: 8), "too-small-30x8")
    }
}
