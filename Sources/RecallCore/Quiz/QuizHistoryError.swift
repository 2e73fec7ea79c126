/// Why the quiz history cannot be read or written. A damaged file is never overwritten.
public enum QuizHistoryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `line` is 1-based.
    case damaged(file: String, line: Int, reason: QuizHistoryProblem)
    case io(file: String, reason: IOProblem)
    /// The store refused for another reason (another recall holds the lock): said after `file`.
    case store(file: String, ProgressError)

    public var description: String { message.english }

    /// The error as a message, said in the language where it is printed.
    public var message: StoreMessage {
        switch self {
        case .damaged(let file, let line, let reason): return .quizHistoryDamaged(file: file, line: line, reason: reason)
        case .io(let file, let reason): return .fileProblem(file: file, reason: reason)
        case .store(let file, let error): return .inFile(file: file, error.message)
        }
    }
}
