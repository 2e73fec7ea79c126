import RecallCore
@testable import RecallTUI
import Testing

/// Type-in cards in review: the body is shown with the answer, Korean spacing is forgiven and
/// said so, the footer names the keys that work while typing, Ctrl-Z undoes and Ctrl-Q leaves,
/// and the terminal cursor sits at the insertion point.
@Suite struct TypeInTests {
    static let data = Fixture.data()

    static func type(_ text: String, into screen: inout ReviewScreen) {
        for character in text { _ = screen.update(.character(character), data: data, now: Fixture.now) }
    }

    static func lines(_ screen: ReviewScreen, width: Int = 80, height: Int = 24) -> [String] {
        screen.view(width: width, height: height, now: Fixture.now).lines
    }

    @Test func theBodyIsShownWithTheAnswer() {
        var screen = Fixture.review("dx")
        #expect(!Self.lines(screen).contains { $0.contains("전용 네트워크 연결로") }, "not before answering")
        Self.type("DX", into: &screen)
        _ = screen.update(.enter, data: Self.data, now: Fixture.now)
        #expect(Self.lines(screen).contains { $0.contains("전용 네트워크 연결로 일관된 대역폭을 얻습니다.") }, "\(Self.lines(screen))")
        var wrong = Fixture.review("dx")
        _ = wrong.update(.escape, data: Self.data, now: Fixture.now)
        #expect(Self.lines(wrong).contains { $0.contains("전용 네트워크 연결로 일관된 대역폭을 얻습니다.") })
    }

    @Test func onlyTheSpacingDifferedIsSaidAndCountsAsRight() {
        var screen = Fixture.review("dx")
        Self.type("AWS DirectConnect", into: &screen)  // Latin letters: the space counts
        _ = screen.update(.enter, data: Self.data, now: Fixture.now)
        #expect(screen.derivedRating == .again)
        #expect(!Self.lines(screen).contains { $0.contains("spacing") })

        let korean = DeckParser.parse(text: "## 리전 안의 분리된 데이터 센터 묶음은?\n<!-- id: az -->\nanswer:: 가용 영역\n",
                                      file: "Decks/az.md", defaultDeckName: "AZ").deck!
        let data = StudyData(library: DeckLibrary(decks: [korean], diagnostics: []), progress: ProgressState(),
                             config: StudyConfig(), schedulers: .defaults, timeZone: Fixture.timeZone)
        var az = ReviewScreen(scope: .all, data: data, now: Fixture.now)
        for character in "가용영역" { _ = az.update(.character(character), data: data, now: Fixture.now) }
        _ = az.update(.enter, data: data, now: Fixture.now)
        #expect(az.derivedRating == .good)
        let lines = az.view(width: 80, height: 24, now: Fixture.now).lines
        #expect(lines.contains { $0.contains("Right: 가용영역 (only the spacing differed)") }, "\(lines)")
        #expect(lines.contains { $0.contains("Answer: 가용 영역") })
    }

    @Test func theFooterNamesTheKeysThatWorkWhileTyping() {
        let lines = Self.lines(Fixture.review("dx"))
        #expect(lines[22].contains("Enter check") && lines[22].contains("Esc give up"), "\(lines[22])")
        #expect(lines[23].contains("Ctrl-Z undo") && lines[23].contains("Ctrl-Q leave"), "\(lines[23])")
        #expect(!lines[23].contains("e edit"), "e is text while typing")
        let narrow = Self.lines(Fixture.review("dx"), width: 40, height: 12)
        #expect(narrow[10].contains("Enter check") && narrow[10].contains("Esc give up"), "\(narrow[10])")
        #expect(narrow[11].contains("Ctrl-Z undo") && narrow[11].contains("Ctrl-Q leave"), "\(narrow[11])")
    }

    @Test func ctrlZUndoesTheLastAnswerAndCtrlQLeavesWithoutRevealing() throws {
        var app = StudyApp(data: Self.data, now: Fixture.now, session: .all)
        var seq = 0
        _ = app.update(.key(.enter))
        ReviewFlowTests.perform(app.update(.key(.character("3"))), on: &app, seq: &seq)
        var review = try #require(ReviewFlowTests.current(app))
        review.show(Fixture.card("dx"), data: app.data, now: Fixture.now)
        Self.type("D", into: &review)
        #expect(review.update(.character("\u{1A}"), data: app.data, now: Fixture.now) == .undo)
        #expect(review.phase == .typing(LineEditor("D")), "the control key is not typed")
        var fresh = Fixture.review("dx")
        #expect(fresh.update(.character("\u{1A}"), data: Self.data, now: Fixture.now) == .none)
        #expect(fresh.message == "Nothing to undo in this session.")
        Self.type("DX", into: &fresh)
        #expect(fresh.update(.character("\u{11}"), data: Self.data, now: Fixture.now) == .quit)
        #expect(fresh.phase == .typing(LineEditor("DX")), "leaving reveals nothing")
    }

    @Test func theCursorIsAtTheInsertionPoint() {
        var screen = Fixture.review("dx")
        #expect(screen.view(width: 80, height: 24, now: Fixture.now).cursor == ScreenBuffer.Cursor(row: 7, column: 4))
        Self.type("다이렉트", into: &screen)
        #expect(screen.view(width: 80, height: 24, now: Fixture.now).cursor == ScreenBuffer.Cursor(row: 7, column: 12))
        _ = screen.update(.left, data: Self.data, now: Fixture.now)
        #expect(screen.view(width: 80, height: 24, now: Fixture.now).cursor == ScreenBuffer.Cursor(row: 7, column: 10))
        _ = screen.update(.enter, data: Self.data, now: Fixture.now)
        #expect(screen.view(width: 80, height: 24, now: Fixture.now).cursor == nil, "no cursor once checked")
        #expect(Fixture.review("nat").view(width: 80, height: 24, now: Fixture.now).cursor == nil)
    }

    /// A long answer scrolls inside the field; the cursor stays on screen, at its right end.
    @Test func theCursorFollowsALongAnswerInANarrowField() throws {
        var screen = Fixture.review("dx")
        Self.type(String(repeating: "가", count: 30), into: &screen)
        let buffer = screen.view(width: 40, height: 12, now: Fixture.now)
        let cursor = try #require(buffer.cursor)
        #expect(buffer.lines[cursor.row].hasPrefix("  > 가"), "the cursor is on the field's row")
        #expect((30..<40).contains(cursor.column), "\(cursor)")
        #expect(buffer[cursor.row, cursor.column].character == " ", "after the last syllable, on the blank cell")
    }

    @Test func theQuizPutsTheCursorInItsFieldToo() throws {
        let quiz = try QuizBuilder.build(cards: Fixture.library.cards, spec: QuizSpec(count: 1, seed: 1, types: [.typein]))
        var screen = QuizScreen(quiz: quiz, startedAt: Fixture.now)
        #expect(screen.view(width: 80, height: 24, now: Fixture.now).cursor == nil, "not before typing")
        _ = screen.update(.enter, now: Fixture.now)
        for character in "가용" { _ = screen.update(.character(character), now: Fixture.now) }
        let buffer = screen.view(width: 80, height: 24, now: Fixture.now)
        let cursor = try #require(buffer.cursor)
        #expect(buffer.lines[cursor.row].hasPrefix("  > 가용"))
        #expect(cursor.column == 8)
        _ = screen.update(.enter, now: Fixture.now)
        #expect(screen.view(width: 80, height: 24, now: Fixture.now).cursor == nil)
    }

    @Test func theBufferCarriesTheCursorAndClipsIt() {
        var buffer = ScreenBuffer(width: 10, height: 3)
        #expect(buffer.cursor == nil)
        buffer.cursor = ScreenBuffer.Cursor(row: 1, column: 4)
        #expect(buffer.cursor == ScreenBuffer.Cursor(row: 1, column: 4))
        var other = buffer
        other.cursor = nil
        #expect(other != buffer, "a moved cursor is a different frame, so the terminal redraws")
        buffer.cursor = ScreenBuffer.Cursor(row: 3, column: 0)
        #expect(buffer.cursor == nil, "outside the buffer there is no cursor")
        buffer.cursor = ScreenBuffer.Cursor(row: 0, column: 10)
        #expect(buffer.cursor == nil)
    }
}
