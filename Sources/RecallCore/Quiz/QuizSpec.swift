/// The kinds of question a quiz can ask, as `--types` names them.
public enum QuizQuestionType: String, CaseIterable, Hashable, Sendable {
    /// Multiple choice: graded by the options picked. Always asked first.
    case choice
    /// A question and its answer, self-graded after the answer is revealed (reversible cards too).
    case basic
    /// A cloze card, self-graded after the blank is revealed.
    case cloze
    /// A typed answer, graded by `AnswerMatch`.
    case typein

    /// The question type a card is asked as.
    public static func of(_ card: Card) -> QuizQuestionType {
        switch card.kind {
        case .choice: return .choice
        case .basic, .reversible: return .basic
        case .cloze: return .cloze
        case .typein: return .typein
        }
    }

    /// `choice,basic`: names separated by commas, any case, repeats ignored, in the order given.
    public static func parseList(_ text: String) -> Result<[QuizQuestionType], QuizError> {
        var types: [QuizQuestionType] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmed.lowercased()
            guard let type = QuizQuestionType(rawValue: name) else {
                return .failure(.unknownType(String(part.trimmed)))
            }
            if !types.contains(type) { types.append(type) }
        }
        return .success(types)
    }
}

/// What the learner asked for: which cards, how many, how long, and what passes.
///
/// Deck and tags narrow the cards by `CardSelection`, the rule every command shares: both must
/// hold when both are given, a deck takes the decks below it, several tags mean *any* of them
/// (`--tag security --tag networking` is a quiz on either domain), all ignoring case.
public struct QuizSpec: Hashable, Sendable {
    /// The AWS Solutions Architect Associate exam: 65 questions in 130 minutes, passed at 720 of
    /// 1000, which we read as 72%.
    public static let defaultCount = 65
    public static let defaultTimeLimit = TimeSpan.minutes(130)
    public static let defaultPassPercent = 72
    /// An exam is multiple choice; self-graded kinds are there for practice, on request.
    public static let defaultTypes: [QuizQuestionType] = [.choice]

    public var deck: String?
    public var tags: [String]
    public var count: Int
    public var timeLimit: TimeSpan
    /// A percentage, 1 to 100: the attempt passes when its score is at least this.
    public var passPercent: Int
    /// Fixes the selection and the option order; below `QuizRandom.seedLimit`.
    public var seed: UInt64
    public var types: [QuizQuestionType]

    public init(deck: String? = nil, tags: [String] = [], count: Int = defaultCount,
                timeLimit: TimeSpan = defaultTimeLimit, passPercent: Int = defaultPassPercent,
                seed: UInt64, types: [QuizQuestionType] = defaultTypes) {
        self.deck = deck
        self.tags = tags
        self.count = count
        self.timeLimit = timeLimit
        self.passPercent = passPercent
        self.seed = seed
        self.types = types
    }

    /// Which cards the quiz is drawn from.
    public var selection: CardSelection { CardSelection(deck: deck, tags: tags) }

    /// The first thing wrong with the numbers, if anything; the builder checks this first.
    public func problem() -> QuizError? {
        if count < 1 { return .badCount(count) }
        if !(1...100).contains(passPercent) { return .badPassPercent(passPercent) }
        if seed >= QuizRandom.seedLimit { return .badSeed(String(seed)) }
        if types.isEmpty { return .noTypes }
        if timeLimit <= .zero || timeLimit > QuizDuration.maximum {
            return .badDuration(QuizDuration.ParseError(text: QuizDuration.format(timeLimit),
                                                        problem: .outOfRange))
        }
        return nil
    }
}
