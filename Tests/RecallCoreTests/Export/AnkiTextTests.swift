import Testing
@testable import RecallCore
import RecallTestSupport

@Suite struct AnkiTextTests {
    @Test func exportHasAnkisHeaderAndOneRowPerNote() throws {
        let deck = try RoundTripDecks.trickyDeck
        let text = AnkiTextExport.render(deck.notes)
        #expect(text.hasPrefix("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"))
        let rows = CSVReader.read(text, delimiter: 0x09, commentPrefix: UInt8(ascii: "#")).records
        #expect(rows.count == deck.notes.count)
        #expect(rows.allSatisfy { $0.fields.count == 6 })
        #expect(rows.map { $0[0] } == deck.notes.map(\.id))
        #expect(rows.map { $0[1] } == ["Basic", "Basic (and reversed card)", "Cloze", "Cloze", "Basic", "Basic", "Basic"])
        #expect(rows.allSatisfy { $0[2] == "테스트::왕복" })
        #expect(rows[0][5] == "round-trip 태그 tag-two deep::child")
    }

    @Test func fieldsOfEachKind() throws {
        let notes = try RoundTripDecks.trickyDeck.notes
        let (clozeText, clozeExtra) = AnkiTextExport.fields(notes[2])
        #expect(clozeText.hasPrefix("S3 암호화 방식<br><br>SSE-S3는 {{c1::AES-256}} 으로 암호화하고, 키는 {{c2::S3가 관리::누가?}}합니다."))
        #expect(clozeText.contains("{{c3::arn:aws:iam:&#58;123456789012:role/x}}") && clozeText.contains("{{c1::a:&#58;b::힌트}}"))
        #expect(clozeText.contains("<code>{&#123;c9::코드 안}}</code>"))
        #expect(clozeExtra == "<div class=\"recall-explanation\">Back Extra에 들어갑니다.</div><!-- source: deck-source.txt -->")
        let (choiceFront, choiceBack) = AnkiTextExport.fields(notes[4])
        #expect(choiceFront == "프라이빗 서브넷의 EC2가 인터넷에 나가려면? (2개 선택)<br><br>퍼블릭 IP는 없습니다 | 조건."
            + "<ol class=\"recall-options\" type=\"A\"><li>인터넷 게이트웨이만</li><li>NAT 게이트웨이 <code>0.0.0.0/0</code> 경로</li>"
            + "<li>\"프록시\" 서버 | 포워드</li><li>VPC 피어링</li></ol>")
        #expect(choiceBack.hasPrefix("<ol class=\"recall-correct\" type=\"A\"><li value=\"2\">NAT 게이트웨이 <code>0.0.0.0/0</code> 경로</li>"
            + "<li value=\"3\">\"프록시\" 서버 | 포워드</li></ol><hr><div class=\"recall-explanation\">"))
        let (typeinFront, typeinBack) = AnkiTextExport.fields(notes[5])
        #expect(typeinFront == "서울 리전의 리전 코드는?")
        #expect(typeinBack.hasPrefix("<div class=\"recall-answer\">ap-northeast-2</div><div class=\"recall-accept\">Also accepted: apne2 | 서울</div>본문은"))
    }

    /// What Anki's own "Notes in Plain Text" export of notes made in Anki looks like.
    static let ankiExport = """
        #separator:tab
        #html:true
        #guid column:1
        #notetype column:2
        #deck column:3
        #tags column:7
        f8$Qe!b/7K\tBasic\t일본어::단어\t"<div>What is <b>this</b>?</div>"\t<div>line 1</div><div>line&nbsp;2</div><div><br></div><ul><li>a</li></ul>\t\ttag1 한국어 a,b
        Bx9#Lm2&Pq\tCloze\t일본어::단어\t{{c1::Canberra::capital}} is in {{c2::Australia}}.<br>Second line\tfrom <i>Anki</i>\t\t
        Zz1\tBasic (and reversed card)\tDefault\tfront\tback\t\t
        Zz2\tBasic (optional reversed card)\tDefault\tq\ta\ty\t
        Zz3\tBasic (type in the answer)\tDefault\tCapital of 한국?\t<b>Seoul</b>\t\t
        Zz4\tImage Occlusion\tDefault\t{{c1::image-occlusion:rect:left=.1}}\t\t\t
        Zz5\tJapanese (recognition)\tDefault\t食べる\tたべる\t\t
        Zz6\tCloze\tDefault\t{{c1::outer {{c2::inner}}}}\t\t\t
        Zz7\tCloze\tDefault\t{{c1,2::both}}\t\t\t
        Zz8\tBasic\tDefault\t\tempty front\t\t
        Zz9\tCloze\tDefault\t<code>{{c1::only in code}}</code> text\t\t\t
        """

    @Test func readsAnkisOwnExport() throws {
        let result = DeckImport.read(bytes: Array(Self.ankiExport.utf8), file: "anki.txt", format: .anki, defaultDeck: "x")
        #expect(result.skipped.map(\.description) == [
            "anki.txt:12:1: row skipped: an Image Occlusion note has no text to study",
            "anki.txt:14:1: row skipped: clozes inside clozes are not supported; take the inner one out",
            "anki.txt:15:1: row skipped: a cloze for several cards at once ('{{c1,…') is not supported; give each its own number",
            "anki.txt:16:1: row skipped: the question is empty",
            "anki.txt:17:1: row skipped: the cloze note has no cloze outside code (recall does not read clozes in code)",
        ])
        #expect(result.warnings.map(\.description) == [
            "anki.txt:13:1: warning: notetype 'Japanese (recognition)' is not one of Anki's stock notetypes; its first field is read as the question and the others as the answer",
        ])
        #expect(result.decks.map(\.name) == ["일본어::단어", "Default"])
        let notes = result.notes
        #expect(notes.map(\.kind) == [.basic, .cloze, .reversible, .reversible, .typein, .basic])
        #expect(notes[0].id == "anki-" + DeckImport.hex(CardID.fnv1a64(Array("f8$Qe!b/7K".utf8))))
        #expect(notes[0].prompt == "What is **this**?")
        #expect(notes[0].body == "line 1\nline 2\n\n- a")
        #expect(notes[0].tags == ["tag1", "한국어", "a_b"])
        #expect(notes[1].prompt == "{{c1::Canberra::capital}} is in {{c2::Australia}}.")
        #expect(notes[1].body == "Second line")
        #expect(notes[1].explanation == "from *Anki*")
        #expect(notes[1].cards.map(\.id) == [notes[1].id + "/c1", notes[1].id + "/c2"])
        #expect(notes[2].id == "Zz1" && notes[2].cards.count == 2)
        #expect(notes[4].expectedAnswer == "Seoul" && notes[4].prompt == "Capital of 한국?")
        #expect(notes[5].prompt == "食べる" && notes[5].body == "たべる")
    }

    @Test func readsAnExportWithoutHeaderLines() {
        let text = "front one\tback <b>one</b>\tt1 t2\n\"quoted\tfront\"\t\"two\nlines\"\tt3\n{{c1::cloze}} front\textra\t\n"
        let result = importNotes(text, format: .anki)
        #expect(result.notes.map(\.prompt) == ["front one", "quoted front", "{{c1::cloze}} front"])
        #expect(result.notes.map(\.body) == ["back **one**", "two lines", ""])
        #expect(result.notes.map(\.tags) == [["t1", "t2"], ["t3"], []])
        #expect(result.notes.map(\.kind) == [.basic, .basic, .cloze])
    }

    @Test func plainTextFieldsAreEscapedNotParsed() {
        let text = "#separator:Comma\n#html:false\n\"a <b> & *star*\",\"# heading\nanswer:: text\n- [x] box\n{{c1::x}}\"\n"
        let result = importNotes(text, format: .anki)
        let note = result.notes.first
        #expect(note?.prompt == "a <b> & \\*star\\*")
        #expect(note?.kind == .basic)
        #expect(note?.body == "\\# heading\nanswer\\:: text\n\\- [x] box\n{\\{c1::x}}")
    }

    @Test func clozeSyntaxDifferencesAreKeptFaithfully() throws {
        // Anki: the hint starts at the first `::`. recall: at the last.
        let text = "#notetype:Cloze\n#html:true\n{{c1::a:&#58;b}} {{c2::x::hint::more}} {{c3::arn:aws:iam:&#58;1:role/r}} <b>{{c4::<i>it</i>}}</b>\t\n"
        let note = try #require(importNotes(text, format: .anki).notes.first)
        #expect(note.prompt == "{{c1::a::b::}} {{c2::x::hint: :more}} {{c3::arn:aws:iam::1:role/r}} **{{c4::*it*}}**")
        let matches = ClozeText.scan(note.prompt).matches
        #expect(matches.map(\.answer) == ["a::b", "x", "arn:aws:iam::1:role/r", "*it*"])
        #expect(matches.map(\.hint) == [nil, "hint: :more", nil, nil])
    }

    @Test func warnsAboutNamesAnkiWouldMerge() throws {
        let deck = try RoundTripDecks.parse("""
            ---
            deck: AWS:: VPC
            ---
            ## a
            <!-- id: w1 -->
            b
            tags:: Net
            ## c
            <!-- id: w2 -->
            d
            tags:: net
            """)
        var other = deck.notes[0]
        other.deck = "aws:: vpc"
        #expect(AnkiTextExport.warnings(deck.notes + [other]) == [
            "deck 'AWS:: VPC' has spaces around a part of its name; Anki removes them",
            "tags 'Net' and 'net' differ only in case; Anki keeps one of them",
            "decks 'AWS:: VPC' and 'aws:: vpc' differ only in case; Anki puts their cards in one deck",
        ])
    }
}
