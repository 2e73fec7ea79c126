/// How the progress store's errors are said (`ProgressError`, `QuizHistoryError`): the file and
/// line, the reason, and what the learner can do about it.
///
/// Why a message of its own: the error keeps its file and line (`reviews.jsonl:3:`) for any
/// language, and the advice around the reason (run `recall doctor`, close the other recall) is
/// what a learner acts on.
public enum StoreMessage: Message, Hashable {
    /// A damaged progress file, left as it is.
    case damaged(file: String, line: Int?, reason: LogProblem)
    /// A progress file written by a newer recall.
    case newerSchema(file: String, schema: Int, supported: Int)
    /// Another recall holds the writer's lock.
    case locked(folder: String, pid: Int32?)
    /// The system refused a read or write: the file and why.
    case fileProblem(file: String, reason: IOProblem)
    /// `config.json` has a value recall cannot use.
    case badConfig(file: String, problem: ConfigMessage)
    /// A refusal of the store said after another file: the quiz history's folder or file.
    indirect case inFile(file: String, StoreMessage)
    /// A damaged line of the quiz history.
    case quizHistoryDamaged(file: String, line: Int, reason: QuizHistoryProblem)

    public var english: String {
        switch self {
        case .damaged(let file, let line, let reason):
            return "\(Self.place(file, line)): \(reason.english); the file was left as it is (run 'recall doctor' to check, 'recall doctor --repair' to repair)"
        case .newerSchema(let file, let schema, let supported):
            return "\(file): schema \(schema) was written by a newer recall (this one reads up to \(supported)); the file was left as it is"
        case .locked(let folder, let pid):
            let who = pid.map { "another recall (pid \($0))" } ?? "another recall"
            return "\(who) is using \(folder); close it first"
        case .fileProblem(let file, let reason): return "\(file): \(reason.english)"
        case .badConfig(let file, let problem): return "\(file): \(problem.english)"
        case .inFile(let file, let message): return "\(file): \(message.english)"
        case .quizHistoryDamaged(let file, let line, let reason):
            return "\(file):\(line): \(reason.english); the file was left as it is (fix or delete that line)"
        }
    }

    public var korean: String {
        switch self {
        case .damaged(let file, let line, let reason):
            return "\(Self.place(file, line)): \(reason.korean). 파일은 그대로 두었습니다 "
                + "(확인은 'recall doctor', 복구는 'recall doctor --repair')"
        case .newerSchema(let file, let schema, let supported):
            return "\(file): 스키마 \(schema)는 더 새로운 recall이 쓴 파일입니다 (이 recall은 \(supported)까지 읽습니다). 파일은 그대로 두었습니다"
        case .locked(let folder, let pid):
            let who = pid.map { "다른 recall(pid \($0))" } ?? "다른 recall"
            return "\(KoreanParticle.attach(.subject, to: who)) \(KoreanParticle.attach(.object, to: folder)) 쓰고 있습니다. 먼저 닫으세요"
        case .fileProblem(let file, let reason): return "\(file): \(reason.korean)"
        case .badConfig(let file, let problem): return "\(file): \(problem.korean)"
        case .inFile(let file, let message): return "\(file): \(message.korean)"
        case .quizHistoryDamaged(let file, let line, let reason):
            return "\(file):\(line): \(reason.korean). 파일은 그대로 두었습니다 (그 줄을 고치거나 지우세요)"
        }
    }

    /// `file:line`, or the file alone.
    static func place(_ file: String, _ line: Int?) -> String { line.map { "\(file):\($0)" } ?? file }

    public static var examples: [StoreMessage] {
        [.damaged(file: "data/log/a.jsonl", line: 3, reason: .line(.checksumMismatch)), .newerSchema(file: "data/snapshot.json", schema: 3, supported: 2),
         .locked(folder: "data", pid: 42), .fileProblem(file: "data/config.json", reason: .cannotReadFile(.system("Permission denied"))),
         .badConfig(file: "data/config.json", problem: .rolloverHour(25)),
         .inFile(file: "data/quiz-history.jsonl", .locked(folder: "data", pid: 42)),
         .quizHistoryDamaged(file: "data/quiz-history.jsonl", line: 4, reason: .notJSONObject)]
    }
}
