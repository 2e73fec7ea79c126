/// Which of a note's drafts are worth studying: the rules that skip a draft (or a line of a list
/// answer) and say why, so `--stats` can count what was left out.
enum DraftSelection {
    /// `cards` of one note, in order, without anecdotes, fragments, tautologies and repeated answers.
    /// `noteText`: the note, whose whole line a definition's answer came from (`모든 서비스는 …
    /// 않는다. -> 연사자 분이 직접 하신 말입니다.` asks only its first sentence but is a quote).
    static func select(_ cards: [ExtractedCard], noteText: String = "") -> (cards: [ExtractedCard], skipped: [SkippedDraft]) {
        let lines = noteText.isEmpty ? [] : NoteLine.read(noteText)
        var skipped: [SkippedDraft] = []
        var kept: [ExtractedCard] = []
        var tautologies: [ExtractedCard] = []
        for var card in cards {
            if Anecdotes.isAnecdote(card.prompt) || card.context.last.map { Anecdotes.isAnecdote($0) } == true || Anecdotes.isStory(card) {
                skipped.append(SkippedDraft(.anecdote, card))
                continue
            }
            // A list keeps its other lines while it has two; a one-line answer goes with its line.
            let aboutProduct: Bool? = card.answer.count == 1 ? card.prompt.contains { $0.isASCII && $0.isLetter } : nil
            if card.rule == .koreanDefinition || card.rule == .definition, lines.indices.contains(card.line - 1),
               let whole = NoteInline.clean(lines[card.line - 1].text), Anecdotes.isQuote(whole) {
                skipped.append(SkippedDraft(.anecdote, card))
                continue
            }
            let facts = card.answer.filter { !Anecdotes.isAnecdote($0, aboutProduct: aboutProduct) }
            if facts.count < card.answer.count {
                skipped.append(SkippedDraft(.anecdote, card))
                guard let rest = reduced(card, to: facts) else { continue }
                card = rest
            }
            if let merged = Fragments.mergedCondition(card) { card = merged }
            if Fragments.isFragment(card) {
                skipped.append(SkippedDraft(.fragment, card))
            } else if Tautology.isTautology(card) {
                skipped.append(SkippedDraft(.tautology, card))
                tautologies.append(card)
            } else {
                kept.append(card)
            }
        }
        let unique = AnswerRepeats.removed(from: kept, taken: tautologies)
        return (unique.cards, skipped + unique.skipped)
    }

    /// A list that lost lines, with the `lines` it keeps: still a list with two, a one-line card
    /// when its one line makes sense alone (`VPC › Elastic Network Interface` → `고정된 사설 IP, EIP,
    /// MAC 주소를 가지고 있다.` once its definition went to its own card), else nil.
    static func reduced(_ card: ExtractedCard, to lines: [String]) -> ExtractedCard? {
        var rest = card
        rest.answer = lines
        if lines.count >= 2 { return rest }
        guard lines.count == 1, CardFilter.isUseful(rest), !Fragments.isFragment(rest), !Tautology.isTautology(rest) else { return nil }
        return rest
    }
}
