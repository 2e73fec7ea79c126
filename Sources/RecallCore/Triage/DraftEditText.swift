/// A draft as the deck file would hold it, and back: what `E` puts in `$EDITOR`, and the check
/// that a card can be kept (the deck must always pass `recall check`).
public enum DraftEditText {
    /// Why the text could not become the draft; the draft stays as it was.
    public enum Problem: Error, Hashable, Sendable {
        /// The deck parser's diagnostic (it names the file, line and column).
        case diagnostic(Diagnostic)
        case message(TriageMessage)

        public func text(_ language: Language) -> String {
            switch self {
            case .diagnostic(let diagnostic): return diagnostic.text(language)
            case .message(let message): return message.text(language)
            }
        }
    }

    /// The card as one `## ` note, with its draft's id and its tags, by `DraftWriter`.
    public static func text(of draft: TriageDraft) -> String {
        DraftWriter.note(draft.card, id: draft.id)
    }

    /// The first error the deck parser finds in the card as written, or nil when it would pass
    /// `recall check`. `file` names the deck in the diagnostic.
    public static func problem(keeping draft: TriageDraft, deck: String, file: String) -> Problem? {
        switch card(from: text(of: draft), replacing: draft, deck: deck, file: file) {
        case .failure(let problem): return problem
        case .success(let card): return card.kind == draft.card.kind ? nil : .message(.clozeWithoutBlank)
        }
    }

    /// The card that `text` (one note in the deck format) holds, in place of `draft`'s. The id,
    /// the source and the rule stay the draft's whatever the text says.
    public static func card(from text: String, replacing draft: TriageDraft, deck: String, file: String) -> Result<ExtractedCard, Problem> {
        let head = "---\ndeck: \(deck)\n---\n"
        let parsed = DeckParser.parse(text: head + text, file: file, defaultDeckName: deck)
        let shifted = parsed.diagnostics.map { diagnostic -> Diagnostic in
            var moved = diagnostic
            moved.location.line = max(1, diagnostic.location.line - 3)
            return moved
        }
        if let error = shifted.first(where: { $0.severity == .error }) { return .failure(.diagnostic(error)) }
        let notes = parsed.deck?.notes ?? []
        guard notes.count == 1, let note = notes.first else { return .failure(.message(.editorNeedsOneCard(found: notes.count))) }
        var card = draft.card
        card.tags = note.tags
        switch note.kind {
        case .basic, .reversible:
            card.kind = note.kind == .basic ? .basic : .reversible
            card.phrasedQuestion = note.prompt
            card.answer = answerLines(note.body)
        case .cloze:
            card.kind = .cloze
            card.phrasedQuestion = nil
            let body = answerLines(note.body)
            if body.isEmpty {
                card.context = []
                card.prompt = note.prompt
            } else {
                card.context = note.prompt.components(separatedBy: ExtractedCard.contextSeparator)
                card.prompt = body.joined(separator: " ")
            }
            card.answer = []
        case .choice, .typein:
            return .failure(.message(.editorKindNotDraft(kind: note.kind)))
        }
        return .success(card)
    }

    /// A body's lines without blanks; a list's items without their `- ` (the writer adds it back).
    static func answerLines(_ body: String) -> [String] {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: true)
            .map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.count > 1 || lines.first?.hasPrefix("- ") == true, lines.allSatisfy({ $0.hasPrefix("- ") }) else { return lines }
        return lines.map { String($0.dropFirst(2)) }
    }
}
