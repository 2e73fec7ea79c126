import Foundation
import RecallCore
@testable import RecallStore
@testable import RecallTUI
import Testing

/// Issue 12, point 2, in a session: with the effects performed on a real progress store (as
/// StudyLoop performs them), a cloze's other blanks and a reversible note's reverse never
/// follow their sibling, and an undo brings the answered card back with its siblings' count.
@Suite struct SiblingSessionTests {
    static let deck = """
        ---
        deck: AWS::Global
        ---
        ## 리전에는 {{c1::가용 영역}}이 여러 개 있고, 각 영역은 {{c2::데이터 센터}}로, 영역 사이는 {{c3::저지연}} 링크로 잇습니다.
        <!-- id: cl -->

        ## 가용 영역 (AZ)
        <!-- id: rev -->
        type:: reversible
        리전 안에서 전원과 네트워크가 분리된 데이터 센터 묶음

        ## 엣지 로케이션은 무엇에 쓰나요?
        <!-- id: basic -->
        CloudFront 캐시와 Route 53
        """

    @Test func siblingsStayOutOfTheSessionAndUndoBringsTheCardBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-siblings-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try ProgressStore.open(folder: folder, now: Fixture.now)
        defer { try? store.close() }
        let parsed = DeckParser.parse(text: Self.deck, file: "Decks/global.md", defaultDeckName: "global")
        let data = StudyData(library: DeckLibrary(decks: [parsed.deck!], diagnostics: []), progress: store.state,
                             config: StudyConfig(), schedulers: .defaults, timeZone: Fixture.timeZone)
        var app = StudyApp(data: data, now: Fixture.now, session: .all)
        func perform(_ effect: StudyApp.Effect) throws {
            switch effect {
            case .answer(let record):
                _ = app.update(.saved(try store.record(record, at: app.now)))
            case .undo:
                _ = app.update(.undone(try store.undoLastAnswer(at: app.now)))
            default:
                Issue.record("unexpected effect \(effect)")
            }
        }
        func current() -> ReviewScreen? {
            if case .review(let review) = app.screen { return review }
            return nil
        }
        func answerEasy() throws {
            _ = app.update(.key(.character(" ")))
            try perform(app.update(.key(.character("4"))))
        }

        #expect(current()?.card?.id == "cl/c1")
        #expect(current()?.remaining.new == 3, "one card per note: c2, c3 and rev/reverse wait")
        try answerEasy()
        #expect(current()?.card?.id == "rev", "not c2 right after c1")
        try perform(app.update(.key(.character("u"))))
        #expect(current()?.card?.id == "cl/c1", "the undone card comes back")
        #expect(current()?.remaining.new == 3)
        var shown: [String] = []
        while let card = current()?.card {
            shown.append(card.id)
            try answerEasy()
        }
        #expect(shown == ["cl/c1", "rev", "basic"])
    }
}
