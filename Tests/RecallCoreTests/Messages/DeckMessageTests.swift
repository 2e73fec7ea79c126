import Testing
@testable import RecallCore
import RecallTestSupport

/// Deck and import diagnostics in Korean: the exact sentences a learner reads from `recall check`
/// and `recall import`, with the place and the severity word, while the English stays as it was.
@Suite struct DeckMessageTests {
    /// Every diagnostic of `result` as `recall check` prints it in `language`.
    func lines(_ diagnostics: [Diagnostic], _ language: Language) -> [String] {
        diagnostics.map { $0.text(language) }
    }

    @Test func aDuplicateIDNamesTheFirstPlaceAndSuggestsAnExplicitID() {
        let deck = parse("## Q\nA\n\n## Q\nB").deck!
        let library = DeckLibrary(decks: [deck], diagnostics: [])
        let id = deck.notes[0].id
        #expect(lines(library.diagnostics, .ko) == [
            "test.md:4:1: 오류: 카드 id '\(id)'\(KoreanParticle.subject.form(after: id)) 중복됩니다. 처음 쓴 곳: test.md:1:1 "
                + "(덱과 질문에서 만든 id입니다. 한 카드에 '<!-- id: ... -->'를 직접 쓰세요)",
        ])
        #expect(library.diagnostics[0].description.hasPrefix("test.md:4:1: duplicate card id '\(id)', first used at test.md:1:1 (derived"))
    }

    @Test func anExplicitDuplicateIDTakesTheParticleOfItsLastSound() {
        let deck = parse("## Q\n<!-- id: vpc-1 -->\nA\n\n## R\n<!-- id: vpc-1 -->\nB").deck!
        #expect(lines(DeckLibrary(decks: [deck], diagnostics: []).diagnostics, .ko)
            == ["test.md:5:1: 오류: 카드 id 'vpc-1'이 중복됩니다. 처음 쓴 곳: test.md:1:1"])
    }

    @Test func anUnknownFrontMatterKeyIsAWarning() {
        let result = parse("---\ndeck: 네트워크\ntitle: VPC\n---\n## Q\nA")
        #expect(lines(result.diagnostics, .ko)
            == ["test.md:3:1: 경고: 알 수 없는 프런트 매터 키 'title': 무시합니다(알려진 키: deck, tags, source, scheduler)"])
        #expect(lines(result.diagnostics, .en)
            == ["test.md:3:1: warning: unknown front matter key 'title' is ignored (known: deck, tags, source, scheduler)"])
    }

    @Test func anUnknownCardTypeListsTheKnownOnes() {
        #expect(lines(parse("## Q\ntype:: flashcard\nA").diagnostics, .ko)
            == ["test.md:2:8: 오류: 알 수 없는 카드 종류 'flashcard'입니다. 다음 중 하나를 쓰세요: basic, reversible, cloze, choice, typein"])
    }

    @Test func aClozeCardWithoutADeletionSaysWhatItIs() {
        #expect(lines(parse("## Q\ntype:: cloze\nA").diagnostics, .ko)
            == ["test.md:2:1: 오류: type:: cloze 카드에는 '{{c1::text}}' 같은 빈칸이 있어야 하는데, 이 카드는 기본 카드입니다"])
        #expect(lines(parse("## Q\n{{c2::}}").diagnostics, .ko)
            == ["test.md:2:1: 오류: 빈칸 c2가 비어 있습니다. '::' 뒤에 가릴 내용을 쓰세요"])
        #expect(lines(parse("## Q\n{{c0::영}}").diagnostics, .ko)
            == ["test.md:2:1: 오류: 빈칸 번호 c0은 범위를 벗어났습니다. c1부터 c999까지 쓰세요"])
    }

    @Test func mixedKindsAreNamedInKorean() {
        #expect(lines(parse("## Q\n- [x] a\n- [ ] b\nanswer:: a").diagnostics, .ko)
            == ["test.md:1:1: 오류: 카드에 객관식과 입력형 문법이 섞여 있습니다. 카드를 나누세요"])
        #expect(lines(parse("## Q\n- [ ] a\n- [ ] b").diagnostics, .ko)
            == ["test.md:2:3: 오류: 객관식 카드에 정답 보기가 없습니다. 하나를 '- [x]'로 표시하세요"])
    }

    @Test func notUTF8AndTheCP949Hint() {
        let cp949: [UInt8] = Array("## ".utf8) + [0xC7, 0xD1, 0xB1, 0xDB] + Array("\nA\n".utf8)
        let result = DeckParser.parse(bytes: cp949, file: "한글.md", defaultDeckName: "T")
        #expect(lines(result.diagnostics, .ko) == [
            "한글.md:1:4: 오류: 파일이 UTF-8 텍스트가 아닙니다(이 위치의 바이트가 잘못되었습니다). UTF-8로 저장하세요",
            "한글.md:1:1: 경고: 한국어 Windows가 저장하는 CP949(EUC-KR) 인코딩으로 보입니다. 다음처럼 변환하세요: "
                + "iconv -f cp949 -t utf-8 한글.md > 한글.md.utf8",
        ])
    }

    @Test func importErrorsSayTheRowWasSkippedAndWhy() {
        let csv = "question,answer,type\n\"a\"x,b,\nq2,a2,weird\n,,\n"
        let result = DeckImport.read(bytes: Array(csv.utf8), file: "in.csv", format: .csv, defaultDeck: "가져옴")
        #expect(lines(result.skipped, .ko) == [
            "in.csv:2:1: 오류: 행을 건너뛰었습니다: 필드의 닫는 따옴표 뒤에 텍스트가 있습니다. 따옴표로 묶은 필드 안의 따옴표는 두 번 씁니다(\"\")",
            "in.csv:3:1: 오류: 행을 건너뛰었습니다: 알 수 없는 카드 종류 'weird'입니다. 다음 중 하나를 쓰세요: basic, reversible, cloze, choice, typein",
            "in.csv:4:1: 오류: 행을 건너뛰었습니다: 질문이 비어 있습니다",
        ])
        #expect(result.skipped.map(\.description)[2] == "in.csv:4:1: row skipped: the question is empty")
    }

    @Test func anImportedRowTheParserRejectsSaysTheParsersMessage() {
        let csv = "question,options,answer\nQ,\"[ ] a\n[ ] b\",c\n"
        let result = DeckImport.read(bytes: Array(csv.utf8), file: "in.csv", format: .csv, defaultDeck: "가져옴")
        #expect(lines(result.skipped, .ko)
            == ["in.csv:2:1: 오류: 행을 건너뛰었습니다: 객관식 카드에 정답 보기가 없습니다. 하나를 '- [x]'로 표시하세요"])
        #expect(result.skipped.map(\.description)
            == ["in.csv:2:1: row skipped: multiple-choice card has no correct option; mark one '- [x]'"])
    }

    @Test func textsFromOutsideRecallAreTheSameInBothLanguages() {
        let d = Diagnostic.warning(at: SourceLocation(file: "a.md", line: 1), "x")
        #expect(d.text(.ko) == "a.md:1:1: 경고: x")
        #expect(d.text(.en) == "a.md:1:1: warning: x")
    }
}
