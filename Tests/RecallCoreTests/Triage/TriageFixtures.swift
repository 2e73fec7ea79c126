import RecallCore

/// Drafts in the shapes of the notes, made here (not by the extractor), so that these tests
/// hold whatever wording or selection the extractor has.
enum TriageFixtures {
    static let deck = "vpc-draft"
    static let at = Instant(secondsSinceEpoch: 1_790_000_000)

    static func card(_ prompt: String, _ answer: [String], kind: ExtractedCard.Kind = .basic, context: [String] = ["VPC"],
                     line: Int = 3, tags: [String] = []) -> ExtractedCard {
        ExtractedCard(kind: kind, rule: .outline, context: context, prompt: prompt, answer: answer, file: "003_vpc.txt", line: line, tags: tags)
    }

    static func draft(_ card: ExtractedCard) -> TriageDraft { TriageDraft(card: card, id: card.id(deck: deck)) }

    static let drafts: [TriageDraft] = [
        draft(card("Network ACL", ["서브넷 단위의 가상 방화벽이다.", "비상태 저장 방화벽이다."], line: 10)),
        draft(card("보안 그룹", ["인스턴스 단위의 상태 저장 방화벽이다."], line: 20, tags: ["networking"])),
        draft(card("NAT 게이트웨이는 {{c1::퍼블릭 서브넷}}에 둔다.", [], kind: .cloze, line: 30)),
        draft(card("서브넷", ["VPC 안의 IP 주소 범위"], line: 40)),
    ]

    static func session(_ drafts: [TriageDraft] = drafts, earlier: TriageDecisions = TriageDecisions(deck: deck), total: Int? = nil) -> TriageSession {
        TriageSession(drafts: drafts, earlier: earlier, total: total ?? drafts.count)
    }

    /// A new deck's head, as the triage writes it before the first kept card.
    static let base = DraftWriter.render(DraftDeck(name: deck, sources: ["003_vpc.txt"], cards: []))
}
