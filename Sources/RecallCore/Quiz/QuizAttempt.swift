/// The learner's answer to one question, in the form its type takes.
public enum QuizAnswer: Hashable, Sendable {
    /// Multiple choice: the positions (as shown) of the picked options.
    case options(Set<Int>)
    /// Basic and cloze: the learner's own verdict after seeing the answer.
    case selfGrade(right: Bool)
    /// Type-in: the text as typed.
    case typed(String)
}

/// A quiz being taken: the answers so far, the flags, where the learner is, and the clock.
///
/// Pure state that the quiz screen changes through these methods and draws from; it never reads
/// the clock (times are passed in). Methods that do not fit a question (picking an option of a
/// self-graded question, an index out of range) change nothing, so a stray key is harmless.
public struct QuizAttempt: Hashable, Sendable {
    public let quiz: Quiz
    public let startedAt: Instant
    public private(set) var answers: [QuizAnswer?]
    public private(set) var flagged: Set<Int> = []
    /// Self-graded questions whose answer has been shown; they can be graded only then.
    public private(set) var revealed: Set<Int> = []
    /// The question on screen, 0-based.
    public private(set) var current = 0

    public init(quiz: Quiz, startedAt: Instant) {
        self.quiz = quiz
        self.startedAt = startedAt
        self.answers = Array(repeating: nil, count: quiz.questions.count)
    }

    public var questionCount: Int { quiz.questions.count }
    public var currentQuestion: QuizQuestion? {
        quiz.questions.indices.contains(current) ? quiz.questions[current] : nil
    }

    // MARK: Answering

    /// Number key `option + 1`: on a one-answer question it picks that option (picking it again
    /// keeps it); on a multi-answer question it toggles it.
    public mutating func select(option: Int, in index: Int? = nil) {
        let index = index ?? current
        guard let question = question(index, ofType: .choice), question.options.indices.contains(option) else { return }
        if question.isMultipleAnswer {
            toggle(option: option, in: index)
        } else {
            answers[index] = .options([option])
        }
    }

    /// Adds or removes one option; removing the last leaves the question unanswered.
    public mutating func toggle(option: Int, in index: Int? = nil) {
        let index = index ?? current
        guard let question = question(index, ofType: .choice), question.options.indices.contains(option) else { return }
        var picked: Set<Int> = []
        if case .options(let existing) = answers[index] { picked = existing }
        if picked.contains(option) { picked.remove(option) } else { picked.insert(option) }
        answers[index] = picked.isEmpty ? nil : .options(picked)
    }

    /// Shows the answer of a basic or cloze question, so that it can be graded.
    public mutating func reveal(_ index: Int? = nil) {
        let index = index ?? current
        guard let question = question(index), question.type == .basic || question.type == .cloze else { return }
        revealed.insert(index)
    }

    /// The learner's verdict on a revealed basic or cloze question.
    public mutating func setSelfGrade(right: Bool, in index: Int? = nil) {
        let index = index ?? current
        guard revealed.contains(index) else { return }
        answers[index] = .selfGrade(right: right)
    }

    /// The text typed for a type-in question; only spaces is no answer.
    public mutating func setTyped(_ text: String, in index: Int? = nil) {
        let index = index ?? current
        guard question(index, ofType: .typein) != nil else { return }
        answers[index] = text.trimmed.isEmpty ? nil : .typed(text)
    }

    /// Takes an answer back, leaving the question unanswered.
    public mutating func clearAnswer(_ index: Int? = nil) {
        let index = index ?? current
        guard answers.indices.contains(index) else { return }
        answers[index] = nil
    }

    // MARK: Flags and moving

    /// `f`: marks a question to come back to, or unmarks it.
    public mutating func toggleFlag(_ index: Int? = nil) {
        let index = index ?? current
        guard answers.indices.contains(index) else { return }
        if flagged.contains(index) { flagged.remove(index) } else { flagged.insert(index) }
    }

    /// Goes to a question; out of range is clamped to the first or last.
    public mutating func move(to index: Int) {
        current = min(max(0, index), max(0, questionCount - 1))
    }

    /// `n`, `p`, arrows, Enter: one question on or back, stopping at the ends.
    public mutating func move(by offset: Int) {
        move(to: current + offset)
    }

    // MARK: Reading

    public func isAnswered(_ index: Int) -> Bool {
        answers.indices.contains(index) && answers[index] != nil
    }

    public var unansweredIndices: [Int] { answers.indices.filter { answers[$0] == nil } }
    public var flaggedIndices: [Int] { flagged.sorted() }
    public var answeredCount: Int { answers.count { $0 != nil } }

    /// Right, wrong, or nil when unanswered. A multi-answer question is right only when the
    /// picked set is exactly the correct set.
    public func isCorrect(_ index: Int) -> Bool? {
        guard let question = question(index), let answer = answers[index] else { return nil }
        switch answer {
        case .options(let picked): return picked == question.correctOptions
        case .selfGrade(let right): return right
        case .typed(let text): return question.card.accepts(text)
        }
    }

    // MARK: The clock

    public var deadline: Instant { startedAt + quiz.spec.timeLimit }

    public func remaining(at now: Instant) -> TimeSpan {
        max(.zero, deadline - now)
    }

    public func isTimeUp(at now: Instant) -> Bool { now >= deadline }

    /// The last tenth of the time, when the countdown changes colour.
    public func isRunningOut(at now: Instant) -> Bool {
        remaining(at: now).microseconds * 10 <= quiz.spec.timeLimit.microseconds
    }

    private func question(_ index: Int, ofType type: QuizQuestionType? = nil) -> QuizQuestion? {
        guard quiz.questions.indices.contains(index) else { return nil }
        let question = quiz.questions[index]
        if let type, question.type != type { return nil }
        return question
    }
}
