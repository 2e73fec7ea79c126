import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

/// An Anki collection (as the package reader gives it) turned into recall's notes and review
/// events: note types by their shape, recall's own exports back exactly, what has no recall kind
/// reported by note id, and the revlog as answers.
@Suite struct AnkiPackageImportTests {
    static let basic = AnkiNotetype(id: 1, name: "Basic", kind: .standard, fields: ["Front", "Back"],
                                    templates: [.init(name: "Card 1", front: "{{Front}}", back: "{{FrontSide}}<hr id=answer>{{Back}}")])
    static let reversed = AnkiNotetype(id: 2, name: "Basic (and reversed card)", kind: .standard, fields: ["Front", "Back"],
                                       templates: [.init(name: "Card 1", front: "{{Front}}", back: "{{FrontSide}}<hr id=answer>{{Back}}"),
                                                   .init(name: "Card 2", front: "{{Back}}", back: "{{FrontSide}}<hr id=answer>{{Front}}")])
    static let optional = AnkiNotetype(id: 3, name: "Basic (optional reversed card)", kind: .standard, fields: ["Front", "Back", "Add Reverse"],
                                       templates: [.init(name: "Card 1", front: "{{Front}}", back: "{{FrontSide}}<hr id=answer>{{Back}}"),
                                                   .init(name: "Card 2", front: "{{#Add Reverse}}{{Back}}{{/Add Reverse}}",
                                                         back: "{{FrontSide}}<hr id=answer>{{Front}}")])
    static let typein = AnkiNotetype(id: 4, name: "Basic (type in the answer)", kind: .standard, fields: ["Front", "Back"],
                                     templates: [.init(name: "Card 1", front: "{{Front}}\n\n{{type:Back}}",
                                                       back: "{{Front}}<hr id=answer>{{type:Back}}")])
    static let cloze = AnkiNotetype(id: 5, name: "Cloze", kind: .cloze, fields: ["Text", "Back Extra"],
                                    templates: [.init(name: "Cloze", front: "{{cloze:Text}}", back: "{{cloze:Text}}<br>\n{{Back Extra}}")])
    static let occlusion = AnkiNotetype(id: 6, name: "Image Occlusion", kind: .cloze, fields: ["Occlusion", "Image", "Header", "Back Extra", "Comments"],
                                        templates: [.init(name: "Image Occlusion", front: "<div id=\"image-occlusion-container\">{{Image}}</div>{{cloze:Occlusion}}",
                                                          back: "{{cloze:Occlusion}}")])
    static let threeCards = AnkiNotetype(id: 7, name: "세 장 카드", kind: .standard, fields: ["용어", "정의", "예"],
                                         templates: [.init(name: "1", front: "{{용어}}", back: "{{정의}}"), .init(name: "2", front: "{{정의}}", back: "{{용어}}"),
                                                     .init(name: "3", front: "{{예}}", back: "{{용어}}")])
    /// Asks the second field: its cards would not be recall's forward cards.
    static let backwards = AnkiNotetype(id: 8, name: "거꾸로", kind: .standard, fields: ["Front", "Back"],
                                        templates: [.init(name: "1", front: "{{Back}}", back: "{{Front}}")])

    static func collection(_ notes: [(AnkiNotetype, [String], cards: [Int])]) -> AnkiCollection {
        var collection = AnkiCollection(created: 1_700_000_000, notetypes: [basic, reversed, optional, typein, cloze, occlusion, threeCards, backwards],
                                        decks: [AnkiDeck(id: 1, name: "Default"), AnkiDeck(id: 10, name: "AWS::VPC"), AnkiDeck(id: 11, name: "AWS")])
        for (index, (notetype, fields, ordinals)) in notes.enumerated() {
            let id = Int64(1_000 + index)
            collection.notes.append(AnkiNote(id: id, guid: "g\(index)#한", notetypeID: notetype.id, modified: 0, tags: ["aws", "시험"], fields: fields))
            for ordinal in ordinals {
                collection.cards.append(AnkiCard(id: id * 10 + Int64(ordinal), noteID: id, deckID: index % 2 == 0 ? 10 : 11, ordinal: ordinal,
                                                 modified: 1_700_000_100, due: 0))
            }
        }
        return collection
    }

    @Test func noteTypesByTheirShape() throws {
        let collection = Self.collection([
            (Self.basic, ["VPC란?", "가상 사설 <b>네트워크</b>"], [0]),
            (Self.reversed, ["서브넷", "VPC 안의 IP 주소 범위"], [0, 1]),
            (Self.optional, ["S3", "객체 스토리지", "y"], [0, 1]),
            (Self.optional, ["S3 Glacier", "보관용 스토리지", ""], [0]),
            (Self.typein, ["IAM의 약자는?", "Identity and Access Management"], [0]),
            (Self.cloze, ["{{c1::NAT 게이트웨이}}는 {{c2::프라이빗 서브넷}}에 인터넷을 준다", "퍼블릭 서브넷에 둔다"], [0, 1]),
        ])
        let imported = AnkiPackageImport.notes(collection, file: "aws.apkg")
        #expect(imported.skipped.isEmpty)
        let notes = try (0..<6).map { try #require(imported.recallNotes[1_000 + Int64($0)]) }
        #expect(Set(notes.map(\.id)) == Set(imported.result.notes.map(\.id)))
        #expect(notes.map(\.kind) == [.basic, .reversible, .reversible, .basic, .typein, .cloze])
        #expect(notes.map(\.prompt) == ["VPC란?", "서브넷", "S3", "S3 Glacier", "IAM의 약자는?",
                                        "{{c1::NAT 게이트웨이}}는 {{c2::프라이빗 서브넷}}에 인터넷을 준다"])
        #expect(notes[0].body == "가상 사설 **네트워크**")
        #expect(notes[4].expectedAnswer == "Identity and Access Management")
        #expect(notes[5].explanation == "퍼블릭 서브넷에 둔다")
        #expect(notes.allSatisfy { $0.tags == ["aws", "시험"] && $0.guid?.hasSuffix("#한") == true })
        #expect(imported.result.decks.map(\.name) == ["AWS::VPC", "AWS"])
        #expect(imported.result.cards.count == 9)
        #expect(imported.result.decks.first?.notes.map(\.prompt) == ["VPC란?", "S3", "IAM의 약자는?"])
    }

    @Test func noteTypesRecallLacksAreReportedByNoteID() {
        let collection = Self.collection([
            (Self.occlusion, ["{{c1::image-occlusion:rect:left=.1:top=.2}}", "<img src=\"vpc.png\">", "", "", ""], [0]),
            (Self.threeCards, ["보안 그룹", "상태 저장 방화벽", "sg-123"], [0, 1, 2]),
            (Self.backwards, ["앞", "뒤"], [0]),
            (Self.basic, ["", "질문이 빈 노트"], [0]),
            (Self.basic, ["NACL이란?", "상태 비저장 방화벽"], [0, 1]),
        ])
        let imported = AnkiPackageImport.notes(collection, file: "aws.apkg")
        #expect(imported.result.notes.map(\.prompt) == ["NACL이란?"])
        let english = imported.skipped.map(\.english)
        #expect(english.count == 5)
        #expect(english[0].hasPrefix("note 1000: note type \"Image Occlusion\""))
        #expect(english[1].hasPrefix("note 1001: note type \"세 장 카드\""))
        #expect(english[2].hasPrefix("note 1002: note type \"거꾸로\""))
        #expect(english[3].hasPrefix("note 1003: skipped: "))
        #expect(english[4] == PackageImportMessage.cardWithoutRecallCard(note: 1004, ordinal: 1).english)
        #expect(imported.skipped[1].korean.contains("세 장 카드"))
    }

    @Test func notesRecallExportedComeBackAsTheTextImportBringsThem() throws {
        for deck in try [RoundTripDecks.trickyDeck] + RoundTripDecks.bundled {
            var collection = AnkiCollection(created: 1_700_000_000, notetypes: [Self.basic, Self.reversed, Self.cloze],
                                            decks: [AnkiDeck(id: 10, name: deck.name)])
            for (index, note) in deck.notes.enumerated() {
                let (front, back) = AnkiTextExport.fields(note)
                let notetype = switch note.kind { case .reversible: Self.reversed.id; case .cloze: Self.cloze.id; default: Self.basic.id }
                collection.notes.append(AnkiNote(id: Int64(index + 1), guid: note.ankiGUID, notetypeID: notetype, modified: 0,
                                                 tags: note.tags, fields: [front, back]))
                for card in note.cards {
                    collection.cards.append(AnkiCard(id: Int64(index + 1) * 100 + Int64(card.variant.ankiOrdinal), noteID: Int64(index + 1),
                                                     deckID: 10, ordinal: card.variant.ankiOrdinal, modified: 0, due: 0))
                }
            }
            let imported = AnkiPackageImport.notes(collection, file: "\(deck.name).apkg")
            let text = importNotes(AnkiTextExport.render(deck.notes), format: .anki)
            #expect(imported.skipped.isEmpty, "\(deck.name): \(imported.skipped.map(\.english))")
            #expect(imported.result.notes.map { NoteContent($0) } == text.notes.map { NoteContent($0) }, "\(deck.name)")
            #expect(imported.result.cards.map(\.id) == deck.cards.map(\.id), "\(deck.name)")
        }
    }

    func importNotes(_ text: String, format: ImportFormat) -> ImportResult {
        DeckImport.read(bytes: Array(text.utf8), file: "anki.txt", format: format, defaultDeck: "Imported")
    }

    @Test func theRevlogAsAnswers() throws {
        var collection = Self.collection([
            (Self.reversed, ["서브넷", "VPC 안의 IP 주소 범위"], [0, 1]),
            (Self.threeCards, ["보안 그룹", "상태 저장 방화벽", "sg-123"], [0, 1, 2]),
        ])
        collection.cards[1].queue = .suspended
        let start: Int64 = 1_700_000_000_000
        collection.revlog = [
            AnkiRevlogEntry(id: start, cardID: 10_000, ease: 3, interval: -600, lastInterval: 0, factor: 2500, time: 4_200, kind: .learning),
            AnkiRevlogEntry(id: start + 1, cardID: 10_001, ease: 1, interval: -60, lastInterval: 0, factor: 2500, time: 9_000, kind: .learning),
            AnkiRevlogEntry(id: start + 86_400_000, cardID: 10_000, ease: 4, interval: 4, lastInterval: -600, factor: 2650, time: 2_000, kind: .review),
            AnkiRevlogEntry(id: start + 86_400_001, cardID: 10_000, ease: 0, interval: 0, lastInterval: 4, factor: 0, time: 0, kind: .manual),
            AnkiRevlogEntry(id: start + 86_400_002, cardID: 10_001, ease: 2, interval: 1, lastInterval: -60, factor: 0, time: 3_000, kind: .filtered),
            AnkiRevlogEntry(id: start + 86_400_003, cardID: 10_010, ease: 3, interval: 1, lastInterval: 0, factor: 2500, time: 1_000, kind: .learning),
        ]
        let notes = AnkiPackageImport.notes(collection, file: "aws.apkg")
        let progress = AnkiPackageImport.progress(collection, notes: notes) { deck in (.sm2, "Decks/\(deck).md") }
        let id = try #require(notes.recallNotes[1_000]?.id)
        #expect(progress.reviews == 4 && progress.manualRows == 1 && progress.rowsOfSkippedCards == 1)
        let reviews = progress.events.compactMap { if case .review(let record) = $0.event { return ($0.time, record) } else { return nil } }
        #expect(reviews.map(\.1.card) == [id, id + "/reverse", id, id + "/reverse"])
        #expect(reviews.map(\.1.rating) == [.good, .again, .easy, .hard])
        #expect(reviews.map(\.1.durationMilliseconds) == [4_200, 9_000, 2_000, 3_000])
        #expect(reviews.map(\.1.ankiRevlog) == [start, start + 1, start + 86_400_000, start + 86_400_002])
        #expect(reviews.map(\.0) == [start, start + 1, start + 86_400_000, start + 86_400_002].map { Instant(microsecondsSinceEpoch: $0 * 1000) })
        #expect(reviews.map(\.1.cram) == [false, false, false, true])
        #expect(reviews.allSatisfy { $0.1.scheduler == .sm2 && $0.1.deck == "AWS::VPC" && $0.1.file == "Decks/AWS::VPC.md" })
        // The suspended card is suspended after its last answer.
        let last = try #require(progress.events.last)
        #expect(last.event == .suspend(card: id + "/reverse"))
        #expect(last.time > Instant(microsecondsSinceEpoch: (start + 86_400_002) * 1000))
    }

    @Test func eventsAlreadyInTheLogAreNotAddedAgain() {
        let record = ReviewRecord(card: "vpc-1", rating: .good, scheduler: .fsrs, deck: "AWS", file: "AWS.md", ankiRevlog: 1_700_000_000_123)
        let time = Instant(microsecondsSinceEpoch: 1_700_000_000_123_000)
        let events = [
            AnkiPackageImport.TimedEvent(time: time, event: .review(record)),
            // recall's own answer, exported and come back: no revlog mark in the log, the same card and millisecond.
            AnkiPackageImport.TimedEvent(time: Instant(microsecondsSinceEpoch: 1_700_000_050_000_000),
                                         event: .review(ReviewRecord(card: "vpc-2", rating: .hard, scheduler: .fsrs, deck: "AWS", file: "AWS.md",
                                                                     ankiRevlog: 1_700_000_050_000))),
            AnkiPackageImport.TimedEvent(time: time, event: .suspend(card: "vpc-1")),
            AnkiPackageImport.TimedEvent(time: time, event: .review(ReviewRecord(card: "vpc-3", rating: .easy, scheduler: .fsrs, deck: "AWS",
                                                                                 file: "AWS.md", ankiRevlog: 1_700_000_000_124))),
        ]
        var existing = AnkiPackageImport.Existing()
        existing.add(LogEntry(seq: 1, time: time, event: .review(record)))
        existing.add(LogEntry(seq: 2, time: Instant(microsecondsSinceEpoch: 1_700_000_050_000_456),
                              event: .review(ReviewRecord(card: "vpc-2", rating: .hard, scheduler: .fsrs, deck: "AWS", file: "AWS.md"))))
        existing.add(LogEntry(seq: 3, time: time, event: .suspend(card: "vpc-1")))
        #expect(existing.new(events) == [events[3]])
        #expect(AnkiPackageImport.Existing().new(events) == events)
    }

    @Test func templateFields() {
        let fields = TemplateFields("{{#Add Reverse}}{{Back}}{{/Add Reverse}} {{FrontSide}} {{text:힌트}} {{type:답}} {{cloze:본문}}")
        #expect(fields.fields == ["Back", "힌트"] && fields.typed == ["답"] && fields.clozes == ["본문"] && fields.conditions == ["Add Reverse"])
    }
}
