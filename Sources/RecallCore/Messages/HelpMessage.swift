/// What each key does, in the help overlays (`?`) of the home, review and quiz screens. The
/// keys themselves are the same in both languages; only what they do is said in the language.
public enum HelpMessage: Message, Equatable, CaseIterable {
    /// Home: j / Down.
    case nextDeck
    /// Home: k / Up.
    case previousDeck
    /// Home: g / G.
    case firstLastDeck
    /// Home: Enter.
    case studyDeck
    /// Every screen: ?.
    case thisHelp
    /// Home: q.
    case quit
    /// Home: the heading of the commands below it, in the key column.
    case inTheShell
    /// Home: recall quiz.
    case quizCommand
    /// Home: recall export.
    case exportCommand
    /// Home: recall extract.
    case extractCommand
    /// `recall optimize --apply`, on the home screen's help, and `o`, which runs it from there.
    case optimizeCommand
    case optimizeNow
    /// Review: Space/Enter.
    case showAnswerThenGood
    /// Review: 1 2 3 4, the grades in order.
    case grades
    /// Review: 1-9.
    case pickToggleOptions
    /// Review: Enter.
    case checkChoiceOrTyping
    /// Review: Esc.
    case giveUpTyping
    /// Review: Ctrl-Z.
    case undoWhileTyping
    /// Review: Ctrl-Q.
    case leaveWhileTyping
    /// Review: j k Up Down.
    case scrollCard
    /// Review: u.
    case undoLastAnswer
    /// Review: e.
    case editCard
    /// Review: !.
    case suspendCard
    /// Review: -.
    case buryCard
    /// Review: q.
    case leaveSaved
    /// Quiz: 1-9.
    case pickOption
    /// Quiz: Space.
    case showAnswerOrType
    /// Quiz: r / w.
    case selfGrade
    /// Quiz: Enter.
    case nextQuestion
    /// Quiz: n p Left Right.
    case nextPrevious
    /// Quiz: j k Up Down.
    case scrollQuestion
    /// Quiz: f.
    case flag
    /// Quiz: l.
    case flaggedAndUnanswered
    /// Quiz: S.
    case submit
    /// Quiz: q.
    case leaveWithoutScoring

    public var korean: String {
        switch self {
        case .nextDeck: return "다음 덱"
        case .previousDeck: return "이전 덱"
        case .firstLastDeck: return "첫 덱 / 마지막 덱"
        case .studyDeck: return "덱 학습하기"
        case .thisHelp: return "이 도움말"
        case .quit: return "끝내기"
        case .inTheShell: return "셸에서:"
        case .quizCommand: return "시간제한 모의고사"
        case .exportCommand: return "인쇄용, csv, Anki"
        case .extractCommand: return "노트에서 카드 초안"
        case .optimizeCommand: return "--apply: 내 복습에 FSRS 매개변수 맞추기"
        case .optimizeNow: return "FSRS 매개변수를 지금 맞추기"
        case .showAnswerThenGood: return "정답 보기, 그다음 좋음"
        case .grades: return "다시 어려움 좋음 쉬움"
        case .pickToggleOptions: return "보기 고르기/해제"
        case .checkChoiceOrTyping: return "고른 보기나 입력 확인"
        case .giveUpTyping: return "입력 포기"
        case .undoWhileTyping: return "입력 중 되돌리기"
        case .leaveWhileTyping: return "입력 중 나가기"
        case .scrollCard: return "긴 카드 스크롤"
        case .undoLastAnswer: return "마지막 답 되돌리기"
        case .editCard: return "$EDITOR로 카드 편집"
        case .suspendCard: return "카드 보류"
        case .buryCard: return "내일까지 묻어 두기"
        case .leaveSaved: return "나가기 (모두 저장됨)"
        case .pickOption: return "보기 고르기/해제"
        case .showAnswerOrType: return "정답 보기 / 답 입력"
        case .selfGrade: return "맞음 / 틀림 채점"
        case .nextQuestion: return "다음 문제"
        case .nextPrevious: return "다음 / 이전"
        case .scrollQuestion: return "문제 스크롤"
        case .flag: return "다시 볼 문제로 표시"
        case .flaggedAndUnanswered: return "표시한/안 푼 문제"
        case .submit: return "제출 (먼저 묻습니다)"
        case .leaveWithoutScoring: return "채점하지 않고 나가기"
        }
    }

    public var english: String {
        switch self {
        case .nextDeck: return "next deck"
        case .previousDeck: return "previous deck"
        case .firstLastDeck: return "first / last deck"
        case .studyDeck: return "study the deck"
        case .thisHelp: return "this help"
        case .quit: return "quit"
        case .inTheShell: return "In the shell:"
        case .quizCommand: return "a timed mock exam"
        case .exportCommand: return "print, csv or Anki"
        case .extractCommand: return "draft cards from notes"
        case .optimizeCommand: return "--apply: fit the FSRS parameters to your reviews"
        case .optimizeNow: return "fit the FSRS parameters now"
        case .showAnswerThenGood: return "show answer, then Good"
        case .grades: return "Again Hard Good Easy"
        case .pickToggleOptions: return "pick (toggle) options"
        case .checkChoiceOrTyping: return "check choice or typing"
        case .giveUpTyping: return "give up typing"
        case .undoWhileTyping: return "undo, while typing"
        case .leaveWhileTyping: return "leave, while typing"
        case .scrollCard: return "scroll a long card"
        case .undoLastAnswer: return "undo the last answer"
        case .editCard: return "edit card in $EDITOR"
        case .suspendCard: return "suspend the card"
        case .buryCard: return "bury until tomorrow"
        case .leaveSaved: return "leave (all is saved)"
        case .pickOption: return "pick an option (toggle)"
        case .showAnswerOrType: return "show answer / type"
        case .selfGrade: return "self-grade right / wrong"
        case .nextQuestion: return "next question"
        case .nextPrevious: return "next / previous"
        case .scrollQuestion: return "scroll the question"
        case .flag: return "flag for review"
        case .flaggedAndUnanswered: return "flagged + unanswered"
        case .submit: return "submit (asks first)"
        case .leaveWithoutScoring: return "leave without scoring"
        }
    }

    public static var examples: [HelpMessage] { allCases }
}
