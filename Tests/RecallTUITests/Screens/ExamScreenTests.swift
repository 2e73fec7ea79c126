import Foundation
import RecallCore
@testable import RecallTUI
import Testing

/// The exam screen: `e` on the home screen asks for the chosen deck's readiness, the readiness
/// the executable answers with opens the screen (the lines `recall exam` prints), it scrolls,
/// and q goes back home with the same deck chosen. The home help lists `e`.
@Suite struct ExamScreenTests {
    /// A readiness of the fixture's deck, made by the core from one new and one studied card.
    static func readiness(language: Language = .en) throws -> ExamReadiness {
        let scheduler = try FSRSScheduler()
        let studied = scheduler.review(CardSchedule.new(cardID: "nat", due: Fixture.now), rating: .good,
                                       at: Instant(iso8601: "2026-11-01T09:00:00+09:00")!)
        let cards = [ReadinessCard(id: "nat", domains: ["networking"], progress: CardProgress(schedule: studied)),
                     ReadinessCard(id: "igw", domains: ["networking"], progress: nil)]
        let exam = ExamDate(deck: "AWS::VPC", at: Instant(iso8601: "2026-12-10T09:00:00+09:00")!)
        return ExamReadiness.make(deck: "AWS::VPC", cards: cards, quizzes: [],
                                  settings: ReadinessSettings(now: Fixture.now, exam: exam, scheduler: scheduler,
                                                              utcOffset: { _ in 9 * 3_600 }, plan: false))
    }

    @Test func eAsksForTheChosenDecksReadinessAndQGoesBack() throws {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now)
        _ = app.update(.resized(width: 80, height: 24))
        guard case .home(let home) = app.screen else { Issue.record("not home"); return }
        let index = try #require(home.rows.firstIndex { $0.deck == "AWS::VPC" })
        for _ in 0..<index { _ = app.update(.key(.down)) }
        #expect(app.update(.key(.character("e"))) == .showExam(deck: "AWS::VPC"))
        _ = app.update(.exam(try Self.readiness()))
        let lines = app.view().lines
        #expect(lines[0].hasPrefix(" recall  Readiness: AWS::VPC"))
        #expect(lines.contains { $0.contains("(D-19)") })
        #expect(lines.contains { $0.contains("Readiness on exam:") })
        _ = app.update(.key(.character("q")))
        guard case .home(let back) = app.screen else { Issue.record("q did not go home"); return }
        #expect(back.rows[back.selected].deck == "AWS::VPC")
    }

    @Test func koreanAtFortyColumnsStaysInsideTheScreen() throws {
        var screen = ExamScreen(readiness: try Self.readiness(), deck: "AWS::VPC", language: .ko, width: 40)
        screen.resize(width: 40, height: 12)
        let buffer = screen.view(width: 40, height: 12)
        #expect(buffer.lines.contains { $0.contains("준비도") })
        for line in buffer.lines { #expect(DisplayWidth.of(line) <= 40) }
        _ = screen.update(.character("G"), height: 12)
        #expect(screen.offset == screen.lines.count - 10)
    }

    @Test func theHomeHelpListsE() {
        #expect(HomeScreen.help(.en).contains { $0.0 == "e" && $0.1 == "exam readiness of the deck" })
        #expect(HomeScreen.help(.ko).contains { $0.0 == "e" })
    }
}
