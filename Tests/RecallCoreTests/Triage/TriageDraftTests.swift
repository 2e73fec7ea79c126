import Testing
import RecallCore

/// `t` (basic → reversible → cloze → basic), edits, and the editor's round trip of a draft.
@Suite struct TriageDraftTests {
    typealias F = TriageFixtures

    @Test func kindsGoRoundAndABasicCardBecomesItsAnswerAsCloze() {
        var draft = F.drafts[0]
        draft.cycleKind()
        #expect(draft.card.kind == .reversible)
        draft.cycleKind()
        #expect(draft.card.kind == .cloze)
        #expect(draft.card.prompt == "Network ACL: {{c1::서브넷 단위의 가상 방화벽이다.}}; {{c2::비상태 저장 방화벽이다.}}")
        #expect(draft.card.answer.isEmpty)
        draft.cycleKind()
        #expect(draft.card == F.drafts[0].card, "an unedited cloze made by t turns back into the card it was")
        #expect(!draft.edited)
    }

    @Test func aClozeBackToBasicAnswersWithItsHiddenText() {
        var draft = F.drafts[2]
        draft.cycleKind()
        #expect(draft.card.kind == .basic)
        #expect(draft.card.answer == ["퍼블릭 서브넷"])
        #expect(draft.card.question == "VPC › NAT 게이트웨이는 ___에 둔다.")
    }

    @Test func anEditedClozeTurnsBackBySplittingItsSentence() {
        var draft = F.drafts[3]
        draft.cycleKind()
        draft.cycleKind()
        draft.setQuestion("서브넷: {{c1::VPC 안의 IP 주소 범위}}, {{c2::가용 영역 하나}}")
        draft.cycleKind()
        #expect(draft.card.kind == .basic)
        #expect(draft.card.prompt == "서브넷")
        #expect(draft.card.answer == ["VPC 안의 IP 주소 범위", "가용 영역 하나"])
    }

    @Test func clozeSentenceAndSplitAreInverses() {
        let sentence = DraftCloze.sentence(subject: "S3", answer: ["객체 스토리지", "리전 단위 {{버킷}}"])
        #expect(sentence == "S3: {{c1::객체 스토리지}}; {{c2::리전 단위 {{버킷} }}}")
        #expect(DraftCloze.split("NAT는 {{c1::퍼블릭::어디}} 서브넷에").hidden == ["퍼블릭"], "a hint is not the answer")
    }

    @Test func theEditorTextReadsBackAsTheSameCard() throws {
        var draft = F.drafts[0]
        draft.setTags(["networking", "vpc"])
        let text = DraftEditText.text(of: draft)
        let card = try DraftEditText.card(from: text, replacing: draft, deck: F.deck, file: "draft.md").get()
        #expect(card.question == draft.card.question && card.answer == draft.card.answer && card.tags == ["networking", "vpc"])
        #expect(card.source == draft.card.source)
    }

    @Test func anEditedTextChangesQuestionKindAndAnswer() throws {
        let text = """
            ## 보안 그룹의 특징은?
            <!-- id: something-else -->
            type:: reversible
            - 인스턴스 단위 방화벽
            - 상태 저장

            """
        let card = try DraftEditText.card(from: text, replacing: F.drafts[1], deck: F.deck, file: "draft.md").get()
        #expect(card.kind == .reversible && card.question == "보안 그룹의 특징은?")
        #expect(card.answer == ["인스턴스 단위 방화벽", "상태 저장"])
    }

    @Test func aTextWithAParseErrorOrTwoCardsIsRefusedWithItsLine() {
        let bad = "## NAT 게이트웨이\ntype:: cloze\n퍼블릭 서브넷에 둔다.\n"
        guard case .failure(.diagnostic(let diagnostic)) = DraftEditText.card(from: bad, replacing: F.drafts[2], deck: F.deck, file: "draft.md") else {
            Issue.record("a cloze without {{c1::}} must be refused")
            return
        }
        #expect(diagnostic.location.file == "draft.md" && (1...3).contains(diagnostic.location.line))
        let two = "## 리전\n가용 영역의 묶음\n\n## 가용 영역\n데이터 센터의 묶음\n"
        guard case .failure(.message(.editorNeedsOneCard(found: 2))) = DraftEditText.card(from: two, replacing: F.drafts[0], deck: F.deck, file: "draft.md") else {
            Issue.record("two cards must be refused")
            return
        }
    }

    @Test func aCardThatWouldNotPassCheckCannotBeKept() {
        var draft = F.drafts[2]
        draft.setQuestion("NAT 게이트웨이는 퍼블릭 서브넷에 둔다.")
        #expect(DraftEditText.problem(keeping: draft, deck: F.deck, file: "vpc-draft.md") != nil)
        #expect(DraftEditText.problem(keeping: F.drafts[2], deck: F.deck, file: "vpc-draft.md") == nil)
    }
}
