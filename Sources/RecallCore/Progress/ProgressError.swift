/// Why the progress store cannot be used. Every case names the file, so the learner knows
/// which one to look at, and the damaged ones say how to repair them.
public enum ProgressError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not what it should be: corrupt, truncated, empty, foreign, or of an unknown
    /// schema. `line` is 1-based when the problem is on one line.
    case damaged(file: String, line: Int?, reason: LogProblem)
    /// Written by a newer recall: refused, so that it is not misread or overwritten.
    case newerSchema(file: String, schema: Int, supported: Int)
    /// Another process holds the writer's lock.
    case locked(folder: String, pid: Int32?)
    /// The operating system refused a read or write.
    case io(file: String, reason: IOProblem)
    /// `config.json` has a value recall cannot use.
    case badConfig(file: String, reason: ConfigMessage)

    public var description: String { message.english }

    /// The error as a message, said in the language where it is printed.
    public var message: StoreMessage {
        switch self {
        case .damaged(let file, let line, let reason): return .damaged(file: file, line: line, reason: reason)
        case .newerSchema(let file, let schema, let supported): return .newerSchema(file: file, schema: schema, supported: supported)
        case .locked(let folder, let pid): return .locked(folder: folder, pid: pid)
        case .io(let file, let reason): return .fileProblem(file: file, reason: reason)
        case .badConfig(let file, let reason): return .badConfig(file: file, problem: reason)
        }
    }

    /// True for damaged or unreadable data, as opposed to a busy store or a failing disk.
    public var isBadData: Bool {
        switch self {
        case .damaged, .newerSchema, .badConfig: return true
        case .locked, .io: return false
        }
    }
}
