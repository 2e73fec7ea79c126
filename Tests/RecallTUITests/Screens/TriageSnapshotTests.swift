import RecallCore
@testable import RecallTUI
import Testing

/// The triage screen in both languages, at 80×24 and the narrow 30×8: a draft, the question
/// field with Hangul typed, the answer being edited, the help, and the summary.
@Suite struct TriageSnapshotTests {
    static let sizes = [(80, 24), (30, 8)]
    static let languages: [Language] = [.en, .ko]

    static func name(_ base: String, _ size: (Int, Int), _ language: Language) -> String {
        "triage-\(base)\(language == .en ? "" : "-" + language.rawValue)-\(size.0)x\(size.1)"
    }

    @Test(arguments: sizes, languages) func draft(size: (Int, Int), language: Language) {
        var screen = TriageFixture.screen(language: language, earlierKept: 34)
        expectSnapshot(screen.view(width: size.0, height: size.1), Self.name("draft", size, language))
        _ = screen.press(.character("e"))
        screen.type(" 규칙")
        let typing = screen.view(width: size.0, height: size.1)
        expectSnapshot(typing, Self.name("question-field", size, language))
        #expect(typing.cursor != nil, "the terminal's cursor is in the field, where Hangul composes")
        _ = screen.press(.escape, .character("a"), .down)
        expectSnapshot(screen.view(width: size.0, height: size.1), Self.name("answer-field", size, language))
    }

    @Test(arguments: sizes, languages) func helpAndSummary(size: (Int, Int), language: Language) {
        var screen = TriageFixture.screen(language: language)
        _ = screen.press(.character("?"))
        expectSnapshot(screen.view(width: size.0, height: size.1), Self.name("help", size, language))
        _ = screen.press(.escape, .character("k"), .character("d"), .character("s"))
        expectSnapshot(screen.view(width: size.0, height: size.1), Self.name("summary", size, language))
    }

    @Test(arguments: [(30, 8), (40, 12), (80, 24)], languages) func aClozeAndAnEditedDraftFit(size: (Int, Int), language: Language) {
        var screen = TriageFixture.screen(language: language)
        _ = screen.press(.character("t"), .character("s"), .character("s"))
        expectLayoutHolds(screen.view(width: size.0, height: size.1))
        _ = screen.press(.character("u"), .character("u"))
        let view = screen.view(width: size.0, height: size.1)
        expectLayoutHolds(view)
        let mark = TriageMessage.editedMark.text(language)
        let shown = view.lines.joined().contains(mark)
        #expect(shown)
    }
}
