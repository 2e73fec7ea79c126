/// Why the quiz history cannot be read or written. A damaged file is never overwritten.
public enum QuizHistoryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `line` is 1-based.
    case damaged(file: String, line: Int, reason: String)
    case io(file: String, reason: String)

    /// What is wrong with one line, before the file and line are known.
    public struct Reason: Error, Hashable, Sendable {
        public var text: String
        public init(_ text: String) { self.text = text }
    }

    public var description: String { message.english }

    /// The error as a message, said in the language where it is printed.
    public var message: StoreMessage {
        switch self {
        case .damaged(let file, let line, let reason): return .quizHistoryDamaged(file: file, line: line, reason: reason)
        case .io(let file, let reason): return .fileProblem(file: file, reason: reason)
        }
    }
}
