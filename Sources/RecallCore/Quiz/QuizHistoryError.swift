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

    public var description: String {
        switch self {
        case .damaged(let file, let line, let reason):
            return "\(file):\(line): \(reason); the file was left as it is (fix or delete that line)"
        case .io(let file, let reason):
            return "\(file): \(reason)"
        }
    }
}
