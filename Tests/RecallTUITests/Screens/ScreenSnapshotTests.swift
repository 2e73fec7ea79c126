import RecallCore
@testable import RecallTUI
import Testing

/// Every screen and card type, with Korean content, at 80×24 and at a narrow 40×12, in both
/// languages of the interface (the Korean snapshots are named `NAME-ko-WxH`).
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (40, 12)]
    static let languages: [Language] = [.en, .ko]

    static func name(_ base: String, _ size: (Int, Int), _ language: Language = .en) -> String {
        "\(base)\(language == .en ? "" : "-" + language.rawValue)-\(size.0)x\(size.1)"
    }

    @Test(arguments: sizes, languages) func home(size: (Int, Int), language: Language) {
        let today = Fixture.data(language: language).day(at: Fixture.now).dayNumber
        let data = Fixture.data(studiedDays: [today - 2, today - 1], language: language)
        let home = HomeScreen(data: data, now: Fixture.now)
        expectSnapshot(home.view(width: size.0, height: size.1), Self.name("home", size, language))
        var help = home
        _ = help.update(.character("?"))
        expectSnapshot(help.view(width: size.0, height: size.1), Self.name("home-help", size, language))
    }

    @Test(arguments: sizes, languages) func basicCard(size: (Int, Int), language: Language) {
        var screen = Fixture.review("nat", data: Fixture.data(language: language))
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now + .seconds(7)), Self.name("basic-question", size, language))
        _ = screen.update(.character(" "), data: Fixture.data(language: language), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now + .seconds(12)), Self.name("basic-answer", size, language))
    }

    @Test(arguments: sizes, languages) func reversedCard(size: (Int, Int), language: Language) {
        var screen = Fixture.review("sg/reverse", data: Fixture.data(language: language))
        _ = screen.update(.enter, data: Fixture.data(language: language), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("reversed-answer", size, language))
    }

    @Test(arguments: sizes, languages) func clozeCard(size: (Int, Int), language: Language) {
        var screen = Fixture.review("cidr/c1", data: Fixture.data(language: language))
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("cloze-question", size, language))
        _ = screen.update(.character(" "), data: Fixture.data(language: language), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("cloze-answer", size, language))
    }

    @Test(arguments: sizes, languages) func choiceCard(size: (Int, Int), language: Language) {
        var screen = Fixture.review("egress", data: Fixture.data(language: language))
        _ = screen.update(screen.key(forOption: 0), data: Fixture.data(language: language), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("choice-picked", size, language))
        _ = screen.update(.enter, data: Fixture.data(language: language), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("choice-wrong", size, language))
    }

    @Test(arguments: sizes, languages) func multipleChoiceCard(size: (Int, Int), language: Language) {
        var screen = Fixture.review("stateful", data: Fixture.data(language: language))
        for option in [0, 1, 2, 1] { _ = screen.update(screen.key(forOption: option), data: Fixture.data(language: language), now: Fixture.now, width: size.0, height: size.1) }
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("multi-picked", size, language))
        _ = screen.update(.enter, data: Fixture.data(language: language), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("multi-right", size, language))
    }

    @Test(arguments: sizes, languages) func typeInCard(size: (Int, Int), language: Language) {
        var screen = Fixture.review("dx", data: Fixture.data(language: language))
        for character in "다이렉트 connect" { _ = screen.update(.character(character), data: Fixture.data(language: language), now: Fixture.now, width: size.0, height: size.1) }
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("typein-typing", size, language))
        _ = screen.update(.enter, data: Fixture.data(language: language), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("typein-wrong", size, language))
    }

    @Test(arguments: sizes, languages) func longCardScrolls(size: (Int, Int), language: Language) {
        var screen = Fixture.review("long", data: Fixture.data(language: language))
        _ = screen.update(.character(" "), data: Fixture.data(language: language), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("long-top", size, language))
        for _ in 0..<5 { _ = screen.update(.down, data: Fixture.data(language: language), now: Fixture.now, width: size.0, height: size.1) }
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("long-scrolled", size, language))
    }

    @Test(arguments: sizes, languages) func reviewHelp(size: (Int, Int), language: Language) {
        var screen = Fixture.review("nat", data: Fixture.data(language: language))
        _ = screen.update(.character("?"), data: Fixture.data(language: language), now: Fixture.now, width: size.0, height: size.1)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("review-help", size, language))
    }

    @Test(arguments: sizes, languages) func summary(size: (Int, Int), language: Language) {
        var app = StudyApp(data: Fixture.data(language: language), now: Fixture.now, session: SessionScope(deck: "AWS::VPC", newLimit: 2))
        for _ in 0..<2 {
            _ = app.update(.key(.character(" ")))
            guard case .answer(let record) = app.update(.key(.character(record2(app)))) else { Issue.record("no answer"); return }
            let entry = LogEntry(seq: app.data.progress.lastSeq(of: "") + 1, time: Fixture.now, event: .review(record))
            _ = app.update(.saved(app.data.progress.answer(record, entry: entry, schedulers: app.data.schedulers)))
        }
        _ = app.update(.tick(Fixture.now + .seconds(95)))
        _ = app.update(.key(.character("q")))
        guard case .summary(let summary) = app.screen else { Issue.record("no summary"); return }
        expectSnapshot(summary.view(width: size.0, height: size.1), Self.name("summary", size, language))
    }

    /// Again for the first card, Easy for the second: a session with one Again in two.
    private func record2(_ app: StudyApp) -> Character {
        guard case .review(let review) = app.screen else { return "3" }
        return review.stats.answered == 0 ? "1" : "4"
    }

    @Test(arguments: languages) func tooSmall(language: Language) {
        let app = StudyApp(data: Fixture.data(language: language), now: Fixture.now)
        expectSnapshot(app.view(width: 30, height: 8), Self.name("too-small", (30, 8), language))
    }
}
