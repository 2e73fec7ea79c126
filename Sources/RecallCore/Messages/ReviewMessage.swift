/// What the review screen says around a card: the counts, the keys, the grades, the verdicts
/// and the notices after undo and the like.
public enum ReviewMessage: Message, Equatable {
    /// The counts under the title bar: new cards, learning cards, reviews left, answers given.
    case newCount(Int)
    case learningCount(Int)
    case dueCount(Int)
    case doneCount(Int)
    /// In place of a card when only learning cards are left, due later.
    case learningWait(TimeSpan)
    /// A grade's name, on the grade line (`1 Again 10m`).
    case grade(Rating)
    /// The action line before the answer is shown: `Space show answer`.
    case showAnswer
    /// The action line of a choice card, after `1-4`: several options, or one.
    case toggleOptions
    case pickAnOption
    /// The action line after `Enter` on a choice or type-in card.
    case check
    /// The action line of a type-in card, after `Esc`.
    case giveUp
    /// The verdict on a choice card answered right.
    case right
    /// The verdict on a choice card answered wrongly, with the numbers of the right options.
    case wrongChoice(numbers: String)
    /// The verdict on a type-in card answered right, before what was typed.
    case rightTyped
    /// After a right typed answer that differed only in spacing.
    case onlySpacingDiffered
    /// The verdict on a wrong typed answer.
    case wrong
    /// Before what was typed, above the answer, when it was wrong.
    case typedLabel
    /// Under a type-in card's answer: the other answers it accepts.
    case alsoAccepted([String])
    /// A notice: Enter on a choice card before any option was picked.
    case pickFirst(options: Int)
    /// A notice: `u` before any answer in this session.
    case nothingToUndoInSession
    /// A notice: the store had no answer to undo.
    case nothingToUndo
    /// A notice: the last answer was taken back.
    case undone
    /// A notice, before the editor's: the card just edited is gone from the decks.
    case editedCardGone
    /// The keys in the status bar while typing (full, shorter, shortest).
    case typingKeys
    case typingKeysShort
    case typingKeysShortest
    /// The keys in the status bar (full, shorter, shortest).
    case keys
    case keysShort
    case keysShortest
    /// The help overlay's title.
    case helpTitle

    public var korean: String {
        switch self {
        case .newCount(let n): return "새 카드 \(n)"
        case .learningCount(let n): return "학습 중 \(n)"
        case .dueCount(let n): return "복습 \(n)"
        case .doneCount(let n): return "완료 \(n)"
        case .learningWait(let span):
            return "학습 중인 카드가 \(LocalizedFormat.interval(span, language: .ko)) 뒤에 다시 나옵니다. 여기서 기다리거나 q를 누르세요."
        case .grade(let rating): return TermMessage.rating(rating).korean
        case .showAnswer: return "정답 보기"
        case .toggleOptions: return "보기 고르기/해제"
        case .pickAnOption: return "보기 고르기"
        case .check: return "확인"
        case .giveUp: return "포기"
        case .right: return "정답입니다."
        case .wrongChoice(let numbers): return "틀렸습니다. 정답: \(numbers)번."
        case .rightTyped: return "정답입니다: "
        case .onlySpacingDiffered: return "(띄어쓰기만 달랐습니다)"
        case .wrong: return "틀렸습니다."
        case .typedLabel: return "입력:"
        case .alsoAccepted(let answers): return "다른 정답: " + answers.joined(separator: " | ")
        case .pickFirst(let options): return "먼저 \(KoreanParticle.attach(.direction, to: "1-\(options)")) 보기를 고르세요."
        case .nothingToUndoInSession: return "이번 학습에서 되돌릴 답이 없습니다."
        case .nothingToUndo: return "되돌릴 답이 없습니다."
        case .undone: return "되돌렸습니다: 카드를 다시 보여 줍니다."
        case .editedCardGone: return "편집한 카드가 이제 덱에 없습니다."
        case .typingKeys: return "Ctrl-Z 되돌리기  Ctrl-Q 나가기  (다른 키는 입력됩니다)"
        case .typingKeysShort: return "Ctrl-Z 되돌리기  Ctrl-Q 나가기"
        case .typingKeysShortest: return "^Z 되돌리기  ^Q 나가기"
        case .keys: return "? 도움말  u 되돌리기  e 편집  ! 보류  - 묻어 두기  q 나가기"
        case .keysShort: return "? 도움말  u 되돌리기  e 편집  q 나가기"
        case .keysShortest: return "? 도움말  q 나가기"
        case .helpTitle: return "복습"
        }
    }

    public var english: String {
        switch self {
        case .newCount(let n): return "\(n) new"
        case .learningCount(let n): return "\(n) learning"
        case .dueCount(let n): return "\(n) due"
        case .doneCount(let n): return "\(n) done"
        case .learningWait(let span): return "Learning cards come back in \(IntervalFormat.short(span)). Wait here, or press q."
        case .grade(let rating): return rating.label
        case .showAnswer: return "show answer"
        case .toggleOptions: return "toggle options"
        case .pickAnOption: return "pick an option"
        case .check: return "check"
        case .giveUp: return "give up"
        case .right: return "Right."
        case .wrongChoice(let numbers): return "Wrong. The answer: \(numbers)."
        case .rightTyped: return "Right: "
        case .onlySpacingDiffered: return "(only the spacing differed)"
        case .wrong: return "Wrong."
        case .typedLabel: return "Typed:"
        case .alsoAccepted(let answers): return "Also accepted: " + answers.joined(separator: " | ")
        case .pickFirst(let options): return "Pick an option with 1-\(options) first."
        case .nothingToUndoInSession: return "Nothing to undo in this session."
        case .nothingToUndo: return "Nothing to undo."
        case .undone: return "Undone: the card is back."
        case .editedCardGone: return "The card you edited is no longer in the decks."
        case .typingKeys: return "Ctrl-Z undo  Ctrl-Q leave  (other keys are typed)"
        case .typingKeysShort: return "Ctrl-Z undo  Ctrl-Q leave"
        case .typingKeysShortest: return "^Z undo  ^Q leave"
        case .keys: return "? help  u undo  e edit  ! suspend  - bury  q leave"
        case .keysShort: return "? help  u undo  e edit  q leave"
        case .keysShortest: return "? help  q leave"
        case .helpTitle: return "Review"
        }
    }

    public static var examples: [ReviewMessage] {
        [.newCount(3), .learningCount(1), .dueCount(5), .doneCount(2), .learningWait(.minutes(10))]
            + Rating.allCases.map { .grade($0) }
            + [.showAnswer, .toggleOptions, .pickAnOption, .check, .giveUp, .right, .wrongChoice(numbers: "1, 3"),
               .rightTyped, .onlySpacingDiffered, .wrong, .typedLabel, .alsoAccepted(["Direct Connect", "DX"]),
               .pickFirst(options: 4), .nothingToUndoInSession, .nothingToUndo, .undone, .editedCardGone,
               .typingKeys, .typingKeysShort, .typingKeysShortest, .keys, .keysShort, .keysShortest, .helpTitle]
    }
}
