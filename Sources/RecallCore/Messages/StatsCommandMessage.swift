/// What `recall stats` says besides its charts: its usage errors, the notes when there is
/// nothing to count, and why a row of a py-fsrs csv log (`--log`) cannot be read.
///
/// Why values: the same errors are said in Korean or English by the run's language, while
/// `--json` and the csv's own field names never change.
public enum StatsCommandMessage: Message, Hashable, Sendable {
    /// `--range` that is not one of the ranges.
    case badRange(String)
    /// `--deck` or `--tag` with `--log`: a log file alone knows no decks or tags.
    case selectionWithLog
    /// Before the charts when nothing was answered in scope yet.
    case noReviews
    /// Before the charts when the `--log` file holds no review.
    case noReviewsInLog(path: String)
    /// A csv row without the four fields `card_id,review_rating,review_time,review_duration`.
    case csvFieldCount(got: Int)
    /// `card_id` that is not a whole number.
    case csvCardID
    /// `review_rating` that is not 1 to 4.
    case csvRating(got: String)
    /// `review_time` that is not an ISO 8601 time with an offset.
    case csvTime(TimestampProblem)
    /// `review_duration` that is neither empty nor a whole number of milliseconds.
    case csvDuration

    public var english: String {
        switch self {
        case .badRange(let text): return "--range must be 1m, 3m, 1y or all, got '\(text)'"
        case .selectionWithLog: return "--deck and --tag cannot be used with --log: a log file names no decks or tags"
        case .noReviews: return "No reviews yet: every card is new."
        case .noReviewsInLog(let path): return "\(path) holds no reviews."
        case .csvFieldCount(let got):
            return "expected 4 fields (card_id,review_rating,review_time,review_duration), got \(got)"
        case .csvCardID: return "card_id must be a whole number"
        case .csvRating(let got): return "review_rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got '\(got)'"
        case .csvTime(let problem): return "bad review_time: \(problem.english)"
        case .csvDuration: return "review_duration must be empty or a whole number of milliseconds"
        }
    }

    public var korean: String {
        switch self {
        case .badRange(let text): return "--range는 1m, 3m, 1y, all 중 하나여야 합니다. 받은 값: '\(text)'"
        case .selectionWithLog: return "--deck과 --tag는 --log와 함께 쓸 수 없습니다. 기록 파일에는 덱과 태그가 없습니다"
        case .noReviews: return "아직 복습이 없습니다. 모든 카드가 새 카드입니다."
        case .noReviewsInLog(let path): return "\(path)에 복습이 없습니다."
        case .csvFieldCount(let got):
            return "필드가 4개(card_id,review_rating,review_time,review_duration)여야 합니다. 받은 개수: \(got)"
        case .csvCardID: return "card_id 값은 정수여야 합니다"
        case .csvRating(let got): return "review_rating 값은 1(Again), 2(Hard), 3(Good), 4(Easy) 중 하나여야 합니다. 받은 값: '\(got)'"
        case .csvTime(let problem): return "review_time이 잘못되었습니다: \(problem.korean)"
        case .csvDuration: return "review_duration 값은 비어 있거나 밀리초 단위의 정수여야 합니다"
        }
    }

    public static var examples: [StatsCommandMessage] {
        [.badRange("2w"), .selectionWithLog, .noReviews, .noReviewsInLog(path: "reviews.csv"), .csvFieldCount(got: 3),
         .csvCardID, .csvRating(got: "5"), .csvTime(.missingOffset), .csvDuration]
    }
}
