import Foundation

/// Makes a quiz from the deck cards and a `QuizSpec`: filter, pick, order, shuffle options.
///
/// The random draws happen in a fixed order, so a seed reproduces the quiz exactly: first the
/// matching cards (in deck order) are shuffled, then, for each multiple-choice question in the
/// order asked, its options (`OptionOrder`: a note can pin them). A note gives at most one
/// question, because the cards of one cloze or reversible note give each other away. Multiple
/// choice comes first, as the issue asks; within each group the order is the shuffled one.
public enum QuizBuilder {
    public static func build(cards: [Card], spec: QuizSpec) throws(QuizError) -> Quiz {
        if let problem = spec.problem() { throw problem }
        var matching = cards
        if let deck = spec.deck {
            matching = try filter(matching, deck: deck)
        }
        if !spec.tags.isEmpty {
            matching = try filter(matching, tags: spec.tags, allCards: cards)
        }
        let wanted = Set(spec.types)
        let ofWantedTypes = matching.filter { wanted.contains(QuizQuestionType.of($0)) }
        guard !ofWantedTypes.isEmpty else {
            let present = Set(matching.map(QuizQuestionType.of))
            throw .noQuestions(scope: scopeForMessage(spec), types: spec.types,
                               otherTypes: QuizQuestionType.allCases.filter { present.contains($0) })
        }

        var random = QuizRandom(seed: spec.seed)
        var shuffled = ofWantedTypes
        random.shuffle(&shuffled)
        var seenNotes = Set<String>()
        let onePerNote = shuffled.filter { seenNotes.insert($0.note.id).inserted }
        guard onePerNote.count >= spec.count else {
            throw .tooFewQuestions(available: onePerNote.count, requested: spec.count)
        }
        let picked = onePerNote.prefix(spec.count)
        let ordered = picked.filter { QuizQuestionType.of($0) == .choice }
            + picked.filter { QuizQuestionType.of($0) != .choice }
        let questions = ordered.map { card -> QuizQuestion in
            let type = QuizQuestionType.of(card)
            guard type == .choice else { return QuizQuestion(card: card, type: type) }
            let options = OptionOrder.shown(card.note, using: &random).map { card.note.options[$0] }
            return QuizQuestion(card: card, type: type, options: options)
        }
        return Quiz(spec: spec, questions: questions)
    }

    /// How deck names and tags compare: `DeckName.key` (NFC, lower case).
    static func key(_ text: some StringProtocol) -> String { DeckName.key(text) }

    /// True when `deckName` is the deck `filter` names or one below it, by whole `::` parts.
    public static func deck(_ deckName: String, isWithin filter: String) -> Bool {
        DeckName.name(key(deckName), isWithin: key(filter.trimmed))
    }

    /// True when the card has at least one of the tags.
    public static func card(_ card: Card, hasAnyOf tags: [String]) -> Bool {
        let wanted = Set(tags.map { key($0.trimmed) })
        return card.tags.contains { wanted.contains(key($0)) }
    }

    private static func filter(_ cards: [Card], deck: String) throws(QuizError) -> [Card] {
        let kept = cards.filter { Self.deck($0.deck, isWithin: deck) }
        guard kept.isEmpty else { return kept }
        // Every deck name and every ancestor of one, in deck order, each once.
        var names: [String] = []
        var seen = Set<String>()
        for card in cards {
            let parts = card.deck.components(separatedBy: "::")
            for end in 1...max(1, parts.count) {
                let name = parts[0..<end].joined(separator: "::")
                if seen.insert(name).inserted { names.append(name) }
            }
        }
        // `VPC` for `AWS::VPC`: the tail of a full name is the likeliest meaning.
        let wanted = key(deck.trimmed)
        let byTail = names.first { key($0).hasSuffix("::" + wanted) }
        throw .unknownDeck(deck, suggestion: byTail ?? Suggestion.closest(to: deck, among: names))
    }

    private static func filter(_ cards: [Card], tags: [String], allCards: [Card]) throws(QuizError) -> [Card] {
        var known: [String] = []
        var seen = Set<String>()
        for tag in allCards.flatMap(\.tags) where seen.insert(key(tag)).inserted {
            known.append(tag)
        }
        for tag in tags where !seen.contains(key(tag.trimmed)) {
            throw .unknownTag(tag, suggestion: Suggestion.closest(to: tag, among: known))
        }
        return cards.filter { card($0, hasAnyOf: tags) }
    }

    private static func scopeForMessage(_ spec: QuizSpec) -> String {
        switch (spec.deck, spec.tags.isEmpty) {
        case (nil, true): return "the decks"
        case (let deck?, true): return "deck '\(deck)'"
        case (nil, false): return "cards tagged \(spec.tags.map { "'\($0)'" }.joined(separator: " or "))"
        case (let deck?, false):
            return "deck '\(deck)' tagged \(spec.tags.map { "'\($0)'" }.joined(separator: " or "))"
        }
    }
}
