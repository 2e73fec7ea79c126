import Testing
@testable import RecallCore

/// Parses a rendered deck as `draft.md`, the way `recall check` would.
private func parseDeck(_ text: String) -> DeckParser.Result {
    DeckParser.parse(text: text, file: "draft.md", defaultDeckName: "draft")
}

private func card(_ prompt: String, _ answer: [String], kind: ExtractedCard.Kind = .basic,
                  context: [String] = ["맥락"], line: Int = 1) -> ExtractedCard {
    ExtractedCard(kind: kind, rule: .definition, context: context, prompt: prompt, answer: answer, file: "note.md", line: line)
}

@Suite struct DraftWriterTests {
    static let note = """
        # AWS 노트
        ## VPC
        서브넷::VPC 안의 IP 주소 범위
        가용 영역:::리전 안의 격리된 데이터 센터 묶음
        NAT 게이트웨이는 ==퍼블릭 서브넷==에 둔다.

        ### 방화벽
        - **보안 그룹**: 인스턴스 단위 방화벽
        - NACL - 서브넷 단위 방화벽
        """

    @Test func renderedDeckParsesWithExplicitIDsAndSources() throws {
        let cards = NoteExtractor.extract(text: Self.note, sourceName: "aws.md")
        let draft = DraftDeck(name: "AWS::노트", sources: ["aws.md"], cards: cards)
        let text = DraftWriter.render(draft)
        #expect(text.hasPrefix("---\ndeck: AWS::노트\nsource: aws.md\n---\n# AWS::노트\n"))
        let result = parseDeck(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)\n\(text)")
        let deck = try #require(result.deck)
        #expect(deck.name == "AWS::노트")
        #expect(deck.notes.count == draft.cards.count)
        #expect(deck.notes.allSatisfy { $0.hasExplicitID })
        #expect(deck.notes.map(\.id) == draft.cards.map(draft.id(of:)))
        #expect(deck.notes.map(\.source) == draft.cards.map { Optional($0.source) })
        let kinds = deck.notes.map(\.kind.rawValue).sorted()
        // `방화벽`'s list is its two definitions' lines: the definitions keep them (`AnswerRepeats`).
        #expect(kinds == ["basic", "basic", "basic", "cloze", "reversible"])
        let cloze = try #require(deck.notes.first { $0.kind == .cloze })
        #expect(cloze.prompt == "VPC")
        #expect(cloze.cards.first?.front == "VPC\n\nNAT 게이트웨이는 [...]에 둔다.")
    }

    @Test func textThatLooksLikeDeckSyntaxIsNeutralised() throws {
        let tricky = [
            card("{{c1::클로즈}}처럼 보이는 질문", ["## 헤딩처럼 보이는 답"]),
            card("필드", ["type:: reversible"]),
            card("옵션", ["- [x] 정답처럼 보이는 줄"]),
            card("목록", ["[x] 상자", "1. 번호", "# 샵", "<!-- id: stolen -->", "`코드` 한 짝"]),
            card("코드", ["```swift"]),
            card("클로즈 본문", ["값은 {{c2::숨김}} 아님"]),
            card("닫는 샵 #", ["답 #"]),
        ]
        let text = DraftWriter.render(DraftDeck(name: "escape", sources: [], cards: tricky))
        let result = parseDeck(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)\n\(text)")
        let notes = try #require(result.deck?.notes)
        #expect(notes.count == tricky.count, "\(text)")
        #expect(notes.allSatisfy { $0.kind == .basic }, "\(notes.map(\.kind))")
        #expect(notes.allSatisfy { $0.id.hasPrefix("escape-") })
        #expect(notes[0].prompt == "맥락 › { {c1::클로즈}}처럼 보이는 질문")
        #expect(notes[0].body == "\\## 헤딩처럼 보이는 답")
        #expect(notes[1].body == "type\\:: reversible")
        #expect(notes[2].body == "\\- [x] 정답처럼 보이는 줄")
        #expect(notes[3].body.contains("- \\[x] 상자\n- 1\\. 번호\n- # 샵\n- &lt;!-- id: stolen -->\n- \\`코드\\` 한 짝"))
        #expect(notes[4].body == "\\`\\`\\`swift")
        #expect(notes[6].prompt == "맥락 › 닫는 샵 \\#")
    }

    @Test func duplicateQuestionsBecomeOneCard() {
        let draft = DraftDeck(name: "d", sources: [], cards: [
            card("S3", ["객체 스토리지"], line: 3),
            card("S3", ["버킷 이름은 전역 고유"], line: 9),
            card("S3", ["객체 스토리지"], line: 12),
        ])
        #expect(draft.cards.count == 1)
        #expect(draft.cards[0].answer == ["객체 스토리지", "버킷 이름은 전역 고유"])
        #expect(draft.cards[0].line == 3)
    }

    @Test func emptyDraftIsAValidDeckWithoutCards() {
        let text = DraftWriter.render(DraftDeck(name: "빈 덱", sources: ["note.md"], cards: []))
        let result = parseDeck(text)
        #expect(!result.diagnostics.hasErrors)
        #expect(result.deck?.notes.isEmpty == true)
        #expect(result.deck?.name == "빈 덱")
    }
}

@Suite struct DeckMergeTests {
    static func draft(_ note: String) -> DraftDeck {
        DraftDeck(name: "net", sources: ["net.md"], cards: NoteExtractor.extract(text: note, sourceName: "net.md"))
    }

    static let first = """
        ## VPC
        - NACL: 서브넷 단위 방화벽
        - 보안 그룹: 인스턴스 단위 방화벽
        """

    @Test func mergeKeepsTheFileAndItsEditsAndAddsOnlyNewIDs() throws {
        let original = DraftWriter.render(Self.draft(Self.first))
        // The user rewords an answer and adds a card of their own.
        let edited = original.replacing("인스턴스 단위 방화벽", with: "인스턴스에 붙는 상태 저장 방화벽")
            + "\n## 내가 쓴 카드\n<!-- id: mine -->\n내 답\n"
        let existing = try #require(parseDeck(edited).deck)
        let note = Self.first.replacing("서브넷 단위 방화벽", with: "서브넷의 비상태 저장 방화벽") + "\n- 피어링: 두 VPC의 연결\n"
        let merged = DeckMerge.merge(Self.draft(note), into: edited, existing: existing)
        #expect(merged.text.hasPrefix(edited))
        // Only `[VPC] 피어링이란?` is a new question; `VPC` (the lead list) and the edited answers keep their ids.
        #expect(merged.added == 1)
        #expect(merged.kept == existing.notes.count)
        let appended = merged.text.dropFirst(edited.count)
        #expect(appended.contains("## [VPC] 피어링이란?\n"))
        #expect(!appended.contains("## [VPC] NACL"))
        #expect(!appended.contains("## [VPC] 보안 그룹"))
        let reparsed = parseDeck(merged.text)
        #expect(reparsed.diagnostics.isEmpty, "\(reparsed.diagnostics)")

        let mergedDeck = try #require(reparsed.deck)
        let again = DeckMerge.merge(Self.draft(note), into: merged.text, existing: mergedDeck)
        #expect(again.added == 0)
        #expect(again.text == merged.text)
    }

    @Test func mergeKeepsCRLFAndAFileWithoutFinalNewline() throws {
        let text = "---\r\ndeck: net\r\n---\r\n## 기존\r\n<!-- id: old -->\r\n답"
        let existing = try #require(parseDeck(text).deck)
        let merged = DeckMerge.merge(Self.draft(Self.first), into: text, existing: existing)
        #expect(merged.text.hasPrefix(text + "\r\n\r\n## "))
        #expect(!merged.text.dropFirst(text.count).contains { $0 == "\n" })
        #expect(parseDeck(merged.text).diagnostics.isEmpty)
    }
}
