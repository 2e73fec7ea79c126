import Testing
@testable import RecallCore
import RecallTestSupport

/// The txt and anki exports walk most text by scalar and skip work after byte pre-checks
/// (`SingleScalarText`, issue 13). Their output must be the bytes the character-by-character
/// path gives: each test renders with the shortcuts and without them and compares.
@Suite struct ExportShortcutsTests {
    /// Pieces of card text: Hangul, ASCII, markup, clozes, and what breaks a by-scalar walk
    /// (combining marks, a ZWJ emoji, a flag, CR LF, jamo, U+1FEF which equals a backtick).
    static let pieces = [
        "서울 리전", "가용 영역은", "데이터 센터", "한국어", "띄어쓰기없는아주긴한국어문장띄어쓰기없는아주긴한국어문장", "은(는)",
        "NAT", "gateway", "0.0.0.0/0", "arn:aws:iam::123456789012:role/x", "snake_case", "C#", "5 * 3", "a  b",
        "**굵게**는", "*기울임*", "`코드 | 파이프`", "~~취소~~", "[링크](https://x.io)", "<https://aws.amazon.com>",
        "&amp;", "&lt;b&gt;", "<b>태그</b>", "\\*", "{{c1::AES-256}}", "{{c2::S3가 관리::누가?}}", "{{", "}}", "::",
        "\t", "  ", "   ", "e\u{301}", "*\u{301}", " \u{301}", "👨\u{200D}👩\u{200D}👧", "🇰🇷", "❤\u{FE0F}", "\u{1FEF}코드\u{1FEF}",
        "\u{1100}\u{1161}\u{11A8}", "가\u{11A8}", "\u{A0}", "\u{AD}", "·", "…", "→", "“따옴표”", "ｆｕｌｌ", "漢字",
        "\u{7}", "\u{85}", "가\r\n나", "\r", "|", "#", "-", "1.", ">",
    ]

    static func text(_ random: inout SeededRandom, words: ClosedRange<Int> = 1...12) -> String {
        (0..<Int.random(in: words, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            .joined(separator: Bool.random(using: &random) ? " " : "")
    }

    /// A deck of random notes of every kind, bodies with lists, tables, code and quotes.
    static func randomDeck(_ random: inout SeededRandom, number: Int) throws -> Deck {
        var file = "---\ndeck: 무작위::덱 \(number)\ntags: [random]\n---\n# 덱 \(number)\n\n"
        for note in 0..<12 {
            let heading = text(&random).replacing("\n", with: " ").replacing("\r", with: " ")
            switch Int.random(in: 0..<5, using: &random) {
            case 0:
                file += "## {{c1::\(text(&random, words: 1...3))}} \(heading)\n<!-- id: r\(number)-\(note) -->\n"
                file += "\(text(&random)) {{c2::\(text(&random, words: 1...2))::힌트 \(note)}}\n"
            case 1:
                file += "## \(heading)\n<!-- id: r\(number)-\(note) -->\n\(text(&random))\n\n"
                for option in 0..<4 { file += "- [\(option == 1 ? "x" : " ")] \(text(&random, words: 1...4))\n" }
            case 2:
                file += "## \(heading)\n<!-- id: r\(number)-\(note) -->\nanswer:: \(text(&random, words: 1...3))\n"
                file += "accept:: \(text(&random, words: 1...2)) | 서울\n\(text(&random))\n"
            default:
                file += "## \(heading)\n<!-- id: r\(number)-\(note) -->\n"
                for _ in 0..<Int.random(in: 1...3, using: &random) { file += text(&random, words: 1...30) + "\n" }
                switch Int.random(in: 0..<5, using: &random) {
                case 0: file += "\n- \(text(&random))\n- \(text(&random))\n  - \(text(&random))\n1. \(text(&random))\n"
                case 1: file += "\n| \(text(&random, words: 1...3)) | 값 |\n| --- | :---: |\n| \(text(&random)) | `x` |\n"
                case 2: file += "\n```sh\n\(text(&random, words: 1...40))\n\tdone {{c1::no}}\n```\n"
                case 3: file += "> \(text(&random))\n"
                default: file += "\n---\n"
                }
            }
            if Bool.random(using: &random) { file += "explanation:: \(text(&random, words: 1...20))\n" }
        }
        // A note the random text makes invalid is left out, as `recall export` leaves it out.
        return try #require(DeckParser.parse(text: file, file: "random-\(number).md", defaultDeckName: "random").deck)
    }

    static func withoutShortcuts<T>(_ body: () throws -> T) rethrows -> T {
        try SingleScalarText.$shortcuts.withValue(false, operation: body)
    }

    @Test func studySheetAndAnkiExportOfTheBundledDecksAreTheSameBytes() throws {
        let decks = try RoundTripDecks.bundled + [RoundTripDecks.trickyDeck, StudySheetTests.longWords()]
        let notes = decks.flatMap(\.notes)
        for answers in StudySheet.AnswerPlacement.allCases {
            let sheet = StudySheet.render(decks, answers: answers)
            #expect(sheet.count > 100_000)
            #expect(Array(sheet.utf8) == Array(Self.withoutShortcuts { StudySheet.render(decks, answers: answers) }.utf8))
        }
        #expect(Array(AnkiTextExport.render(notes).utf8) == Array(Self.withoutShortcuts { AnkiTextExport.render(notes) }.utf8))
    }

    @Test(arguments: 0..<8) func studySheetAndAnkiExportOfRandomDecksAreTheSameBytes(seed: UInt64) throws {
        var random = SeededRandom(seed: 1300 + seed)
        let decks = try (0..<3).map { try Self.randomDeck(&random, number: Int(seed) * 3 + $0) }
        #expect(decks.map(\.notes.count).reduce(0, +) >= 18, "\(decks.map(\.notes.count))")
        #expect(Set(decks.flatMap(\.notes).map(\.kind)).count == 4, "basic, cloze, choice and type-in notes")
        let width = Int.random(in: 16...100, using: &random)
        for answers in StudySheet.AnswerPlacement.allCases {
            let sheet = StudySheet.render(decks, width: width, answers: answers)
            let reference = Self.withoutShortcuts { StudySheet.render(decks, width: width, answers: answers) }
            #expect(Array(sheet.utf8) == Array(reference.utf8), "seed \(seed) width \(width) \(answers)")
        }
        let notes = decks.flatMap(\.notes)
        #expect(Array(AnkiTextExport.render(notes).utf8) == Array(Self.withoutShortcuts { AnkiTextExport.render(notes) }.utf8))
    }

    @Test func wrappingParsingAndEscapingRandomTextGiveTheSameResults() {
        var random = SeededRandom(seed: 13)
        for _ in 0..<3000 {
            let line = Self.text(&random, words: 0...25)
            let width = Int.random(in: 1...60, using: &random)
            let first = String(repeating: Bool.random(using: &random) ? " " : "가", count: Int.random(in: 0...6, using: &random))
            let prefix = String(repeating: " ", count: Int.random(in: 0...8, using: &random))
            #expect(DisplayWrap.words(line, width: width, firstPrefix: first, prefix: prefix)
                    == Self.withoutShortcuts { DisplayWrap.words(line, width: width, firstPrefix: first, prefix: prefix) },
                    "\(line.debugDescription) \(width)")
            #expect(DisplayWrap.characters(line, width: width, firstPrefix: first, prefix: prefix)
                    == Self.withoutShortcuts { DisplayWrap.characters(line, width: width, firstPrefix: first, prefix: prefix) })
            #expect(MarkdownInline.parse(line) == Self.withoutShortcuts { MarkdownInline.parse(line) }, "\(line.debugDescription)")
            let escaped = MarkdownToHTML.escapeText(line)
            #expect(Array(escaped.utf8) == Array(Self.withoutShortcuts { MarkdownToHTML.escapeText(line) }.utf8), "\(line.debugDescription)")
        }
    }
}
