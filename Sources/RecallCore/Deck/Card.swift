/// Which side of a note a card asks about.
public enum CardVariant: Hashable, Sendable {
    case forward
    case reverse
    case cloze(Int)

    /// Appended to the note id to make the card id; empty for the forward card, so that a basic
    /// note turned reversible keeps its progress.
    var idSuffix: String {
        switch self {
        case .forward: return ""
        case .reverse: return "/reverse"
        case .cloze(let n): return "/c\(n)"
        }
    }
}

/// The unit that is scheduled and studied. Its id is the key of its progress.
public struct Card: Hashable, Sendable, Identifiable {
    public var id: String
    public var note: Note
    public var variant: CardVariant

    public init(note: Note, variant: CardVariant) {
        self.note = note
        self.variant = variant
        self.id = note.id + variant.idSuffix
    }

    public var kind: NoteKind { note.kind }
    public var deck: String { note.deck }
    public var tags: [String] { note.tags }

    /// The question side as Markdown: what the learner sees before answering.
    public var front: String { front(emphasisingBlank: false) }

    /// The question side; with `emphasisingBlank`, a cloze blank is written `**[...]**`, so
    /// that a screen can make it stand out in a long sentence.
    public func front(emphasisingBlank: Bool) -> String {
        switch (note.kind, variant) {
        case (.reversible, .reverse):
            return note.body
        case (.cloze, .cloze(let n)):
            return ClozeText.render(joinedClozeSource, active: n, reveal: false, emphasise: emphasisingBlank)
        case (.choice, _):
            var parts = [note.prompt]
            if !note.body.isEmpty { parts.append(note.body) }
            return parts.joined(separator: "\n\n")
        default:
            return note.prompt
        }
    }

    /// The answer side as Markdown. For choice cards, the correct options.
    public var back: String {
        switch (note.kind, variant) {
        case (.reversible, .reverse):
            return note.prompt
        case (.cloze, .cloze(let n)):
            return ClozeText.render(joinedClozeSource, active: n, reveal: true)
        case (.choice, _):
            return note.options.filter(\.isCorrect).map { "- " + $0.text }.joined(separator: "\n")
        case (.typein, _):
            var parts = [note.expectedAnswer ?? ""]
            if !note.body.isEmpty { parts.append(note.body) }
            return parts.joined(separator: "\n\n")
        default:
            return note.body
        }
    }

    /// Cloze text lives in the heading, the body, or both; a card shows them as one text.
    private var joinedClozeSource: String {
        [note.prompt, note.body].filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}

extension Note {
    /// The cards this note gives, in a stable order.
    public var cards: [Card] {
        switch kind {
        case .basic, .choice, .typein:
            return [Card(note: self, variant: .forward)]
        case .reversible:
            return [Card(note: self, variant: .forward), Card(note: self, variant: .reverse)]
        case .cloze:
            return clozeNumbers.map { Card(note: self, variant: .cloze($0)) }
        }
    }
}

extension Card {
    /// The indices of the correct options.
    public var correctOptions: Set<Int> {
        Set(note.options.indices.filter { note.options[$0].isCorrect })
    }

    /// True when the typed text counts as this type-in card's answer.
    public func accepts(_ typed: String) -> Bool {
        AnswerMatch.matches(typed, expected: note.expectedAnswer ?? "", alternatives: note.alternatives)
    }
}
