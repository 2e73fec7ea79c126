import RecallCore
import RecallTestSupport
@testable import RecallTUI
import Testing

/// The statistics screen: `s` on the home screen asks for the chosen deck's statistics, the
/// report the executable answers with opens the screen, it scrolls within its lines, follows
/// the terminal's width, and Esc or q goes back home with the same deck chosen. Snapshots at
/// 80x24 and 40x20 in English and Korean (`Snapshots/stats-*`).
@Suite struct StatsScreenTests {
    /// The app on the fixture's home screen with `deck` chosen, at `size`.
    static func home(choosing deck: String, language: Language = .en, size: (Int, Int) = (80, 24)) throws -> StudyApp {
        var app = StudyApp(data: Fixture.data(language: language), now: Fixture.now)
        _ = app.update(.resized(width: size.0, height: size.1))
        guard case .home(let home) = app.screen else { throw Failure.notHome }
        let index = try #require(home.rows.firstIndex { $0.deck == deck })
        for _ in 0..<index { _ = app.update(.key(.down)) }
        return app
    }

    enum Failure: Error { case notHome }

    static func stats(_ app: StudyApp) -> StatsScreen? {
        if case .stats(let stats) = app.screen { return stats }
        return nil
    }

    @Test func sOnTheHomeScreenAsksForTheChosenDecksStatistics() throws {
        var app = try Self.home(choosing: "AWS::VPC")
        #expect(app.update(.key(.character("s"))) == .showStats(deck: "AWS::VPC"))
        guard case .home = app.screen else { Issue.record("the home screen waits for the report"); return }
        _ = app.update(.stats(StatsReportFixture.report))
        let stats = try #require(Self.stats(app))
        #expect(stats.deck == "AWS::VPC")
        #expect(app.view().lines[0].hasPrefix(" recall › Statistics › AWS::VPC"))
        #expect(app.view().lines[0].hasSuffix("last month"))
    }

    @Test func theAllDecksRowAsksForEveryDeck() throws {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now)
        guard case .home(let home) = app.screen else { throw Failure.notHome }
        #expect(home.selected == 0 && home.rows[0].deck == nil, "the first row is all decks")
        #expect(app.update(.key(.character("s"))) == .showStats(deck: nil))
        _ = app.update(.stats(StatsReportFixture.report))
        #expect(app.view().lines[0].hasPrefix(" recall › Statistics › All decks"))
    }

    @Test(arguments: [Key.escape, .character("q")]) func escOrQGoesBackHomeWithTheDeckStillChosen(key: Key) throws {
        var app = try Self.home(choosing: "AWS::VPC")
        _ = app.update(.key(.character("s")))
        _ = app.update(.stats(StatsReportFixture.report))
        _ = app.update(.key(.down))
        #expect(app.update(.key(key)) == .none, "going back is no quit")
        guard case .home(let home) = app.screen else { Issue.record("not home after \(key)"); return }
        #expect(home.rows[home.selected].deck == "AWS::VPC")
    }

    @Test func aFailureIsSaidOnTheHomeScreen() throws {
        var app = try Self.home(choosing: "AWS::VPC")
        _ = app.update(.key(.character("s")))
        _ = app.update(.failed(StatsMessage.couldNotShow(error: "disk full").english))
        guard case .home(let home) = app.screen else { Issue.record("not home"); return }
        #expect(home.message == "Could not read the statistics: disk full")
        #expect(app.view().lines[22].hasPrefix(" Could not read the statistics: disk full"))
    }

    @Test func scrollingStaysWithinTheLines() {
        var stats = StatsScreen(report: StatsReportFixture.report, deck: nil, language: .en, width: 80)
        let count = stats.lines.count
        let page = 22
        #expect(count == StatsText.lines(StatsReportFixture.report, width: 78, language: .en).count)
        _ = stats.update(.up, height: 24)
        #expect(stats.offset == 0)
        _ = stats.update(.character("j"), height: 24)
        _ = stats.update(.down, height: 24)
        #expect(stats.offset == 2)
        _ = stats.update(.character("k"), height: 24)
        #expect(stats.offset == 1)
        _ = stats.update(.pageDown, height: 24)
        #expect(stats.offset == 1 + page)
        _ = stats.update(.character(" "), height: 24)
        #expect(stats.offset == 1 + 2 * page)
        _ = stats.update(.pageUp, height: 24)
        #expect(stats.offset == 1 + page)
        _ = stats.update(.end, height: 24)
        #expect(stats.offset == count - page)
        _ = stats.update(.character("j"), height: 24)
        #expect(stats.offset == count - page, "no scrolling past the last line")
        #expect(stats.view(width: 80, height: 24).lines[22] == " " + stats.lines[count - 1].plainText)
        _ = stats.update(.character("g"), height: 24)
        #expect(stats.offset == 0)
        _ = stats.update(.character("G"), height: 24)
        _ = stats.update(.home, height: 24)
        #expect(stats.offset == 0)
    }

    @Test func aResizeDrawsTheChartsForTheNewWidth() throws {
        var app = try Self.home(choosing: "AWS::VPC")
        _ = app.update(.key(.character("s")))
        _ = app.update(.stats(StatsReportFixture.report))
        _ = app.update(.key(.end))
        let end = try #require(Self.stats(app)).offset
        _ = app.update(.resized(width: 40, height: 20))
        let stats = try #require(Self.stats(app))
        #expect(stats.linesWidth == 38)
        #expect(stats.lines == StatsText.lines(StatsReportFixture.report, width: 38, language: .en))
        #expect(stats.offset == end && end <= stats.lines.count - 18, "the same line stays on top")
        _ = app.update(.resized(width: 80, height: 200))
        #expect(try #require(Self.stats(app)).offset == 0, "a page that holds every line shows the first")
        expectLayoutHolds(app.view())
    }

    @Test(arguments: [Language.en, .ko], [(80, 24), (40, 20)]) func theScreenAsItsSnapshot(language: Language, size: (Int, Int)) throws {
        var app = try Self.home(choosing: "AWS::VPC", language: language, size: size)
        _ = app.update(.key(.character("s")))
        _ = app.update(.stats(StatsReportFixture.report))
        let suffix = (language == .ko ? "-ko" : "") + "-\(size.0)x\(size.1)"
        expectSnapshot(app.view(), "stats-top" + suffix)
        for _ in 0..<3 { _ = app.update(.key(.pageDown)) }
        expectSnapshot(app.view(), "stats-page4" + suffix)
    }

    @Test(arguments: [Language.en, .ko]) func theHomeScreenSaysS(language: Language) {
        var home = HomeScreen(data: Fixture.data(language: language), now: Fixture.now)
        #expect(home.view(width: 80, height: 24).lines[23].contains(language == .ko ? "s 통계" : "s stats"))
        _ = home.update(.character("?"))
        let help = home.view(width: 80, height: 24).lines.joined(separator: "\n")
        #expect(help.contains(StatsMessage.openStatistics.text(language)))
    }
}
