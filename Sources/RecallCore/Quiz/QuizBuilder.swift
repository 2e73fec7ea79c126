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
        let selection = spec.selection
        if let problem = selection.problem(in: cards) { throw .unknownName(problem) }
        let matching = selection.filter(cards)
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

    private static func scopeForMessage(_ spec: QuizSpec) -> String {
        QuizScope(deck: spec.deck, tags: spec.tags).english
    }
}
