import Foundation
import RecallTestSupport
import Testing
@testable import RecallCore

/// Pins everything the deck parser gives (every field of every note, every diagnostic) for the
/// bundled decks and for seeded random decks full of edge cases, against dumps recorded from the
/// parser before it was rewritten for speed (issue 13), so that a faster parser parses the same.
/// Run with `RECALL_RECORD_PARSE=1` to write the dumps again: each test that records fails.
@Suite struct DeckParseFixtureTests {
    static let fixtures = PackageFolder.root.appendingPathComponent("Tests/RecallCoreTests/Fixtures/parse")

    @Test func bundledDecksParseAsRecorded() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: PackageFolder.decks.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(files.count >= 17)
        var dump = ""
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: PackageFolder.decks.appendingPathComponent(file)))
            dump += ParseDump.text(DeckParser.parse(bytes: bytes, file: file, defaultDeckName: "Bundled"))
        }
        compare(dump, fixture: "bundled-decks.txt")
    }

    @Test func randomEdgeCaseDecksParseAsRecorded() {
        var random = SeededRandom(seed: 13)
        var dump = ""
        for index in 0..<400 {
            let text = RandomDeck.text(using: &random)
            dump += "#### deck \(index)\n"
            dump += ParseDump.text(DeckParser.parse(text: text, file: "random-\(index).md", defaultDeckName: "Random"))
        }
        compare(dump, fixture: "random-decks.txt")
    }

    private func compare(_ dump: String, fixture name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = Self.fixtures.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECALL_RECORD_PARSE"] == "1" {
            try? FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
            try? dump.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.path); read it, then run again without RECALL_RECORD_PARSE", sourceLocation: sourceLocation)
            return
        }
        guard let recorded = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no recorded dump at \(url.path)", sourceLocation: sourceLocation)
            return
        }
        if recorded != dump {
            let got = dump.split(separator: "\n", omittingEmptySubsequences: false)
            let want = recorded.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            let gotLine = first < got.count ? String(got[first]) : "<end>"
            let wantLine = first < want.count ? String(want[first]) : "<end>"
            Issue.record("\(name) differs at line \(first + 1):\n  recorded: \(wantLine)\n  now:      \(gotLine)", sourceLocation: sourceLocation)
        }
    }
}

/// A parse result as stable text, one fact a line, strings escaped so that `\r` and tabs show.
enum ParseDump {
    static func text(_ result: DeckParser.Result) -> String {
        var out: [String] = []
        if let deck = result.deck {
            out.append("deck \(q(deck.name)) file=\(q(deck.file)) tags=\(deck.tags.map(q)) source=\(deck.source.map(q) ?? "nil") scheduler=\(deck.scheduler?.rawValue ?? "nil")")
            for note in deck.notes {
                out.append("note \(q(note.id)) explicit=\(note.hasExplicitID) deck=\(q(note.deck)) kind=\(note.kind.rawValue) at=\(note.location) end=\(note.endLine)")
                out.append("  prompt \(q(note.prompt))")
                out.append("  body \(q(note.body))")
                for option in note.options {
                    out.append("  option \(option.isCorrect ? "x" : " ") line=\(option.line) \(q(option.text))")
                }
                out.append("  pins=\(note.pinsOptionOrder) answer=\(note.expectedAnswer.map(q) ?? "nil") accept=\(note.alternatives.map(q))")
                out.append("  explanation=\(note.explanation.map(q) ?? "nil") tags=\(note.tags.map(q)) source=\(note.source.map(q) ?? "nil") clozes=\(note.clozeNumbers)")
                for card in note.cards {
                    // Only a cloze card's sides are more than the fields above: they go through ClozeText.
                    out.append("  card \(q(card.id))" + (note.kind == .cloze ? " front=\(q(card.front)) back=\(q(card.back))" : ""))
                }
            }
        } else {
            out.append("no deck")
        }
        for diagnostic in result.diagnostics {
            out.append("diagnostic \(q(diagnostic.description))")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func q(_ text: String) -> String { String(reflecting: text) }
}

/// Seeded random deck files built from lines that exercise every rule of the deck format, in
/// Korean and with the characters where counting by scalar, by character and by byte differ.
enum RandomDeck {
    static let lines: [String] = [
        "## 질문 {{c1::답}} 입니다", "## Q", "##", "##    ", "## 제목 ##", "## 제목 #", "##제목", "   ## 들여쓴 제목",
        "    ## 너무 들여쓴", "# 제목", "### 세 단계", "## e\u{301}tude {{c2::cafe\u{301}::힌트}}", "## 👩‍👩‍👧 가족",
        "답", "", "   ", "\t", "본문 **굵게** 와 `코드 {{c1::아님}}`", "{{c1::AES-256}} 과 {{c2::키::누가?}}",
        "{{c1::}}", "{{c0::영}}", "{{c1000::큼}}", "{{c1::닫지 않음", "{{c12::arn:aws:iam::123:role/x}}",
        "e\u{301}\u{301} {{c3::x}} {{c3::y::z::w}}", "``a`` {{c1::b}} ` {{c2::c}}", "{{c", "{{cx::y}}",
        "- [x] 맞다", "- [ ] 틀리다", "* [X] 별표", "+ [ ] 더하기", "- [x]", "- [ ]   ", "-  [x] 아님", "- [y] 아님",
        "  - [x] 들여쓴", "- [x]붙음", "type:: basic", "type:: reversed", "type:: mc", "type:: type-in", "type:: cloze",
        "type:: 이상", "Type:: choice", "answer:: 정답", "answer::", "answer::붙음", "accept:: 하나 | 둘 ||  셋 ",
        "shuffle:: no", "shuffle:: yes", "shuffle:: 아마", "tags:: a, b c", "tags:: 태그", "source:: notes.md:3",
        "explanation:: 이유", "explanation::   두번째  ", "colour:: red", "ké:: 아님", "<!-- id: card-1 -->",
        "  <!-- id: 카드 -->", "<!-- id: ok.id_2-x -->", "<!-- 주석 -->", "<!-- id: -->", "    ```", "줄 끝\r", "\r", "é\u{301}\t탭", "\u{FEFF}글자", "Answer 0: it stores **0** objects; see `arn:aws:s3:::bucket-0`.",
    ]
    /// Fence lines, rarer than the rest: an unclosed one takes in the rest of the file.
    static let fences: [String] = ["```", "```json", "~~~", "````", "``` a`b", "   ```", "~~~~ 끝", "```", "~~~"]
    static let frontMatter: [String] = [
        "deck: AWS::VPC", "tags: [a, 네트워크]", "source: \"notes.md\"", "scheduler: sm2", "scheduler: anki",
        "deck: AWS::::x", "colour: red", "nonsense", "# 주석", "", "deck: '따옴표'", "  é\u{301}: 값",
    ]

    static func text(using random: inout SeededRandom) -> String {
        var out: [String] = []
        let byteOrderMark = Int.random(in: 0..<4, using: &random) == 0
        if Int.random(in: 0..<3, using: &random) == 0 {
            out.append("---")
            for _ in 0..<Int.random(in: 0..<5, using: &random) { out.append(frontMatter.randomElement(using: &random)!) }
            if Int.random(in: 0..<6, using: &random) != 0 { out.append(["---", "...", " --- "].randomElement(using: &random)!) }
        }
        for _ in 0..<Int.random(in: 0..<40, using: &random) {
            if Int.random(in: 0..<5, using: &random) == 0 { out.append("## 카드 \(Int.random(in: 0..<9, using: &random))") }
            let pool = Int.random(in: 0..<12, using: &random) == 0 ? fences : lines
            out.append(pool.randomElement(using: &random)!)
        }
        let separator = Int.random(in: 0..<5, using: &random) == 0 ? "\r\n" : "\n"
        return (byteOrderMark ? "\u{FEFF}" : "") + out.joined(separator: separator)
    }
}
