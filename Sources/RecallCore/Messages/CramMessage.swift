/// What a cram session says (`recall review --cram`, the home screen's `c`, a quiz's wrong
/// answers studied again): its title, that its answers leave the schedules, when there is nothing.
public enum CramMessage: Message, Equatable {
    /// After the scope in the title bar: `AWS (벼락치기)`.
    case cramTag
    /// The counts row of a cram session: cards left.
    case cardsLeft(Int)
    /// The counts row: what the answers do.
    case scheduleUnchanged
    case scheduleChanged
    /// Printed by `recall review --cram`, and shown on the home screen, when there is nothing to cram in the scope.
    case nothingToCram(scope: String)
    /// The home screen's help: the `c` key.
    case cramDeck
    /// `recall review --quiz-wrong`: the attempt's line has no wrong cards recorded (an older line).
    case attemptHasNoWrongList(attempt: Int)
    /// `recall review --quiz-wrong`: every answer of the attempt was right.
    case attemptAllRight(attempt: Int)
    /// `recall review --quiz-wrong`: no such attempt in the history.
    case noSuchAttempt(attempt: Int, count: Int)
    /// The quiz result screen's key line, once the attempt is saved: `r` studies the wrong ones now.
    case resultKeysWithStudy
    case resultKeysWithStudyShort
    /// The summary's note when a cram session went through all its cards.
    case crammedAll
    /// `recall answer --cram` of a card never studied.
    case notStudied(card: String)
    /// `recall answer --cram`: what was recorded, and the due that stays.
    case answeredCram(card: String, rating: Rating, due: String)

    public var korean: String {
        switch self {
        case .cramTag: return "벼락치기"
        case .cardsLeft(let n): return "남은 카드 \(n)"
        case .scheduleUnchanged: return "답해도 일정은 그대로입니다"
        case .scheduleChanged: return "답하면 일정이 바뀝니다 (--reschedule)"
        case .nothingToCram(let scope): return "\(scope): 벼락치기할 카드가 없습니다 (오늘 복습할 카드 외에 학습한 카드가 없음)"
        case .cramDeck: return "덱 벼락치기"
        case .attemptHasNoWrongList(let attempt): return "\(attempt)번째 시도에는 틀린 카드 기록이 없습니다 (이전 버전의 기록)"
        case .attemptAllRight(let attempt): return "\(attempt)번째 시도에서 틀린 카드가 없습니다"
        case .noSuchAttempt(let attempt, let count): return "\(attempt)번째 시도가 없습니다 (기록된 시도 \(count)개)"
        case .resultKeysWithStudy: return "Enter 오답 보기  r 틀린 카드 학습  j/k 스크롤  q 나가기"
        case .resultKeysWithStudyShort: return "Enter 오답  r 틀린 카드 학습  q 나가기"
        case .crammedAll: return "벼락치기할 카드를 모두 봤습니다."
        case .notStudied(let card): return "'\(card)' 카드는 아직 학습하지 않았습니다: 벼락치기는 학습한 카드만 합니다"
        case .answeredCram(let card, let rating, let due): return "\(card): \(TermMessage.rating(rating).korean) (벼락치기, 일정은 그대로: 다음 복습 \(due))"
        }
    }

    public var english: String {
        switch self {
        case .cramTag: return "cram"
        case .cardsLeft(let n): return "\(n) left"
        case .scheduleUnchanged: return "answers leave the schedule as it is"
        case .scheduleChanged: return "answers reschedule the cards (--reschedule)"
        case .nothingToCram(let scope): return "Nothing to cram in \(scope): no studied card outside today's reviews."
        case .cramDeck: return "cram the deck"
        case .attemptHasNoWrongList(let attempt): return "Attempt \(attempt) has no list of wrong cards (recorded by an older recall)."
        case .attemptAllRight(let attempt): return "Attempt \(attempt) has no wrong answers."
        case .noSuchAttempt(let attempt, let count): return "There is no attempt \(attempt) (the history has \(count))."
        case .resultKeysWithStudy: return "Enter wrong answers  r study them  j/k scroll  q leave"
        case .resultKeysWithStudyShort: return "Enter wrong  r study them  q leave"
        case .crammedAll: return "Every card of the cram session is done."
        case .notStudied(let card): return "'\(card)' has not been studied yet: cramming takes studied cards only."
        case .answeredCram(let card, let rating, let due): return "\(card): \(rating.label) (cram, schedule unchanged: due \(due))"
        }
    }

    public static let examples: [CramMessage] = [
        .cramTag, .cardsLeft(12), .scheduleUnchanged, .scheduleChanged, .nothingToCram(scope: "AWS"), .cramDeck,
        .attemptHasNoWrongList(attempt: 2), .attemptAllRight(attempt: 3), .noSuchAttempt(attempt: 9, count: 4), .resultKeysWithStudy, .resultKeysWithStudyShort, .crammedAll,
        .notStudied(card: "vpc-nat"), .answeredCram(card: "vpc-nat", rating: .good, due: "2026-01-05 09:00:00"),
    ]
}
