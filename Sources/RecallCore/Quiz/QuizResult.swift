/// How one question went.
public struct QuizOutcome: Hashable, Sendable {
    /// The question's position in the quiz, 0-based.
    public var index: Int
    public var question: QuizQuestion
    /// Nil when the learner left it unanswered.
    public var answer: QuizAnswer?
    public var isCorrect: Bool

    public var isAnswered: Bool { answer != nil }
}

/// The score in one domain (see `QuizDomains`).
public struct DomainScore: Hashable, Sendable {
    public var domain: String
    public var correct: Int
    public var total: Int

    public init(domain: String, correct: Int, total: Int) {
        self.domain = domain
        self.correct = correct
        self.total = total
    }

    public var percent: Int { QuizResult.percent(correct: correct, total: total) }
}

/// A finished attempt, scored: what the result screen shows and the history keeps.
///
/// Scoring rules: every question is worth the same; an unanswered question is wrong. The percent
/// is rounded *down* to a whole number, and the attempt passes when the exact score reaches the
/// pass mark, so the shown percent and the verdict always agree (46 of 65 is 70.8%: shown as 70%,
/// and a fail at 71%) and rounding never passes anyone.
public struct QuizResult: Hashable, Sendable {
    public var spec: QuizSpec
    public var outcomes: [QuizOutcome]
    public var startedAt: Instant
    public var finishedAt: Instant
    /// True when the time ran out and the quiz submitted itself.
    public var timedOut: Bool

    public init(attempt: QuizAttempt, finishedAt: Instant) {
        spec = attempt.quiz.spec
        outcomes = attempt.quiz.questions.indices.map { index in
            QuizOutcome(index: index, question: attempt.quiz.questions[index], answer: attempt.answers[index],
                        isCorrect: attempt.isCorrect(index) ?? false)
        }
        startedAt = attempt.startedAt
        self.finishedAt = finishedAt
        timedOut = attempt.isTimeUp(at: finishedAt)
    }

    public var total: Int { outcomes.count }
    public var correct: Int { outcomes.count(where: \.isCorrect) }
    public var percent: Int { Self.percent(correct: correct, total: total) }
    public var passed: Bool { total > 0 && correct * 100 >= spec.passPercent * total }

    /// From start to submission, at most the time limit (a late submission is counted at the
    /// limit: the quiz submits itself then).
    public var timeUsed: TimeSpan {
        min(max(.zero, finishedAt - startedAt), spec.timeLimit)
    }

    /// Wrong and unanswered questions, in quiz order, for the review of mistakes.
    public var wrong: [QuizOutcome] { outcomes.filter { !$0.isCorrect } }

    /// The score per domain, weakest first: lowest percent (compared exactly), then the domain
    /// with more questions (a weakness over more questions matters more), then by name.
    public var domains: [DomainScore] {
        var scores: [String: DomainScore] = [:]
        var order: [String] = []
        for outcome in outcomes {
            for domain in QuizDomains.of(outcome.question.card) {
                let key = DeckName.key(domain)
                if scores[key] == nil {
                    scores[key] = DomainScore(domain: domain, correct: 0, total: 0)
                    order.append(key)
                }
                scores[key]?.total += 1
                if outcome.isCorrect { scores[key]?.correct += 1 }
            }
        }
        return order.compactMap { scores[$0] }.sorted(by: Self.weakerFirst)
    }

    static func weakerFirst(_ a: DomainScore, _ b: DomainScore) -> Bool {
        let left = a.correct * b.total, right = b.correct * a.total
        if left != right { return left < right }
        if a.total != b.total { return a.total > b.total }
        return a.domain < b.domain
    }

    /// A whole percent, rounded down; 0 for no questions.
    public static func percent(correct: Int, total: Int) -> Int {
        total > 0 ? correct * 100 / total : 0
    }
}
