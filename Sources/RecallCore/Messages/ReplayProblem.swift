/// Why a line of py-fsrs's review log cannot be replayed, said after its place in `recall
/// replay`'s error: `reviews.jsonl:3:12: rating must be 1 (Again), ...`.
///
/// Why values: the line reader finds the problem; the command knows the language. py-fsrs's
/// field names (`card_id`, `review_datetime`) and its grade names stay as py-fsrs writes them.
public enum ReplayProblem: Message, Hashable, Sendable {
    /// The line's JSON, as the progress files' readers say it.
    case json(LineProblem)
    /// A value that must be a string.
    case expectedString
    /// A whole number too large for recall.
    case numberOutOfRange
    /// `card_id` that is not a whole number.
    case cardIDWhole
    /// `rating` that is not a whole number.
    case ratingWhole
    /// `rating` outside 1 to 4.
    case ratingChoice(got: Int)
    /// `review_duration` that is neither a whole number nor null.
    case durationWhole
    /// `review_datetime` that is not a string.
    case datetimeString
    /// `review_datetime` that is not a timestamp.
    case badDatetime(TimestampProblem)
    /// A replayed card whose next due date is after 9999.
    case dueAfter9999

    public var english: String {
        switch self {
        case .json(let problem): return problem.english
        case .expectedString: return "expected a string"
        case .numberOutOfRange: return "number out of range"
        case .cardIDWhole: return "card_id must be a whole number"
        case .ratingWhole: return "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"
        case .ratingChoice(let got): return "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got \(got)"
        case .durationWhole: return "review_duration must be a whole number of milliseconds or null"
        case .datetimeString: return "review_datetime must be a string, e.g. \"2024-01-01T09:00:00+00:00\""
        case .badDatetime(let problem): return "bad review_datetime: \(problem.english)"
        case .dueAfter9999: return "the card's due date falls after the year 9999"
        }
    }

    public var korean: String {
        switch self {
        case .json(let problem): return problem.korean
        case .expectedString: return "문자열이 와야 합니다"
        case .numberOutOfRange: return "숫자가 너무 큽니다"
        case .cardIDWhole: return "card_id 값은 정수여야 합니다"
        case .ratingWhole: return "rating 값은 1(Again), 2(Hard), 3(Good), 4(Easy) 중 하나여야 합니다"
        case .ratingChoice(let got): return "rating 값은 1(Again), 2(Hard), 3(Good), 4(Easy) 중 하나여야 합니다. 받은 값: \(got)"
        case .durationWhole: return "review_duration 값은 밀리초 단위의 정수 또는 null이어야 합니다"
        case .datetimeString: return "review_datetime 값은 \"2024-01-01T09:00:00+00:00\" 같은 문자열이어야 합니다"
        case .badDatetime(let problem): return "review_datetime이 잘못되었습니다: \(problem.korean)"
        case .dueAfter9999: return "카드의 다음 복습일이 9999년 뒤가 됩니다"
        }
    }

    public static var examples: [ReplayProblem] {
        [.json(.expectedCommaOrBrace), .expectedString, .numberOutOfRange, .cardIDWhole, .ratingWhole, .ratingChoice(got: 5),
         .durationWhole, .datetimeString, .badDatetime(.missingOffset), .dueAfter9999]
    }
}
