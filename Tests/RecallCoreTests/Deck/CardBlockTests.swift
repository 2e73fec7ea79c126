import Foundation
import RecallCore
import RecallTestSupport
import Testing

/// A card parsed from its block alone (`DeckParser.parse(head:block:line:...)`) is the card the
/// whole file's parse gives, with the same lines and the same deck settings: the study screen
/// shows it without parsing the rest of its file.
@Suite struct CardBlockTests {
    /// Parses every card of `bytes` from its block and compares it with the whole file's.
    static func expectBlocksMatch(_ bytes: [UInt8], file: String, defaultDeckName: String,
                                  sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let whole = DeckParser.parse(bytes: bytes, file: file, defaultDeckName: defaultDeckName)
        guard let deck = whole.deck else { return }
        let cards = deck.cards
        let blocks = CardBlock.blocks(of: deck, in: bytes)
        #expect(blocks.count == cards.count, sourceLocation: sourceLocation)
        for (card, block) in zip(cards, blocks) {
            let head = String(decoding: bytes[..<block.head], as: UTF8.self)
            let text = String(decoding: bytes[block.start..<block.end], as: UTF8.self)
            let alone = DeckParser.parse(head: head, block: text, line: block.line, file: file, defaultDeckName: defaultDeckName)
            let found = alone.deck?.cards.first { $0.id == card.id }
            #expect(found == card, "\(file):\(block.line)", sourceLocation: sourceLocation)
            #expect(alone.deck?.notes.count == 1, "\(file):\(block.line)", sourceLocation: sourceLocation)
            var settings = deck
            settings.notes = alone.deck?.notes ?? []
            #expect(alone.deck == settings, "the deck's name, tags, source and scheduler", sourceLocation: sourceLocation)
        }
    }

    @Test func everyBundledCardParsesAloneAsInItsFile() throws {
        let folder = PackageFolder.decks
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        let files = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted()
        var cards = 0
        for relative in files {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(relative)))
            Self.expectBlocksMatch(bytes, file: "Decks/" + relative, defaultDeckName: DeckName.fromRelativePath(relative))
            cards += DeckParser.parse(bytes: bytes, file: relative, defaultDeckName: "d").deck?.cards.count ?? 0
        }
        #expect(cards > 600)
    }

    /// The places where a section could take something from outside itself: front matter (closed,
    /// never closed, none), a byte order mark, CRLF, `# ` titles, fences holding `## ` lines, a
    /// fence never closed, errors in other cards, no line break at the end.
    static let cases: [(name: String, text: String)] = [
        ("front matter", "---\ndeck: AWS::S3\ntags: [storage, 시험]\nsource: s3.pdf\nscheduler: sm2\n---\n# S3\n\n## 내구성은?\n11개의 9\n\n## {{c1::S3}}는 {{c2::객체}} 스토리지\n"),
        ("no front matter, BOM", "\u{FEFF}## 첫 카드\n답\n## 둘째\n<!-- id: two -->\n답 2"),
        ("BOM and front matter", "\u{FEFF}---\ndeck: B\n---\n## q\na\n"),
        ("front matter never closed", "---\ndeck: X\n## q\na\n\n## r\nb\n"),
        ("CRLF", "---\r\ndeck: C\r\n---\r\n## q\r\n<!-- id: q -->\r\na\r\n\r\n## 선택\r\n- [x] 맞음\r\n- [ ] 틀림\r\r\n"),
        ("titles and fences", "# Title\n\nprose\n\n## Code\n```\n## not a card\n# nor a title\n```\nafter\n# Next part\ntext of none\n## Last\n~~~~\n## inside\n~~~~\n"),
        ("fence never closed", "## a\nx\n## b\n```\n## c\nstill code"),
        ("errors elsewhere", "## bad choice\n- [ ] a\n- [ ] b\n\n## good\n<!-- id: g -->\nok\n\n## \n\n## {{c1::broken\n\n## after\n<!-- id: g -->\nduplicate id\n\n## 입력\nanswer:: 정답\naccept:: 답 | 해답\nexplanation:: 왜\n"),
        ("kinds", "---\ntags: [t]\n---\n## Both\ntype:: reversible\ntags:: x, y\nsource:: p. 3\nB\n\n## Pick\nshuffle:: no\n- [x] one\n- [X] two\n- [ ] three\nexplanation:: e\n\n## Type\nanswer:: 42\n\n## Unknown field\nfoo:: bar\nbody\n\n\n\n"),
    ]

    @Test(arguments: cases.indices) func sectionsThatDependOnTheirFile(_ index: Int) {
        let (name, text) = Self.cases[index]
        let bytes = Array(text.utf8)
        #expect(DeckParser.parse(bytes: bytes, file: name, defaultDeckName: "d").deck?.cards.isEmpty == false)
        Self.expectBlocksMatch(bytes, file: name, defaultDeckName: "d")
    }

    /// Files made of random sections, as `Scripts/gen-collection` writes them and worse.
    @Test func generatedDecks() {
        var random = SeededRandom(seed: 13)
        let pieces = [
            "## 질문 {n}: what does service {n} do in region 7?\n<!-- id: bench-{n} -->\nAnswer {n}: it stores **{n}** objects; see `arn:aws:s3:::bucket-{n}`.\n",
            "## {{c1::VPC}} {n} spans {{c2::a region}}\n",
            "## choice {n}\n- [x] 예\n- [ ] 아니오\n",
            "## type {n}\nanswer:: {n}\n",
            "## rev {n}\ntype:: reversible\n뒤 {n}\n",
            "## broken {n}\n- [ ] only one\n",
            "# Part {n}\n",
            "text before any card {n}\n",
            "```\n## fenced {n}\n```\n",
            "\n",
            "## crlf {n}\r\nbody\r\n",
        ]
        for file in 0..<40 {
            var text = Bool.random(using: &random) ? "---\ndeck: Gen::\(file)\nscheduler: sm2\ntags: [bench]\n---\n" : ""
            for n in 0..<Int.random(in: 1...30, using: &random) {
                text += pieces.randomElement(using: &random)!.replacingOccurrences(of: "{n}", with: "\(file)-\(n)")
            }
            if Bool.random(using: &random) { text.removeLast() }
            Self.expectBlocksMatch(Array(text.utf8), file: "gen-\(file).md", defaultDeckName: "gen")
        }
    }
}
