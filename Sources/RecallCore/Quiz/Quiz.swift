/// One question of a quiz: a card, and for multiple choice its options in the order shown.
public struct QuizQuestion: Hashable, Sendable {
    public var card: Card
    public var type: QuizQuestionType
    /// Choice questions only: the options as shown, shuffled; each keeps its `isCorrect`.
    public var options: [ChoiceOption]

    public init(card: Card, type: QuizQuestionType, options: [ChoiceOption] = []) {
        self.card = card
        self.type = type
        self.options = options
    }

    /// The question as Markdown: for choice questions the prompt and any text above the options.
    public var prompt: String { card.front }

    /// Positions (0-based, as shown) of the correct options.
    public var correctOptions: Set<Int> {
        Set(options.indices.filter { options[$0].isCorrect })
    }

    /// More than one correct option: number keys toggle instead of replacing the choice.
    public var isMultipleAnswer: Bool { options.filter(\.isCorrect).count > 1 }

    /// The right answer as text, for the result screen: the correct options numbered as they
    /// were shown (`2. …`), else the card's answer side (the typed answer, the revealed cloze).
    public var answerText: String {
        guard type == .choice else { return card.back }
        return options.indices.filter { options[$0].isCorrect }
            .map { "\($0 + 1). \(options[$0].text)" }
            .joined(separator: "\n")
    }

    /// Shown with the answer after the quiz: the card's `explanation::` lines.
    public var explanation: String? { card.note.explanation }
}

/// A quiz ready to take: the questions in the order asked, multiple choice first.
public struct Quiz: Hashable, Sendable {
    public var spec: QuizSpec
    public var questions: [QuizQuestion]

    public init(spec: QuizSpec, questions: [QuizQuestion]) {
        self.spec = spec
        self.questions = questions
    }
}
