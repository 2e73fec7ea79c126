/// What is wrong with one line of the quiz history (`quiz-history.jsonl`), said after the file
/// and line: `quiz-history.jsonl:2: not a JSON object`.
///
/// Why values: the line is read before the language is known; the keys (`"count"`,
/// `"domains"[0]"correct"`) and question types stay as they are written in the file.
public enum QuizHistoryProblem: Message, Error, Hashable, Sendable {
    /// A line that is not a JSON object.
    case notJSONObject
    /// A key the attempt needs is not there; `key` is its path, as `"domains"[0]"correct"`.
    case missing(key: String)
    /// A value of the wrong JSON type; `key` is empty for the line itself (an array, not an object).
    case wrongType(key: String)
    /// A value that cannot be read.
    case notValid(key: String)
    /// Another failure of the decoder.
    case notAttempt
    /// A line of a newer schema than this recall reads.
    case newerSchema(found: Int, reads: Int)
    /// `date` without its UTC offset.
    case badDate
    /// `correct` outside 0 to `count`, or `count` below 1.
    case badCount
    /// `percent` or `pass` outside their ranges.
    case badPercent
    /// `timeLimit` not above 0, or `timeUsed` below 0.
    case badTime
    /// A question type recall does not know.
    case unknownType(String)

    public var english: String {
        switch self {
        case .notJSONObject: return "not a JSON object"
        case .missing(let key): return "missing \(key)"
        case .wrongType(let key): return "\(key) has the wrong type"
        case .notValid(let key): return "\(key) is not valid"
        case .notAttempt: return "not a quiz attempt"
        case .newerSchema(let found, let reads): return "written by a newer recall (schema \(found); this one reads \(reads))"
        case .badDate: return "\"date\" must be a time with its UTC offset, like 2026-03-01T14:05:09+09:00"
        case .badCount: return "\"correct\" must be from 0 to \"count\", and \"count\" at least 1"
        case .badPercent: return "\"percent\" must be 0 to 100 and \"pass\" 1 to 100"
        case .badTime: return "\"timeLimit\" must be more than 0 and \"timeUsed\" not negative"
        case .unknownType(let name): return "unknown question type '\(name)'"
        }
    }

    public var korean: String {
        switch self {
        case .notJSONObject: return "JSON 객체가 아닙니다"
        case .missing(let key): return "\(key) 키가 없습니다"
        case .wrongType(let key): return "\(key.isEmpty ? "줄의" : key) 값의 종류가 맞지 않습니다"
        case .notValid(let key): return "\(key.isEmpty ? "줄의" : key) 값이 올바르지 않습니다"
        case .notAttempt: return "퀴즈 기록이 아닙니다"
        case .newerSchema(let found, let reads): return "더 새로운 recall이 쓴 줄입니다 (스키마 \(found), 이 recall은 \(reads)까지 읽습니다)"
        case .badDate: return "\"date\" 값은 2026-03-01T14:05:09+09:00처럼 UTC 오프셋이 있는 시각이어야 합니다"
        case .badCount: return "\"correct\" 값은 0에서 \"count\" 사이, \"count\" 값은 1 이상이어야 합니다"
        case .badPercent: return "\"percent\" 값은 0에서 100, \"pass\" 값은 1에서 100 사이여야 합니다"
        case .badTime: return "\"timeLimit\" 값은 0보다 커야 하고 \"timeUsed\" 값은 음수일 수 없습니다"
        case .unknownType(let name): return "알 수 없는 문제 유형 '\(name)'입니다"
        }
    }

    public static var examples: [QuizHistoryProblem] {
        [.notJSONObject, .missing(key: "\"count\""), .wrongType(key: "\"count\""), .notValid(key: "\"date\""), .notAttempt,
         .newerSchema(found: 2, reads: 1), .badDate, .badCount, .badPercent, .badTime, .unknownType("essay")]
    }
}
