/// A draft on the triage screen: the extracted card as it is now, its id (fixed: an edit never
/// changes it, so the kept card keeps the draft's id and resume finds it), and the card as it
/// was extracted, to tell whether it was edited.
public struct TriageDraft: Hashable, Sendable {
    public let id: String
    public let original: ExtractedCard
    public private(set) var card: ExtractedCard
    /// The card before `t` made it a cloze, so that going round the kinds gives it back
    /// unless the cloze sentence was edited meanwhile.
    private var beforeCloze: (card: ExtractedCard, sentence: String)?

    public init(card: ExtractedCard, id: String) {
        self.id = id
        original = card
        self.card = card
    }

    public var edited: Bool { card != original }

    /// What `e` edits: the question, or for a cloze the sentence with its `{{c1::…}}` markers.
    public var questionText: String { card.kind == .cloze ? card.prompt : card.question }

    public mutating func setQuestion(_ text: String) {
        if card.kind == .cloze { card.prompt = text } else { card.phrasedQuestion = text }
    }

    public mutating func setAnswer(_ lines: [String]) { card.answer = lines }

    public mutating func setTags(_ tags: [String]) { card.tags = tags }

    /// The card from `$EDITOR`; the id stays the draft's.
    public mutating func replace(with card: ExtractedCard) {
        self.card = card
        beforeCloze = nil
    }

    /// `t`: basic, then reversible, then cloze, then basic again.
    ///
    /// To a cloze: the answer becomes the hidden text after the question's subject, one cloze
    /// per answer line (`Network ACL: {{c1::비상태저장}}; {{c2::서브넷 단위}}`). Back to basic: the
    /// card it was, if the sentence is unchanged; else each hidden text is an answer line and the
    /// question is the sentence with `___` in its place.
    public mutating func cycleKind() {
        switch card.kind {
        case .basic:
            card.kind = .reversible
        case .reversible:
            let before = card
            card.prompt = DraftCloze.sentence(subject: card.prompt, answer: card.answer)
            card.answer = []
            card.phrasedQuestion = nil
            card.kind = .cloze
            beforeCloze = (before, card.prompt)
        case .cloze:
            if let beforeCloze, beforeCloze.sentence == card.prompt {
                var restored = beforeCloze.card
                restored.kind = .basic
                restored.tags = card.tags
                card = restored
            } else {
                let (question, hidden) = DraftCloze.split(card.prompt)
                card.answer = hidden
                card.phrasedQuestion = nil
                card.prompt = question
                card.kind = .basic
            }
            beforeCloze = nil
        }
    }

    public static func == (a: TriageDraft, b: TriageDraft) -> Bool {
        a.id == b.id && a.original == b.original && a.card == b.card
            && a.beforeCloze?.card == b.beforeCloze?.card && a.beforeCloze?.sentence == b.beforeCloze?.sentence
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(card)
    }
}
