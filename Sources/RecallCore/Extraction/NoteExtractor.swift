/// Finds flashcards in Markdown notes (`recall extract`): Obsidian card syntax, definitions,
/// comparison tables, and headings or lead lines with a short list under them. See
/// `docs/extract.md` for every rule and what is skipped.
///
/// Pure: takes text or bytes, never touches the disk.
public enum NoteExtractor {
    public struct Result: Sendable {
        public var cards: [ExtractedCard]
        /// Drafts found and left out, with the reason.
        public var skipped: [SkippedDraft] = []
        /// Errors with a place; today only "not UTF-8".
        public var diagnostics: [Diagnostic]
    }

    /// The drafts of one note or of several, and the drafts left out.
    public struct Extraction: Sendable {
        public var cards: [ExtractedCard]
        public var skipped: [SkippedDraft]

        public init(cards: [ExtractedCard], skipped: [SkippedDraft]) {
            self.cards = cards
            self.skipped = skipped
        }
    }

    /// Reads a note's bytes. `file` names it in diagnostics; `sourceName` is written after `source::`.
    public static func extract(bytes: [UInt8], file: String, sourceName: String) -> Result {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return Result(cards: [], diagnostics: UTF8Check.problems(in: bytes, file: file))
        }
        let found = extractDrafts(text: text, sourceName: sourceName)
        return Result(cards: found.cards, skipped: found.skipped, diagnostics: [])
    }

    /// The cards of one note, in the order of their lines, each passing `CardFilter.isUseful`.
    public static func extract(text: String, sourceName: String) -> [ExtractedCard] {
        extractDrafts(text: text, sourceName: sourceName).cards
    }

    /// Several notes' drafts as one deck's: the rules that look across notes (a draft repeating
    /// another note's answer) apply here. The notes' order is kept.
    public static func across(_ notes: [Extraction]) -> Extraction {
        let unique = AnswerRepeats.removed(from: notes.flatMap(\.cards))
        return Extraction(cards: unique.cards, skipped: notes.flatMap(\.skipped) + unique.skipped)
    }

    /// The cards of one note, phrased and tagged, and the drafts left out (`DraftSelection`).
    public static func extractDrafts(text: String, sourceName: String) -> Extraction {
        let outline = NoteOutline(text: text)
        let selected = DraftSelection.select(rawCards(outline, sourceName: sourceName), noteText: text)
        let taken = takenLines(selected, outline)
        let clozes = FactClozes.cards(in: outline, taken: taken, file: sourceName).filter(CardFilter.isUseful)
        let cards = (selected.cards + clozes).sorted { $0.line < $1.line }
        return Extraction(cards: DraftPolish.apply(cards, noteText: text), skipped: selected.skipped)
    }

    /// The cards of one note as the rules find them, before phrasing and tagging.
    static func rawCards(text: String, sourceName: String) -> [ExtractedCard] {
        rawCards(NoteOutline(text: text), sourceName: sourceName)
    }

    /// The note lines a draft already stands on, kept or skipped: its own line, and each line
    /// that holds one of a kept draft's answer lines. `FactClozes` asks only the others.
    static func takenLines(_ selected: (cards: [ExtractedCard], skipped: [SkippedDraft]), _ outline: NoteOutline) -> Set<Int> {
        var taken = Set(selected.cards.map(\.line) + selected.skipped.map(\.line))
        let answers = selected.cards.flatMap(\.answer).map(AnswerRepeats.normalized).filter { $0.count >= 8 }
        guard !answers.isEmpty else { return taken }
        for entry in outline.entries where entry.isBody && !taken.contains(entry.line) {
            guard let text = entry.text else { continue }
            let line = AnswerRepeats.normalized(text)
            if answers.contains(where: { line.contains($0) }) { taken.insert(entry.line) }
        }
        return taken
    }

    static func rawCards(_ outline: NoteOutline, sourceName: String) -> [ExtractedCard] {
        var cards: [ExtractedCard] = []
        // Lines that are the whole answer of their lead's card give no second card of their own
        // (`Routing Table` → its one sentence, not also `Routing Table › VPC` → the same words).
        var answeredByLead = Set<Int>()
        for (index, entry) in outline.entries.enumerated() {
            let context = outline.context(of: index)
            switch entry.kind {
            case .authored(let kind, let rule, let prompt, let answer):
                cards.append(ExtractedCard(kind: kind, rule: rule, context: context, prompt: prompt, answer: answer,
                                           file: sourceName, line: entry.line))
            case .table(let rows):
                cards += ComparisonTable.cards(rows: rows, context: context, file: sourceName)
            case .item, .paragraph:
                if let text = entry.text, !answeredByLead.contains(index),
                   let card = DefinitionRules.card(for: text, context: context, file: sourceName, line: entry.line),
                   !repeatsItsLead(card, index, outline) {
                    cards.append(card)
                }
            case .heading, .pseudoHeading:
                break
            }
            if LeadCards.canLead(entry) {
                let found = LeadCards.cards(for: index, in: outline, file: sourceName)
                cards += found
                guard found.count == 1, let card = found.first else { continue }
                if card.answer.count == 1, let only = entry.children.first(where: { outline.entries[$0].text == card.answer[0] }) {
                    answeredByLead.insert(only)
                }
            }
        }
        return cards.filter(CardFilter.isUseful).sorted { $0.line < $1.line }
    }

    /// `S3 버전 관리` › `S3 버전 관리는 …`: the heading already asks this.
    private static func repeatsItsLead(_ card: ExtractedCard, _ index: Int, _ outline: NoteOutline) -> Bool {
        guard let parent = outline.entries[index].parent, let lead = outline.entries[parent].text else { return false }
        return CardID.normalizedPrompt(lead) == CardID.normalizedPrompt(card.prompt)
    }
}
