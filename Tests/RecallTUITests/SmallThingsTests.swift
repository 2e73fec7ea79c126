import RecallCore
@testable import RecallTUI
import Testing

/// The small things a new user trips on (issue 12 point 9): the too-small notice, the summary
/// of `recall review`, an empty deck folder, and what the home screen's help names.
@Suite struct SmallThingsTests {
    @Test(arguments: [(30, 8), (39, 12), (16, 5)]) func tooSmallIsACentredBlock(size: (Int, Int)) {
        let buffer = ScreenBuffer.tooSmall(width: size.0, height: size.1)
        let lines = buffer.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines.joined(separator: " ").contains("oo small"), "\(lines)")
        #expect(lines.contains("\(size.0)x\(size.1), needs 40x10") || size.0 < 20)
        #expect(lines.joined(separator: " ").hasSuffix("q quits"), "the way out is always there: \(lines)")
        for line in buffer.lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let text = line.trimmingCharacters(in: .whitespaces)
            let left = line.prefix { $0 == " " }.count
            let right = size.0 - left - DisplayWidth.of(text)
            #expect(abs(left - right) <= 1, "centred: '\(line)'")
        }
        expectSnapshot(buffer, "too-small-\(size.0)x\(size.1)")
    }

    static func summary(session: SessionScope?, language: Language = .en) -> SummaryScreen? {
        var app = StudyApp(data: Fixture.data(language: language), now: Fixture.now, session: session)
        if session == nil { _ = app.update(.key(.enter)) }
        _ = app.update(.key(.character(" ")))
        guard case .answer(let record) = app.update(.key(.character("3"))) else { return nil }
        let entry = LogEntry(seq: 1, time: Fixture.now, event: .review(record))
        _ = app.update(.saved(app.data.progress.answer(record, entry: entry, schedulers: app.data.schedulers)))
        _ = app.update(.key(.character("q")))
        guard case .summary(let summary) = app.screen else { return nil }
        return summary
    }

    @Test func reviewsSummaryDoesNotSpeakOfAHomeScreen() throws {
        let review = try #require(Self.summary(session: SessionScope(deck: "AWS::VPC")))
        let text = review.view(width: 80, height: 24).lines.joined(separator: "\n")
        #expect(!text.contains("home screen"), "recall review quits after the summary: \(text)")
        #expect(text.contains("run 'recall review' again to go on"))
        #expect(text.contains("Enter or q: quit"))
        let fromHome = try #require(Self.summary(session: nil))
        let homeText = fromHome.view(width: 80, height: 24).lines.joined(separator: "\n")
        #expect(homeText.contains("home screen") && homeText.contains("Enter or q: back"))
    }

    @Test(arguments: ScreenSnapshotTests.sizes) func anEmptyDeckFolderSaysWhereToStart(size: (Int, Int)) {
        let data = StudyData(library: DeckLibrary(decks: [], diagnostics: []), progress: ProgressState(),
                             config: StudyConfig(), schedulers: .defaults, timeZone: Fixture.timeZone, studiedDays: [])
        let home = HomeScreen(data: data, now: Fixture.now)
        let text = home.view(width: size.0, height: size.1).lines.joined(separator: " ")
        #expect(text.contains("docs/deck-format.md"))
        #expect(text.contains("recall extract"))
        expectSnapshot(home.view(width: size.0, height: size.1), "home-empty-\(size.0)x\(size.1)")
    }

    @Test func homeHelpNamesTheOtherCommands() {
        var home = HomeScreen(data: Fixture.data(), now: Fixture.now)
        _ = home.update(.character("?"))
        let text = home.view(width: 80, height: 24).lines.joined(separator: "\n")
        for command in ["recall quiz", "recall export", "recall extract"] {
            #expect(text.contains(command), "\(command) in the help:\n\(text)")
        }
    }
}
