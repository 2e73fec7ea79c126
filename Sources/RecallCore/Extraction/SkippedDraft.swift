/// A draft `recall extract` found and chose not to write, with the reason: `--stats` counts
/// them by reason, so a learner sees what was left out and why.
public struct SkippedDraft: Hashable, Sendable {
    public enum Reason: String, Sendable, CaseIterable {
        /// Its answer repeats a line of another draft's answer.
        case repeatsAnotherAnswer = "repeats another answer"
        /// Its question and answer say the same thing (`Version` → `정책의 버전`).
        case tautology
        /// A fragment that means nothing without its neighbours (`IAM이 한다.`).
        case fragment
        /// Hearsay, an anecdote or session trivia (who said what, which company did what).
        case anecdote
    }

    public var reason: Reason
    /// The note's name and the 1-based line of the draft.
    public var file: String
    public var line: Int
    /// The draft's question, for a report.
    public var question: String

    public init(reason: Reason, file: String, line: Int, question: String) {
        self.reason = reason
        self.file = file
        self.line = line
        self.question = question
    }
}
