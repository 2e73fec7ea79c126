import RecallCore

/// Runs a quiz on the terminal: the question screens, the countdown, submission, and the result
/// screen. Returns the scored attempt, or nil when the learner leaves without submitting.
///
/// The quiz screens are built on the study screen's framework, which is not in this build yet;
/// until then the command says so plainly rather than pretending, and everything around the
/// screen (options, building, scoring, history, rescheduling) works and is tested.
enum QuizRunner {
    static func run(quiz: Quiz, spec: QuizSpec, startedAt: Instant) throws -> QuizResult? {
        Console.error("""
            recall: the interactive quiz needs the study screen (coming in the same release); \
            this quiz of \(Console.count(quiz.questions.count, "question")) was built with seed \(spec.seed). \
            'recall quiz --history' works now.
            """)
        throw ExitStatus.failure
    }
}
