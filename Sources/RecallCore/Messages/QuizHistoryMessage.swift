/// What `recall quiz` prints about attempts: the `--history` table and chart, and the line after
/// an attempt is saved.
///
/// Why values: the verdict, the counts and the time are placed by each language (`50/65 (76%): 합격`).
public enum QuizHistoryMessage: Message, Equatable {
    /// `--history` table headers.
    case dateColumn, scopeColumn, countColumn, scoreColumn, resultColumn, timeColumn
    /// An attempt's verdict, in the table and the chart.
    case verdict(passed: Bool)
    /// `--history` with no attempt yet.
    case noAttempts(path: String)
    /// The chart's first line.
    case chartTitle(attempts: Int)
    /// After an attempt: the score, the verdict and the time used.
    case attemptSummary(correct: Int, count: Int, percent: Int, passed: Bool, mark: Int, used: Int, timedOut: Bool)
    /// After the summary: where the attempt was saved.
    case savedIn(path: String)
    /// After the summary with `--reschedule`: the reviews recorded.
    case recordedReviews(Int)
    /// On stderr when the quiz screen is left without submitting.
    case leftWithoutSubmitting
    /// On stderr when the history cannot take the attempt; its line follows, to add by hand.
    case attemptNotSaved(file: String)
    /// On stderr when `--reschedule` could not record the reviews.
    case reviewsNotSaved(StoreMessage)

    public var english: String {
        switch self {
        case .dateColumn: return "DATE"
        case .scopeColumn: return "DECK OR TAGS"
        case .countColumn: return "COUNT"
        case .scoreColumn: return "SCORE"
        case .resultColumn: return "RESULT"
        case .timeColumn: return "TIME"
        case .verdict(let passed): return passed ? "pass" : "fail"
        case .noAttempts(let path): return "No quiz attempts yet; they are saved in \(path)."
        case .chartTitle(let n): return "last \(n) attempt\(n == 1 ? "" : "s"); | is the pass mark"
        case .attemptSummary(let correct, let count, let percent, let passed, let mark, let used, let timedOut):
            return "\(correct)/\(count) (\(percent)%): \(passed ? "pass" : "fail") (mark \(mark)%), "
                + "\(QuizDuration.format(.seconds(Int64(used)))) used" + (timedOut ? " (time ran out)" : "")
        case .savedIn(let path): return "; saved in \(path)"
        case .recordedReviews(let n): return "; recorded \(CountMessage.reviews(n).english) (wrong: Again, right: Good)"
        case .leftWithoutSubmitting: return "left without submitting; nothing was saved"
        case .attemptNotSaved(let file): return "the attempt was not saved; add this line to \(file) by hand:"
        case .reviewsNotSaved(let error): return "the attempt is saved, but its reviews are not: \(error.english)"
        }
    }

    public var korean: String {
        switch self {
        case .dateColumn: return "날짜"
        case .scopeColumn: return "덱 또는 태그"
        case .countColumn: return "문제 수"
        case .scoreColumn: return "점수"
        case .resultColumn: return "결과"
        case .timeColumn: return "시간"
        case .verdict(let passed): return passed ? "합격" : "불합격"
        case .noAttempts(let path): return "아직 퀴즈 기록이 없습니다. 기록은 \(path)에 저장됩니다."
        case .chartTitle(let n): return "최근 \(n)회, |는 합격선"
        case .attemptSummary(let correct, let count, let percent, let passed, let mark, let used, let timedOut):
            return "\(correct)/\(count) (\(percent)%): \(passed ? "합격" : "불합격") (합격선 \(mark)%), "
                + "\(LocalizedFormat.duration(seconds: used, language: .ko)) 사용" + (timedOut ? " (제한 시간 초과)" : "")
        case .savedIn(let path): return ", \(path)에 저장함"
        case .recordedReviews(let n): return ", \(KoreanParticle.attach(.object, to: CountMessage.reviews(n).korean)) 기록함 (틀림: 다시, 맞음: 좋음)"
        case .leftWithoutSubmitting: return "제출하지 않고 나가서 아무것도 저장하지 않았습니다"
        case .attemptNotSaved(let file): return "퀴즈 기록을 저장하지 못했습니다. 다음 줄을 \(file)에 직접 더하세요:"
        case .reviewsNotSaved(let error): return "퀴즈 기록은 저장했지만 복습은 기록하지 못했습니다: \(error.korean)"
        }
    }

    public static var examples: [QuizHistoryMessage] {
        [.dateColumn, .scopeColumn, .countColumn, .scoreColumn, .resultColumn, .timeColumn, .verdict(passed: true),
         .noAttempts(path: "data/quiz-history.jsonl"), .chartTitle(attempts: 3),
         .attemptSummary(correct: 50, count: 65, percent: 76, passed: true, mark: 72, used: 5423, timedOut: false),
         .savedIn(path: "data/quiz-history.jsonl"), .recordedReviews(12), .leftWithoutSubmitting,
         .attemptNotSaved(file: "quiz-history.jsonl"), .reviewsNotSaved(.locked(folder: "data", pid: nil))]
    }
}
