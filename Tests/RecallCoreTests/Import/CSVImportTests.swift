import Testing
@testable import RecallCore
import RecallTestSupport

@Suite struct CSVImportTests {
    @Test func exportHasTheColumnsAndOneRowPerCard() throws {
        let deck = try RoundTripDecks.trickyDeck
        let text = CSVExport.render([deck], progress: ProgressState())
        let records = CSVReader.read(text, delimiter: UInt8(ascii: ",")).records
        #expect(records[0].fields == ["id", "deck", "type", "question", "answer", "options", "tags", "source", "state", "due",
                                      "stability", "difficulty", "reps", "lapses", "explanation", "accept"])
        #expect(records.dropFirst().map { $0[0] } == deck.cards.map(\.id))
        #expect(text.hasSuffix("\r\n"))
        let cloze2 = try #require(records.first { $0[0] == "rt-cloze/c2" })
        #expect(cloze2[4] == "S3가 관리")
        #expect(cloze2.fields[8...13] == ["new", "", "", "", "", ""])
        let reverse = try #require(records.first { $0[0] == "rt-reversible/reverse" })
        #expect(reverse[3].hasPrefix("리전 안에서") && reverse[4] == "가용 영역 (Availability Zone)")
        let choice = try #require(records.first { $0[0] == "rt-choice" })
        #expect(choice[5] == "- [ ] 인터넷 게이트웨이만\n- [x] NAT 게이트웨이 `0.0.0.0/0` 경로\n- [x] \"프록시\" 서버 | 포워드\n- [ ] VPC 피어링")
    }

    @Test func progressColumnsShowTheSchedule() throws {
        let deck = try RoundTripDecks.trickyDeck
        var state = ProgressState()
        let due = Instant(secondsSinceEpoch: 1_767_312_000)
        let schedule = CardSchedule(state: .review, step: nil, stability: 3.2602, difficulty: 4.5, due: due,
                                    lastReview: Instant(secondsSinceEpoch: 1_767_225_600), reps: 3, lapses: 1)
        state.cards["rt-basic"] = CardProgress(schedule: schedule)
        let records = CSVReader.read(CSVExport.render([deck], progress: state), delimiter: UInt8(ascii: ",")).records
        #expect(records[1].fields[8...13] == ["review", "2026-01-02T00:00:00+00:00", "3.2602", "4.5", "3", "1"])
    }

    @Test func aSpreadsheetWithJustQuestionsAndAnswers() {
        let text = "Front;Back;Tags\n\"서울 리전 코드는?\";ap-northeast-2;\"aws, region\"\n{{c1::Lambda}}는 서버리스;;\n빈 답;;\n"
        let result = DeckImport.read(bytes: Array(text.utf8), file: "sheet.csv", format: .csv, defaultDeck: "sheet")
        #expect(result.skipped.map(\.description) == ["sheet.csv:4:1: row skipped: card has no answer; write it below the heading"])
        #expect(result.decks.map(\.name) == ["sheet"])
        #expect(result.notes.map(\.kind) == [.basic, .cloze])
        #expect(result.notes.map(\.tags) == [["aws", "region"], []])
        #expect(result.notes[0].id == CardID.derived(deck: "sheet", prompt: "서울 리전 코드는?"))
    }

    @Test func optionsWithoutMarksTakeTheAnswerColumn() {
        let text = "question,options,answer\nQ?,\"A\nB\nC\",\"B\"\n"
        let note = importNotes(text, format: .csv, file: "q.csv").notes.first
        #expect(note?.kind == .choice)
        #expect(note?.options.map(\.isCorrect) == [false, true, false])
    }

    @Test func aReverseRowAloneAndSortedRowsMakeTheNote() {
        let text = """
            id,type,question,answer
            r1/reverse,reversible,the answer,the question
            c1/c2,cloze,{{c1::a}} and {{c2::b}},b
            r1,reversible,the question,the answer
            c1/c1,cloze,{{c1::a}} and {{c2::b}},a
            r2/reverse,reversible,only reverse body,only reverse prompt
            """
        let notes = importNotes(text, format: .csv, file: "r.csv").notes
        #expect(notes.map(\.id) == ["r1", "c1", "r2"])
        #expect(notes.map(\.prompt) == ["the question", "{{c1::a}} and {{c2::b}}", "only reverse prompt"])
        #expect(notes.map(\.body) == ["the answer", "", "only reverse body"])
        #expect(notes.flatMap(\.cards).count == 6)
    }

    @Test func badRowsAreSkippedWithTheirLines() {
        let text = "id,type,question,answer\nx,flashcard,q,a\nx2,basic,\"unclosed,a\n"
        let result = DeckImport.read(bytes: Array(text.utf8), file: "bad.csv", format: .csv, defaultDeck: "d")
        #expect(result.skipped.map(\.description) == [
            "bad.csv:3:1: row skipped: a quoted field in this row is never closed; end it with a quote (\")",
            "bad.csv:2:1: row skipped: unknown type 'flashcard'; use one of basic, reversible, cloze, choice, typein",
        ])
        let missing = DeckImport.read(bytes: Array("a,b\n1,2\n".utf8), file: "m.csv", format: .csv, defaultDeck: "d")
        #expect(missing.skipped.first?.description == "m.csv:1:1: the first row must name the columns, with at least 'question' (found: a, b)")
        let binary = DeckImport.read(bytes: [0x71, 0x0A, 0xFF, 0xFE], file: "b.csv", format: .csv, defaultDeck: "d")
        #expect(binary.skipped.map(\.description) == ["b.csv:2:1: file is not UTF-8 text (invalid byte here); save it as UTF-8"])
    }

    @Test func idsAreKeptDerivedOrMadeUniqueAndDuplicatesSkipped() {
        let text = "id,question,answer\n,Same?,a\n,Same?,b\nok-id,Q,c\nok-id,Q2,d\nbad id!,Q3,e\n"
        let result = DeckImport.read(bytes: Array(text.utf8), file: "i.csv", format: .csv, defaultDeck: "덱")
        let derived = CardID.derived(deck: "덱", prompt: "Same?")
        #expect(result.notes.map(\.id) == [derived, derived + "-2", "ok-id", "anki-" + DeckImport.hex(CardID.fnv1a64(Array("bad id!".utf8)))])
        #expect(result.skipped.map(\.description) == ["i.csv:5:1: row skipped: duplicate id 'ok-id', first used on line 4"])
    }

    @Test func deckSyntaxInImportedTextStaysText() {
        let lines = ["## 둘째 카드처럼", "tags:: 가짜", "- [x] 옵션처럼", "<!-- id: fake -->", "{{c1::클로즈}} `{{c2::코드}}`",
                     "```", "## 코드 안은 그대로", "```"]
        #expect(DeckText.neutralized(lines, clozes: false) == ["### 둘째 카드처럼", "tags\\:: 가짜", "- \\[x] 옵션처럼",
                                                                "\\<!-- id: fake -->", "{\\{c1::클로즈}} `{{c2::코드}}`",
                                                                "```", "## 코드 안은 그대로", "```"])
        let note = ImportedNote(line: 1, kind: .basic, prompt: "Q", body: lines)
        let result = DeckImport.assemble([note], file: "x.csv", defaultDeck: "d")
        #expect(result.skipped.isEmpty, "\(result.skipped)")
        #expect(result.notes.first?.kind == .basic)
        #expect(result.notes.first?.tags == [])
        #expect(result.cards.count == 1)
    }
}
