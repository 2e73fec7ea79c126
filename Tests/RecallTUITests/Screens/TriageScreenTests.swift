import RecallCore
@testable import RecallTUI
import Testing

/// Drafts for the triage screen, made here in the shapes of the notes.
enum TriageFixture {
    static let deck = "net"
    static let at = Instant(secondsSinceEpoch: 1_790_000_000)

    static func card(_ prompt: String, _ answer: [String], kind: ExtractedCard.Kind = .basic, line: Int, tags: [String] = []) -> ExtractedCard {
        ExtractedCard(kind: kind, rule: .outline, context: ["VPC"], prompt: prompt, answer: answer, file: "net.md", line: line, tags: tags)
    }

    static let cards = [
        card("Network ACL", ["서브넷 단위의 가상 방화벽이다.", "비상태 저장 방화벽이다.", "규칙 번호 순서로 평가한다."], line: 12, tags: ["networking", "vpc"]),
        card("보안 그룹", ["인스턴스 단위의 상태 저장 방화벽이다."], line: 20),
        card("NAT 게이트웨이는 {{c1::퍼블릭 서브넷}}에 둔다.", [], kind: .cloze, line: 31),
    ]

    static func screen(language: Language = .en, earlierKept: Int = 0) -> TriageScreen {
        var earlier = TriageDecisions(deck: deck)
        for n in 0..<earlierKept { earlier.record(.init(id: "net-old-\(n)", verdict: .kept, edited: false, at: at)) }
        let drafts = cards.map { TriageDraft(card: $0, id: $0.id(deck: deck)) }
        return TriageScreen(session: TriageSession(drafts: drafts, earlier: earlier, total: drafts.count + earlierKept),
                            deck: deck, file: "net-deck.md", language: language)
    }
}

extension TriageScreen {
    mutating func press(_ keys: Key...) -> [Effect] { keys.map { update($0, now: TriageFixture.at) } }

    mutating func type(_ text: String) { for character in text { _ = update(.character(character), now: TriageFixture.at) } }
}

/// The triage screen's keys, as the learner presses them.
@Suite struct TriageScreenTests {
    @Test func keepAndDropAskToSaveAndTheLastDraftShowsTheSummary() {
        var screen = TriageFixture.screen()
        #expect(screen.press(.character("k")) == [.save])
        #expect(screen.press(.enter) == [.save], "Enter keeps too")
        #expect(screen.press(.character("d")) == [.save])
        #expect(screen.mode == .summary)
        #expect(screen.session.sessionCount(.kept) == 2 && screen.session.sessionCount(.dropped) == 1)
        #expect(screen.press(.character("x")) == [.quit], "any key leaves the summary")
    }

    @Test func editingTheQuestionTakesHangulAndEscCancels() {
        var screen = TriageFixture.screen()
        _ = screen.press(.character("e"), .home)
        screen.type("네트워크 ")
        _ = screen.press(.enter)
        #expect(screen.session.current?.card.question == "네트워크 VPC › Network ACL")
        _ = screen.press(.character("e"), .backspace, .backspace, .escape)
        #expect(screen.session.current?.card.question == "네트워크 VPC › Network ACL", "Esc leaves the question as it was")
        _ = screen.press(.character("e"))
        for _ in 0..<40 { _ = screen.press(.backspace) }
        _ = screen.press(.enter)
        #expect(screen.message == TriageMessage.emptyQuestion.text(.en))
    }

    @Test func theAnswerIsEditedALineAtATime() {
        var screen = TriageFixture.screen()
        _ = screen.press(.character("a"), .end)
        screen.type(" (기본)")
        _ = screen.press(.enter)  // line 2: emptied, so removed
        for _ in 0..<20 { _ = screen.press(.backspace) }
        _ = screen.press(.enter, .enter)  // line 3 (now 2) kept as it is; then the new empty line
        screen.type("서브넷 경계에서 동작한다.")
        _ = screen.press(.enter, .enter)  // the line is added; Enter on the empty new line: done
        #expect(screen.mode == .draft)
        #expect(screen.session.current?.card.answer == ["서브넷 단위의 가상 방화벽이다. (기본)", "규칙 번호 순서로 평가한다.", "서브넷 경계에서 동작한다."])
        _ = screen.press(.character("a"), .backspace, .escape)
        #expect(screen.session.current?.card.answer.count == 3, "Esc cancels the whole answer edit")
    }

    @Test func tagsAreACommaList() {
        var screen = TriageFixture.screen()
        _ = screen.press(.character("g"))
        screen.type(", 보안")
        _ = screen.press(.enter)
        #expect(screen.session.current?.card.tags == ["networking", "vpc", "보안"])
    }

    @Test func kindCyclesAndUndoTakesBackEditsAndDecisions() {
        var screen = TriageFixture.screen()
        #expect(screen.press(.character("t")) == [.save], "an edit is saved at once")
        #expect(screen.session.current?.card.kind == .reversible)
        #expect(screen.press(.character("k")) == [.save])
        #expect(screen.press(.character("u")) == [.save], "undoing a keep rewrites the deck without it")
        #expect(screen.session.keptCards.isEmpty && screen.session.current?.card.kind == .reversible)
        #expect(screen.press(.character("u")) == [.save], "undoing an edit writes the draft's later entry away")
        #expect(screen.session.current?.card.kind == .basic)
        _ = screen.press(.character("u"))
        #expect(screen.message == TriageMessage.nothingToUndo.text(.en))
    }

    @Test func skipLeavesTheDraftForLater() {
        var screen = TriageFixture.screen()
        #expect(screen.press(.character("s")) == [.none])
        #expect(screen.session.current?.card.prompt == "보안 그룹")
        _ = screen.press(.character("d"), .character("k"))
        #expect(screen.mode == .summary && screen.session.leftForLater == 1)
        #expect(screen.session.decisions.entries.count == 2, "the skipped draft is not decided")
    }

    @Test func aClozeHasNoAnswerToEditAndACardThatWouldNotCheckIsNotKept() {
        var screen = TriageFixture.screen()
        _ = screen.press(.character("s"), .character("s"), .character("a"))
        #expect(screen.message == TriageMessage.clozeHasNoAnswer.text(.en))
        _ = screen.press(.character("e"))
        for _ in 0..<40 { _ = screen.press(.backspace) }
        screen.type("NAT 게이트웨이는 퍼블릭 서브넷에 둔다.")
        _ = screen.press(.enter)
        #expect(screen.press(.character("k")) == [.none])
        #expect(screen.message?.hasPrefix("Cannot keep it as it is:") == true, "\(screen.message ?? "")")
        #expect(screen.session.current != nil)
    }

    @Test func theEditorOpensTheDraftInTheDeckFormatAndItsTextComesBack() {
        var screen = TriageFixture.screen()
        guard case .openEditor(let text) = screen.press(.character("E"))[0] else {
            Issue.record("E opens the editor")
            return
        }
        #expect(text.hasPrefix("## VPC › Network ACL\n<!-- id: "))
        #expect(text.contains("- 비상태 저장 방화벽이다.") && text.contains("tags:: networking, vpc"))
        screen.editorClosed(text: text.replacing("## VPC › Network ACL", with: "## Network ACL의 특징은?"))
        #expect(screen.session.current?.card.question == "Network ACL의 특징은?")
        #expect(screen.message == TriageMessage.editorApplied.text(.en))
        screen.editorClosed(text: "## 하나\n답\n\n## 둘\n답\n")
        #expect(screen.session.current?.card.question == "Network ACL의 특징은?", "a refused text leaves the draft as it was")
        #expect(screen.message?.contains("2 cards") == true)
        screen.editorClosed(text: nil, problem: "editor 'nano' was not found")
        #expect(screen.message == "editor 'nano' was not found The draft is unchanged.")
    }

    @Test func quitLeavesAtOnceAndHelpClosesOnAnyKey() {
        var screen = TriageFixture.screen()
        _ = screen.press(.character("?"))
        #expect(screen.showHelp)
        #expect(screen.press(.character("q")) == [.none] && !screen.showHelp)
        #expect(screen.press(.character("q")) == [.quit])
    }

    /// Issue 19: `e`, a new question, Enter, then `q` or `s`: the edit was lost.
    @Test(arguments: [Key.character("q"), .character("s")]) func anAcceptedEditIsSavedAtOnceAndSurvivesQuitOrSkip(leave: Key) {
        var screen = TriageFixture.screen()
        _ = screen.press(.character("e"), .end)
        screen.type("의 특징은?")
        #expect(screen.press(.enter) == [.save], "an accepted edit is written at once, before q, s or a crash")
        _ = screen.press(leave)
        let saved = screen.session.decisions
        let id = TriageFixture.cards[0].id(deck: TriageFixture.deck)
        #expect(saved.entries.map(\.verdict) == [.later] && saved.pendingEdits[id]?.contains("Network ACL의 특징은?") == true)
        let drafts = TriageFixture.cards.map { TriageDraft(card: $0, id: $0.id(deck: TriageFixture.deck)) }
        var resumed = TriageScreen(session: TriageSession(drafts: drafts, earlier: saved, total: 3), deck: TriageFixture.deck, file: "net-deck.md")
        #expect(resumed.session.current?.questionText == "VPC › Network ACL의 특징은?")
        #expect(resumed.view(width: 80, height: 24).lines.joined().contains(TriageMessage.editedMark.text(.en)))
        #expect(resumed.press(.character("u")) == [.save], "u still undoes the edit, and writes that")
        #expect(resumed.session.current?.questionText == TriageFixture.cards[0].question && resumed.session.decisions.entries.isEmpty)
    }

    @Test func anEscapedEditSavesNothing() {
        var screen = TriageFixture.screen()
        #expect(screen.press(.character("e"), .character("x"), .escape) == [.none, .none, .none])
        #expect(screen.press(.character("g"), .enter) == [.none, .none], "no change, nothing to write")
    }

    /// Issue 19: `g`, `, 데이터베이스 기초`, Enter, `k`: the screen showed one tag, the deck had two.
    @Test func aSpaceInsideATagBecomesADashOnTheScreenAndInTheDeck() {
        var screen = TriageFixture.screen()
        _ = screen.press(.character("g"), .end)
        screen.type(", 데이터베이스 기초")
        #expect(screen.press(.enter) == [.save])
        #expect(screen.session.current?.card.tags == ["networking", "vpc", "데이터베이스-기초"])
        #expect(screen.view(width: 80, height: 24).lines.joined().contains("networking, vpc, 데이터베이스-기초"), "shown so before keeping")
        _ = screen.press(.character("k"))
        let base = DraftWriter.render(DraftDeck(name: TriageFixture.deck, sources: ["net.md"], cards: []))
        let deck = DeckParser.parse(text: screen.session.deckText(base: base), file: "net-deck.md", defaultDeckName: TriageFixture.deck)
        #expect(deck.deck?.notes.first?.tags == ["networking", "vpc", "데이터베이스-기초"], "\(deck.diagnostics)")
    }

    @Test(arguments: ["[", "]"]) func aCharacterATagCannotHoldIsRefusedWithAMessage(character: String) {
        var screen = TriageFixture.screen()
        _ = screen.press(.character("g"), .end)
        screen.type(", a\(character)b")
        #expect(screen.press(.enter) == [.none])
        #expect(screen.message == TriageMessage.tagCannotHold(character).text(.en))
        #expect(screen.session.current?.card.tags == ["networking", "vpc"] && screen.mode != .draft, "the field stays open to fix it")
    }
}
