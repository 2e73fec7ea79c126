import Foundation
import RecallTestSupport
import Testing
@testable import RecallCore

/// Parses `text` as `test.md` in deck `Test`.
func parse(_ text: String, deck: String = "Test") -> DeckParser.Result {
    DeckParser.parse(text: text, file: "test.md", defaultDeckName: deck)
}

/// The only diagnostic's `line:col: message`, for compact expectations.
func messages(_ result: DeckParser.Result) -> [String] {
    result.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity == .warning ? "warning: " : "")\($0.message)" }
}

@Suite struct FrontMatterTests {
    @Test func readsDeckTagsSourceAndScheduler() throws {
        let result = parse("""
            ---
            deck: AWS::VPC
            tags: [networking, vpc]
            source: "notes.md"
            scheduler: sm2
            ---
            ## Q
            A
            """)
        let deck = try #require(result.deck)
        #expect(result.diagnostics.isEmpty)
        #expect(deck.name == "AWS::VPC")
        #expect(deck.tags == ["networking", "vpc"])
        #expect(deck.source == "notes.md")
        #expect(deck.scheduler == .sm2)
        #expect(deck.notes[0].tags == ["networking", "vpc"])
        #expect(deck.notes[0].source == "notes.md")
        #expect(deck.notes[0].location.line == 7)
    }

    @Test func deckNameDefaultsToFileName() throws {
        let deck = try #require(parse("## Q\nA", deck: "AWS::iam").deck)
        #expect(deck.name == "AWS::iam")
    }

    @Test func unterminatedFrontMatterIsAnErrorButCardsStillParse() throws {
        let result = parse("---\ndeck: X\n## Q\nA")
        #expect(messages(result) == ["1:1: front matter is never closed; add a line '---' after its last key"])
        #expect(result.deck?.notes.count == 1)
    }

    @Test func badLinesAndValuesAreReportedWithPlaces() {
        let result = parse("---\nnonsense\nscheduler: anki\ndeck: AWS::::x\ncolour: red\n---\n## Q\nA")
        #expect(messages(result) == [
            "2:1: front matter line is not 'key: value'",
            "3:12: unknown scheduler 'anki'; use 'fsrs' or 'sm2'",
            "4:7: deck name 'AWS::::x' has an empty part; write parts like 'AWS::VPC'",
            "5:1: warning: unknown front matter key 'colour' is ignored (known: deck, tags, source, scheduler)",
        ])
    }
}

@Suite struct CardKindTests {
    @Test func basicCardKeepsFullMarkdownBody() throws {
        let result = parse("""
            # Title is not a card
            Intro text is not a card.

            ## NAT 게이트웨이의 역할은?

            프라이빗 서브넷에서 **인터넷으로 나가는** 연결.

            - 퍼블릭 서브넷에 둔다
            - `0.0.0.0/0` 경로

            ```json
            {"Effect": "Allow"}
            ```

            """)
        let note = try #require(result.deck?.notes.first)
        #expect(result.diagnostics.isEmpty)
        #expect(result.deck?.notes.count == 1)
        #expect(note.kind == .basic)
        #expect(note.prompt == "NAT 게이트웨이의 역할은?")
        #expect(note.body == "프라이빗 서브넷에서 **인터넷으로 나가는** 연결.\n\n- 퍼블릭 서브넷에 둔다\n- `0.0.0.0/0` 경로\n\n```json\n{\"Effect\": \"Allow\"}\n```")
        #expect(note.cards.map(\.front) == ["NAT 게이트웨이의 역할은?"])
        #expect(note.location.line == 4)
    }

    @Test func reversibleGivesTwoCards() throws {
        let note = try #require(parse("## AZ\ntype:: reversible\n가용 영역").deck?.notes.first)
        #expect(note.kind == .reversible)
        let cards = note.cards
        #expect(cards.map(\.id) == [note.id, note.id + "/reverse"])
        #expect(cards[1].front == "가용 영역")
        #expect(cards[1].back == "AZ")
    }

    @Test func clozeGivesOneCardPerNumber() throws {
        let note = try #require(parse("## S3 암호화\nSSE-S3는 {{c1::AES-256}}, 키는 {{c2::S3가 관리::누가?}}. {{c1::대칭키}}").deck?.notes.first)
        #expect(note.kind == .cloze)
        #expect(note.clozeNumbers == [1, 2])
        let cards = note.cards
        #expect(cards.map(\.id) == [note.id + "/c1", note.id + "/c2"])
        #expect(cards[0].front == "S3 암호화\n\nSSE-S3는 [...], 키는 S3가 관리. [...]")
        #expect(cards[0].back == "S3 암호화\n\nSSE-S3는 **AES-256**, 키는 S3가 관리. **대칭키**")
        #expect(cards[1].front == "S3 암호화\n\nSSE-S3는 AES-256, 키는 [누가?]. 대칭키")
    }

    @Test func clozeInTheHeadingAlone() throws {
        let note = try #require(parse("## {{c1::IGW}}는 VPC를 인터넷에 연결한다").deck?.notes.first)
        #expect(note.kind == .cloze)
        #expect(note.cards[0].front == "[...]는 VPC를 인터넷에 연결한다")
    }

    @Test func choiceWithOneAndSeveralCorrectOptions() throws {
        let deck = try #require(parse("""
            ## 하나를 고르세요
            상황 설명
            - [ ] 가
            - [x] 나
            * [ ] 다
            explanation:: 나가 맞다
            explanation:: 둘째 줄

            ## 두 개를 고르세요 (2개 선택)
            + [X] 가
            - [x] 나
            - [ ] 다
            """).deck)
        let one = deck.notes[0]
        #expect(one.kind == .choice)
        #expect(one.options.map(\.text) == ["가", "나", "다"])
        #expect(one.options.map(\.isCorrect) == [false, true, false])
        #expect(one.options.map(\.line) == [3, 4, 5])
        #expect(one.body == "상황 설명")
        #expect(one.explanation == "나가 맞다\n둘째 줄")
        #expect(!one.isMultipleAnswer)
        #expect(one.cards[0].front == "하나를 고르세요\n\n상황 설명")
        #expect(one.cards[0].back == "- 나")
        #expect(deck.notes[1].isMultipleAnswer)
    }

    @Test func typeInWithAlternatives() throws {
        let note = try #require(parse("## 서울 리전 코드는?\nanswer:: ap-northeast-2\naccept:: apne2 | 서울\n리전 코드는 API에서 쓰인다.").deck?.notes.first)
        #expect(note.kind == .typein)
        #expect(note.expectedAnswer == "ap-northeast-2")
        #expect(note.alternatives == ["apne2", "서울"])
        #expect(note.cards[0].back == "ap-northeast-2\n\n리전 코드는 API에서 쓰인다.")
    }

    @Test func tagsSourceAndIDLinesAreNotPartOfTheAnswer() throws {
        let note = try #require(parse("""
            ---
            tags: aws
            ---
            ## Q
            <!-- id: my-card.1 -->
            <!-- a private remark -->
            Answer
            tags:: one, #two three
            source:: notes.md:120
            """).deck?.notes.first)
        #expect(note.id == "my-card.1")
        #expect(note.hasExplicitID)
        #expect(note.body == "Answer")
        #expect(note.tags == ["aws", "one", "two", "three"])
        #expect(note.source == "notes.md:120")
    }
}

@Suite struct NotSyntaxTests {
    @Test func codeFencesHideHeadingsOptionsClozesAndFields() throws {
        let result = parse("""
            ## 정책 예시
            ```
            ## not a heading
            - [x] not an option
            {{c1::not a cloze}}
            tags:: not-a-tag
            <!-- id: not-an-id -->
            ```
            ~~~~
            ```
            ~~~~
            """)
        let note = try #require(result.deck?.notes.first)
        #expect(result.diagnostics.isEmpty)
        #expect(result.deck?.notes.count == 1)
        #expect(note.kind == .basic)
        #expect(note.tags.isEmpty)
        #expect(!note.hasExplicitID)
        #expect(note.body.contains("## not a heading"))
    }

    @Test func inlineCodeARNsAndURLsStayText() throws {
        let result = parse("""
            ## ARN 형식
            `{{c1::x}}` 와 `arn:aws:s3:::bucket`
            arn:aws:iam::123:role/x
            https://docs.aws.amazon.com/vpc/::thing
            std::vector
            """)
        let note = try #require(result.deck?.notes.first)
        #expect(result.diagnostics.isEmpty)
        #expect(note.kind == .basic)
        #expect(note.body.components(separatedBy: "\n").count == 4)
    }

    @Test func arnInsideAClozeIsKeptWhole() throws {
        let note = try #require(parse("## ARN\n{{c1::arn:aws:iam::123456789012:role/x}}").deck?.notes.first)
        #expect(note.cards[0].back.contains("**arn:aws:iam::123456789012:role/x**"))
        #expect(note.cards[0].front.contains("[...]"))
    }

    @Test func indentedTaskItemsAreListText() throws {
        let note = try #require(parse("## 목록\n- 할 일\n  - [x] 끝남\n  - [ ] 남음").deck?.notes.first)
        #expect(note.kind == .basic)
    }
}

@Suite struct DiagnosticTests {
    @Test func choiceWithoutCorrectOption() {
        let result = parse("## Q\n\n- [ ] a\n- [ ] b")
        #expect(messages(result) == ["3:3: multiple-choice card has no correct option; mark one '- [x]'"])
        #expect(result.deck?.notes.isEmpty == true)
    }

    @Test func choiceWithOneOptionAndEmptyOption() {
        #expect(messages(parse("## Q\n- [x] a")) == ["2:3: multiple-choice card needs at least two options"])
        #expect(messages(parse("## Q\n- [x] a\n- [ ] ")) == ["3:3: option is empty; write its text after the box"])
    }

    @Test func headingWithoutAnswer() {
        #expect(messages(parse("## 질문만 있는 카드")) == ["1:1: card has no answer; write it below the heading"])
        #expect(messages(parse("##\nA")) == ["1:1: card heading is empty; write the question after '## '"])
    }

    @Test func malformedClozes() {
        #expect(messages(parse("## Q\n앞 {{c1::열림")) == ["2:3: cloze '{{c1::' is never closed; end it with '}}' on the same line"])
        #expect(messages(parse("## Q\n{{c0::영}}")) == ["2:1: cloze number c0 is out of range; use c1 to c999"])
        #expect(messages(parse("## Q\n{{c2::}}")) == ["2:1: cloze c2 is empty; write the hidden text after '::'"])
        #expect(messages(parse("## 머리 {{c1::x")) == ["1:7: cloze '{{c1::' is never closed; end it with '}}' on the same line"])
    }

    @Test func mixedKindsAndContradictingType() {
        #expect(messages(parse("## Q\n- [x] a\n- [ ] b\nanswer:: a")) == ["1:1: card mixes choice and typein syntax; split it into separate cards"])
        #expect(messages(parse("## Q\ntype:: choice\nA")) == ["2:1: type:: choice needs options written '- [x]' / '- [ ]', but this card is basic"])
        #expect(messages(parse("## Q\ntype:: flashcard\nA")) == ["2:8: unknown card type 'flashcard'; use one of basic, reversible, cloze, choice, typein"])
    }

    @Test func idProblems() {
        #expect(messages(parse("## Q\n<!-- id: bad id! -->\nA")) == ["2:1: invalid card id 'bad id!'; use letters, digits, '.', '_' and '-' (at most 100)"])
        #expect(messages(parse("## Q\n<!-- id: a -->\n<!-- id: b -->\nA")) == ["3:1: card has a second id comment; keep one"])
    }

    @Test func typeInProblems() {
        #expect(messages(parse("## Q\nanswer::\nx")) == ["2:9: 'answer::' is empty; write the expected answer after it"])
        #expect(messages(parse("## Q\naccept:: b\nA")) == ["2:1: 'accept::' needs an 'answer::' line in the same card"])
        #expect(messages(parse("## Q\nanswer:: a\nanswer:: b")) == ["3:1: card has a second 'answer::' line; put alternatives in 'accept::'"])
    }

    @Test func unknownFieldIsAWarningAndKeptAsText() throws {
        let result = parse("## Q\ntag:: x")
        #expect(messages(result) == ["2:1: warning: unknown field 'tag::' is kept as text (known: type, tags, source, explanation, answer, accept, shuffle, guid; ids are written '<!-- id: x -->')"])
        #expect(result.deck?.notes.first?.body == "tag:: x")
    }

    @Test func unterminatedCodeFence() {
        let result = parse("## Q\n```swift\nlet x = 1\n## not a card")
        #expect(messages(result) == ["2:1: code fence is never closed; add a closing ```"])
        #expect(result.deck?.notes.count == 1)
    }

    @Test func everyErrorInAFileIsReported() {
        let result = parse("## A\n- [ ] x\n- [ ] y\n\n## B\n\n## C\n{{c1::x\n")
        #expect(result.diagnostics.count == 3)
        #expect(result.diagnostics.map(\.location.line) == [2, 5, 8])
    }

    @Test func columnsCountCharactersNotBytes() {
        let result = parse("## 한국어 {{c1::열림")
        #expect(result.diagnostics.first?.location.column == 8)
    }

    @Test func diagnosticDescriptionIsFileLineColumnMessage() {
        let d = Diagnostic.error(at: SourceLocation(file: "Decks/vpc.md", line: 42, column: 3), "multiple-choice card has no correct option")
        #expect(d.description == "Decks/vpc.md:42:3: multiple-choice card has no correct option")
        #expect(Diagnostic.warning(at: d.location, "x").description == "Decks/vpc.md:42:3: warning: x")
    }
}

@Suite struct HostileInputTests {
    @Test func emptyAndBlankFilesWarn() {
        #expect(messages(parse("")) == ["1:1: warning: deck file is empty; each card starts with a '## ' heading"])
        #expect(messages(parse("\n\n  \n")) == ["1:1: warning: deck file is empty; each card starts with a '## ' heading"])
        #expect(messages(parse("# Only a title")) == ["1:1: warning: deck has no cards; each card starts with a '## ' heading"])
    }

    @Test func invalidUTF8IsReportedPerLine() {
        let bytes: [UInt8] = Array("## Q\n".utf8) + [0x41, 0xFF, 0x42, 0x0A] + Array("ok\n".utf8) + [0xC3]
        let result = DeckParser.parse(bytes: bytes, file: "bad.md", defaultDeckName: "bad")
        #expect(result.deck == nil)
        #expect(result.diagnostics.map(\.description) == [
            "bad.md:2:2: file is not UTF-8 text (invalid byte here); save it as UTF-8",
            "bad.md:4:1: file is not UTF-8 text (invalid byte here); save it as UTF-8",
        ])
    }

    @Test func randomBytesNeverCrash() {
        var generator = SeededRandom(seed: 42)
        for length in [1, 7, 100, 4096, 65_536] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let result = DeckParser.parse(bytes: bytes, file: "r.md", defaultDeckName: "r")
            #expect(result.deck != nil || result.diagnostics.hasErrors)
        }
    }

    @Test func randomMarkdownishTextNeverCrashes() {
        let pieces = ["## ", "# ", "---\n", "```\n", "~~~\n", "- [x] ", "- [ ] ", "{{c1::", "}}", "::", "answer:: ",
                      "accept:: ", "type:: cloze\n", "<!-- id: a -->\n", "\n", "한글", "`", "arn:aws:s3:::b", "\r\n", "\u{FEFF}"]
        var generator = SeededRandom(seed: 7)
        for _ in 0..<500 {
            let text = (0..<40).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            _ = parse(text)
        }
    }

    @Test func crlfAndByteOrderMark() throws {
        let result = parse("\u{FEFF}---\r\ndeck: X\r\n---\r\n## Q\r\nA\r\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.deck?.name == "X")
        #expect(result.deck?.notes.first?.body == "A")
    }

    @Test func tenMegabyteFileParses() throws {
        let card = "## 질문 번호 N\n답변 본문 **굵게** `code` arn:aws:s3:::bucket\n\n"
        var text = ""
        var n = 0
        while text.utf8.count < 10_000_000 {
            text += card.replacingOccurrences(of: "N", with: String(n))
            n += 1
        }
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.deck?.notes.count == n)
    }
}
