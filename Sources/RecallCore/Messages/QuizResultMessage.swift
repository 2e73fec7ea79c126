/// What the quiz result screen says: the score against the pass mark, the time, the domains,
/// the wrong answers one by one, and where the attempt was saved.
public enum QuizResultMessage: Message, Equatable {
    /// The title bar, after the quiz's scope.
    case resultTitle
    /// The overview's rows: the score, how many right, pass or fail, the pass mark.
    case score
    case correctOf(correct: Int, total: Int)
    case pass
    case fail
    case passMark(percent: Int)
    /// The overview's time row: the label, the limit after the time used, and whether it ran out.
    case time
    case timeLimit(String)
    case timeRanOut
    /// The heading of the breakdown by domain.
    case byDomain
    /// The overview's last line: no wrong answers, or how many and how to read them.
    case noWrongAnswers
    case wrongAnswers(Int)
    /// The heading of one wrong answer being read.
    case wrongAnswerHeader(number: Int, of: Int, question: Int, deck: String)
    /// A wrong answer: a choice question with nothing picked.
    case notAnswered
    /// A wrong answer: before what was typed.
    case youTyped
    /// A wrong answer: self-graded wrong, or not answered, before the answer.
    case markedWrongTheAnswer
    case notAnsweredTheAnswer
    /// The status bar of the overview (with wrong answers: full, shorter, shortest; without: two).
    case overviewKeys
    case overviewKeysShort
    case leaveKey
    case noWrongKeys
    /// The status bar while reading the wrong answers (full, shorter).
    case browseKeys
    case browseKeysShort
    /// Under the time: where the attempt was saved, with --reschedule how many reviews too.
    case saved(path: String, reviews: Int?)
    /// Under the time: the attempt could not be saved.
    case notSaved(reason: String)

    public var korean: String {
        switch self {
        case .resultTitle: return "결과"
        case .score: return "점수"
        case .correctOf(let correct, let total): return "(\(total)문제 중 \(correct)개)"
        case .pass: return "합격"
        case .fail: return "불합격"
        case .passMark(let percent): return "합격선 \(percent)%"
        case .time: return "시간"
        case .timeLimit(let limit): return "/ 제한 시간 \(limit)"
        case .timeRanOut: return "(시간 초과)"
        case .byDomain: return "영역별 (약한 영역부터)"
        case .noWrongAnswers: return "틀린 문제가 없습니다."
        case .wrongAnswers(let count): return "틀렸거나 안 푼 문제 \(count)개: Enter로 정답과 함께 봅니다."
        case .wrongAnswerHeader(let number, let count, let question, let deck):
            return "오답 \(number)/\(count) | \(question)번 문제 | \(deck)"
        case .notAnswered: return "답하지 않았습니다."
        case .youTyped: return "입력한 답: "
        case .markedWrongTheAnswer: return "틀렸다고 표시했습니다. 정답:"
        case .notAnsweredTheAnswer: return "답하지 않았습니다. 정답:"
        case .overviewKeys: return "Enter 오답 보기  j/k 스크롤  q 나가기"
        case .overviewKeysShort: return "Enter 오답 보기  q 나가기"
        case .leaveKey: return "q 나가기"
        case .noWrongKeys: return "q 나가기  j/k 스크롤"
        case .browseKeys: return "n/p 다음/이전  Esc 개요  j/k 스크롤  q 나가기"
        case .browseKeysShort: return "n/p  Esc 돌아가기  q 나가기"
        case .saved(let path, nil): return "\(path)에 저장했습니다."
        case .saved(let path, let reviews?):
            return "\(path)에 저장하고 복습 \(reviews)개를 기록했습니다 (틀림: 다시, 맞음: 좋음)."
        case .notSaved(let reason): return "저장하지 못했습니다: \(reason) (나간 뒤 터미널을 보세요)"
        }
    }

    public var english: String {
        switch self {
        case .resultTitle: return "result"
        case .score: return "Score"
        case .correctOf(let correct, let total): return "(\(correct) of \(total))"
        case .pass: return "PASS"
        case .fail: return "FAIL"
        case .passMark(let percent): return "pass mark \(percent)%"
        case .time: return "Time"
        case .timeLimit(let limit): return "of " + limit
        case .timeRanOut: return "(time ran out)"
        case .byDomain: return "By domain, weakest first"
        case .noWrongAnswers: return "No wrong answers."
        case .wrongAnswers(let count): return "\(count) wrong or unanswered: Enter reads them, with the answers."
        case .wrongAnswerHeader(let number, let count, let question, let deck):
            return "Wrong answer \(number) of \(count) | question \(question) | \(deck)"
        case .notAnswered: return "Not answered."
        case .youTyped: return "You typed: "
        case .markedWrongTheAnswer: return "You marked it wrong. The answer:"
        case .notAnsweredTheAnswer: return "Not answered. The answer:"
        case .overviewKeys: return "Enter wrong answers  j/k scroll  q leave"
        case .overviewKeysShort: return "Enter wrong answers  q leave"
        case .leaveKey: return "q leave"
        case .noWrongKeys: return "q leave  j/k scroll"
        case .browseKeys: return "n/p next/previous  Esc overview  j/k scroll  q leave"
        case .browseKeysShort: return "n/p  Esc back  q leave"
        case .saved(let path, nil): return "Saved in \(path)."
        case .saved(let path, let reviews?):
            return "Saved in \(path); recorded \(reviews == 1 ? "1 review" : "\(reviews) reviews") (wrong: Again, right: Good)."
        case .notSaved(let reason): return "NOT saved: \(reason) (see the terminal after leaving)"
        }
    }

    public static var examples: [QuizResultMessage] {
        [.resultTitle, .score, .correctOf(correct: 3, total: 5), .pass, .fail, .passMark(percent: 72), .time,
         .timeLimit("130:00"), .timeRanOut, .byDomain, .noWrongAnswers, .wrongAnswers(2),
         .wrongAnswerHeader(number: 1, of: 2, question: 4, deck: "AWS::VPC"), .notAnswered, .youTyped,
         .markedWrongTheAnswer, .notAnsweredTheAnswer, .overviewKeys, .overviewKeysShort, .leaveKey, .noWrongKeys,
         .browseKeys, .browseKeysShort, .saved(path: "quiz-history.jsonl", reviews: nil),
         .saved(path: "quiz-history.jsonl", reviews: 3), .notSaved(reason: "disk full")]
    }
}
