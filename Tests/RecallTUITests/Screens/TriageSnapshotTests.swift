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

    /// Issue 19: the help was drawn over the card, whose letters showed at column 2.
    @Test(arguments: [(80, 24), (40, 12)], languages) func theHelpReplacesTheCardArea(size: (Int, Int), language: Language) {
        var screen = TriageFixture.screen(language: language)
        _ = screen.press(.character("?"))
        let view = screen.view(width: size.0, height: size.1)
        if size == (40, 12) { expectSnapshot(view, Self.name("help", size, language)) }
        var other = TriageFixture.screen(language: language)
        _ = other.press(.character("s"), .character("?"))
        let otherView = other.view(width: size.0, height: size.1)
        #expect(Array(view.lines[2..<(size.1 - 2)]) == Array(otherView.lines[2..<(size.1 - 2)]),
                "another draft under the help changes nothing of it:\n\(view.lines.joined(separator: "\n"))")
        for text in ["Network ACL", "networking", "net.md:12"] {
            #expect(!view.lines.joined().contains(text), "the card shows beside the help: \(text)")
        }
    }

    /// Issue 19: at 40 and 41 columns the key bar ended in `u u` or `u`, a label cut.
    @Test(arguments: [40, 41], languages) func theKeyBarHasOnlyWholeLabels(width: Int, language: Language) {
        var screen = TriageFixture.screen(language: language)
        let labels: [TriageMessage] = [.keep, .drop, .edit, .skip, .undo, .accept, .cancel, .nextLine]
        func check(_ what: String) {
            let view = screen.view(width: width, height: 12)
            let bar = view.lines[10].trimmingCharacters(in: .whitespaces)
            #expect(labels.contains { bar.hasSuffix(" " + $0.text(language)) }, "\(what): the bar ends in a cut label: '\(bar)'")
            expectSnapshot(view, Self.name(what, (width, 12), language))
        }
        check("keybar")
        _ = screen.press(.character("e"))
        check("keybar-question")
        _ = screen.press(.escape, .character("a"))
        check("keybar-answer")
    }

    /// Issue 19: in `g` mode there was no `>` prompt, as the other fields have.
    @Test(arguments: [(80, 24), (40, 12)], languages) func theTagsFieldHasItsPrompt(size: (Int, Int), language: Language) {
        var screen = TriageFixture.screen(language: language)
        _ = screen.press(.character("g"))
        let view = screen.view(width: size.0, height: size.1)
        expectSnapshot(view, Self.name("tags-field", size, language))
        let field = view.lines.firstIndex { $0.hasPrefix("  > ") && $0.contains("networking, vpc") }
        #expect(field != nil, "\(view.lines.joined(separator: "\n"))")
        #expect(view.cursor?.row == field, "the cursor is in the field")
    }
}
