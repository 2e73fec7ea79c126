/// What is wrong with `config.json`, the file a learner edits by hand: said after its path.
///
/// Why values: the key and the value found are placed by the language; the keys themselves
/// (`rolloverHour`, `decks.AWS.newPerDay`) stay as they are written in the file.
public enum ConfigMessage: Message, Hashable {
    /// `rolloverHour` outside 0 to 23.
    case rolloverHour(Int)
    /// A daily limit below zero (`newPerDay`, `decks.AWS.reviewsPerDay`).
    case negativeLimit(key: String, value: Int)
    /// `language` that is neither `ko` nor `en`.
    case badLanguage(String)
    /// A value of the wrong kind; `detail` is the JSON decoder's own words.
    case wrongKind(key: String, detail: String)
    /// A value the decoder refused; `detail` is its own words.
    case badValue(key: String, detail: String)
    /// A key that must be there is not.
    case missingKey(String, at: String)
    /// The file is not JSON.
    case notJSON
    /// The file cannot be decoded for another reason.
    case unreadable
    /// The scheduler settings are refused; `detail` is the scheduler's own words.
    case schedulerSettings(SchedulerSettingsError)
    /// FSRS-4.5's 17 or FSRS-5's 19 weights, which FSRS-6 cannot use.
    case olderFSRSParameters(key: String, count: Int)
    /// An exam's `target` not strictly between 0 and 1.
    case examTarget(key: String, value: Double)
    /// Two exams for the same deck (nil: two for every deck).
    case twoExams(deck: String?)

    public var english: String {
        switch self {
        case .rolloverHour(let hour): return "rolloverHour must be 0 to 23, got \(hour)"
        case .negativeLimit(let key, let value): return "\(key) must be 0 or more, got \(value)"
        case .badLanguage(let code): return "bad value\(Self.at("language")): language must be \"ko\" or \"en\", got \"\(code)\""
        case .wrongKind(let key, let detail): return "wrong kind of value\(Self.at(key)): \(detail)"
        case .badValue(let key, let detail): return "bad value\(Self.at(key)): \(detail)"
        case .missingKey(let key, let path): return "missing key '\(key)'\(Self.at(path))"
        case .notJSON: return "not valid JSON"
        case .unreadable: return "cannot be read"
        case .schedulerSettings(let error): return error.message.english
        case .olderFSRSParameters(let key, let count):
            return "\(key) has \(count) values, FSRS-\(count == 17 ? "4.5" : "5")'s parameters; recall uses FSRS-6's 21: run 'recall optimize --apply' to fit them"
        case .examTarget(let key, let value): return "\(key) must be between 0 and 1 (0.9 is 90%), got \(value)"
        case .twoExams(let deck):
            return "exams has two exams for \(deck.map { "deck \($0)" } ?? "every deck"): keep one"
        }
    }

    public var korean: String {
        switch self {
        case .rolloverHour(let hour): return "rolloverHour는 0에서 23 사이여야 합니다. 받은 값: \(hour)"
        case .negativeLimit(let key, let value): return "\(KoreanParticle.attach(.topic, to: key)) 0 이상이어야 합니다. 받은 값: \(value)"
        case .badLanguage(let code): return "language는 \"ko\" 또는 \"en\"이어야 합니다. 받은 값: \"\(code)\""
        case .wrongKind(let key, let detail): return "\(Self.keyText(key)) 값의 종류가 맞지 않습니다: \(detail)"
        case .badValue(let key, let detail): return "\(Self.keyText(key)) 값이 잘못되었습니다: \(detail)"
        case .missingKey(let key, let path): return "\(path.isEmpty ? "" : path + "에 ")'\(key)' 키가 없습니다"
        case .notJSON: return "올바른 JSON이 아닙니다"
        case .unreadable: return "읽을 수 없습니다"
        case .schedulerSettings(let error): return "스케줄러 설정이 잘못되었습니다: \(error.message.korean)"
        case .olderFSRSParameters(let key, let count):
            return "\(key)의 값 \(count)개는 FSRS-\(count == 17 ? "4.5" : "5")의 매개변수입니다. recall은 FSRS-6의 21개를 씁니다: 'recall optimize --apply'로 맞추세요"
        case .examTarget(let key, let value): return "\(KoreanParticle.attach(.topic, to: key)) 0과 1 사이여야 합니다(0.9는 90%). 받은 값: \(value)"
        case .twoExams(let deck):
            return "exams에 \(deck.map { "\($0) 덱의" } ?? "모든 덱의") 시험이 두 개 있습니다: 하나만 남기세요"
        }
    }

    /// ` at decks.AWS`, or nothing for the whole file.
    static func at(_ key: String) -> String { key.isEmpty ? "" : " at \(key)" }

    static func keyText(_ key: String) -> String { key.isEmpty ? "파일의" : key }

    public static var examples: [ConfigMessage] {
        [.rolloverHour(25), .negativeLimit(key: "newPerDay", value: -1), .badLanguage("fr"),
         .wrongKind(key: "newPerDay", detail: "Expected to decode Int but found a string instead."),
         .badValue(key: "scheduler", detail: "Cannot initialize SchedulerKind"), .missingKey("newPerDay", at: "decks.AWS"),
         .notJSON, .unreadable, .schedulerSettings(.steps(StepParseError(step: "1x"))),
         .olderFSRSParameters(key: "fsrsParameters", count: 19), .examTarget(key: "exams.0.target", value: 1.5),
         .twoExams(deck: "AWS::SAA"), .twoExams(deck: nil)]
    }
}
