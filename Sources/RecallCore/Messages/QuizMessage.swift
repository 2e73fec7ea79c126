/// What the quiz screen says while the exam runs: the progress line, the keys, the notices and
/// the dialogs (the result screen's words are `QuizResultMessage`).
public enum QuizMessage: Message, Equatable {
    /// The progress line: which question of how many.
    case questionOf(Int, total: Int)
    /// The progress line: answered so far, flagged, and the mark on a flagged question.
    case answeredCount(Int)
    case flaggedCount(Int)
    case flaggedMark
    /// Where a type-in question's answer goes before one is typed.
    case notAnswered
    /// Under a self-graded question's answer.
    case markedRight
    case markedWrong
    /// The action line: what Enter, Esc, Space, r and w do (after the key).
    case keepTheAnswer
    case cancel
    case next
    case typeTheAnswer
    case type
    case iWasRight
    case iWasWrong
    case showTheAnswer
    /// The status bar (full, shorter, shortest).
    case keys
    case keysShort
    case keysShortest
    /// A notice: `l` with nothing flagged or unanswered.
    case nothingFlagged
    /// A notice: `r` or `w` before the answer is shown.
    case showAnswerFirst
    /// The submit dialog: title, what is open, its keys.
    case submitTitle
    case openAndFlagged(unanswered: Int, flagged: Int)
    case submitKeys
    /// The leave dialog: title, what leaving means, its keys.
    case leaveTitle
    case nothingIsSaved
    case leaveKeys
    /// The list of flagged and unanswered questions: its title and the marks on each row.
    case listTitle
    case flaggedWord
    case unansweredWord
    /// The help overlay's title.
    case helpTitle

    public var korean: String {
        switch self {
        case .questionOf(let n, let total): return "문제 \(n)/\(total)"
        case .answeredCount(let n): return "\(n)개 답함"
        case .flaggedCount(let n): return "표시 \(n)개"
        case .flaggedMark: return "[표시]"
        case .notAnswered: return "(답하지 않음)"
        case .markedRight: return "맞았다고 표시했습니다."
        case .markedWrong: return "틀렸다고 표시했습니다."
        case .keepTheAnswer: return "답 저장"
        case .cancel: return "취소"
        case .next: return "다음"
        case .typeTheAnswer: return "답 입력"
        case .type: return "입력"
        case .iWasRight: return "맞았음"
        case .iWasWrong: return "틀렸음"
        case .showTheAnswer: return "정답 보기"
        case .keys: return "Enter 다음  p/n 이동  f 표시  l 목록  S 제출  ? 도움말  q 나가기"
        case .keysShort: return "p/n 이동  f 표시  S 제출  ? 도움말"
        case .keysShortest: return "S 제출  ? 도움말"
        case .nothingFlagged: return "표시했거나 안 푼 문제가 없습니다."
        case .showAnswerFirst: return "먼저 Space로 정답을 보세요."
        case .submitTitle: return "퀴즈를 제출할까요?"
        case .openAndFlagged(let unanswered, let flagged): return "안 푼 문제 \(unanswered)개, 표시한 문제 \(flagged)개."
        case .submitKeys: return "y 제출   다른 키: 돌아가기"
        case .leaveTitle: return "채점하지 않고 나갈까요?"
        case .nothingIsSaved: return "아무것도 저장되지 않습니다."
        case .leaveKeys: return "y 나가기   다른 키: 돌아가기"
        case .listTitle: return "표시한 문제와 안 푼 문제: Enter로 이동"
        case .flaggedWord: return "표시함"
        case .unansweredWord: return "미응답"
        case .helpTitle: return "퀴즈"
        }
    }

    public var english: String {
        switch self {
        case .questionOf(let n, let total): return "Question \(n) of \(total)"
        case .answeredCount(let n): return "\(n) answered"
        case .flaggedCount(let n): return "\(n) flagged"
        case .flaggedMark: return "[flagged]"
        case .notAnswered: return "(not answered)"
        case .markedRight: return "You marked it right."
        case .markedWrong: return "You marked it wrong."
        case .keepTheAnswer: return "keep the answer"
        case .cancel: return "cancel"
        case .next: return "next"
        case .typeTheAnswer: return "type the answer"
        case .type: return "type"
        case .iWasRight: return "I was right"
        case .iWasWrong: return "I was wrong"
        case .showTheAnswer: return "show the answer"
        case .keys: return "Enter next  p/n move  f flag  l list  S submit  ? help  q leave"
        case .keysShort: return "p/n move  f flag  S submit  ? help"
        case .keysShortest: return "S submit  ? help"
        case .nothingFlagged: return "No flagged or unanswered questions."
        case .showAnswerFirst: return "Show the answer with Space first."
        case .submitTitle: return "Submit the quiz?"
        case .openAndFlagged(let unanswered, let flagged): return "\(unanswered) unanswered, \(flagged) flagged."
        case .submitKeys: return "y submit   any other key: back"
        case .leaveTitle: return "Leave without scoring?"
        case .nothingIsSaved: return "Nothing is saved."
        case .leaveKeys: return "y leave   any other key: back"
        case .listTitle: return "Flagged and unanswered: Enter goes there"
        case .flaggedWord: return "flagged"
        case .unansweredWord: return "unanswered"
        case .helpTitle: return "Quiz"
        }
    }

    public static var examples: [QuizMessage] {
        [.questionOf(3, total: 5), .answeredCount(2), .flaggedCount(1), .flaggedMark, .notAnswered, .markedRight,
         .markedWrong, .keepTheAnswer, .cancel, .next, .typeTheAnswer, .type, .iWasRight, .iWasWrong, .showTheAnswer,
         .keys, .keysShort, .keysShortest, .nothingFlagged, .showAnswerFirst, .submitTitle,
         .openAndFlagged(unanswered: 2, flagged: 1), .submitKeys, .leaveTitle, .nothingIsSaved, .leaveKeys,
         .listTitle, .flaggedWord, .unansweredWord, .helpTitle]
    }
}
