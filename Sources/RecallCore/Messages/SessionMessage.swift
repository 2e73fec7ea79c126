/// What is said as a study session ends (the summary screen, the line `recall review` prints
/// when nothing is due) and after the effects the executable performs for it (suspend, bury,
/// the editor, a failed save), which the review and home screens show.
public enum SessionMessage: Message, Equatable {
    /// The summary's title bar, after the session's scope.
    case summaryTitle
    /// The summary's heading.
    case sessionFinished
    /// The summary's rows: cards answered, time spent, the share of Again answers.
    case cardsStudied
    case time
    case again
    /// After the share of Again: how many of how many.
    case againOf(again: Int, answered: Int)
    /// The summary's note when nothing more is due today.
    case congratulations(scope: String)
    /// The summary's note when learning cards come back later today.
    case learningComesBack(TimeSpan)
    /// The summary's note when the learner left with cards still due (from the home screen, or `recall review`).
    case restStillDue
    case restStillDueReview
    /// The summary's status bar: back to the home screen, or quit after `recall review`.
    case backKeys
    case quitKeys
    /// Printed by `recall review`, and shown at the bottom of the home screen, when nothing is
    /// due in the scope (nil: the home screen's row of every deck).
    case nothingToStudy(scope: String?)
    /// A notice after `!`.
    case suspended(card: String)
    /// A notice after `-`.
    case buried
    /// A notice after the editor closed.
    case reloaded
    /// A notice: `$VISUAL`/`$EDITOR` names no program.
    case editorNotFound(editor: String)
    /// A notice: the editor exited with a failure status.
    case editorFailed(editor: String, status: Int32)
    /// A notice: the shell that runs the editor could not start (`reason` is the system's).
    case editorCouldNotStart(reason: String)
    /// A notice: the decks could not be read after the editor.
    case couldNotReadDecks(error: String)
    /// A notice after the editor: the decks now have errors.
    case deckErrors(Int)
    /// A notice: an answer, undo, suspend or bury could not be written.
    case notSaved(error: String)

    public var korean: String {
        switch self {
        case .summaryTitle: return "요약"
        case .sessionFinished: return "학습을 마쳤습니다"
        case .cardsStudied: return "학습한 카드"
        case .time: return "시간"
        case .again: return "다시"
        case .againOf(let again, let answered): return "(\(answered)개 중 \(again)개)"
        case .congratulations(let scope): return "축하합니다! 오늘 \(scope)에서 더 학습할 카드가 없습니다."
        case .learningComesBack(let span):
            return "학습 중인 카드가 \(LocalizedFormat.interval(span, language: .ko)) 뒤에 다시 나옵니다. 그때 다시 학습하세요."
        case .restStillDue: return "아직 남은 카드가 있습니다. 홈 화면에서 이어서 학습하세요."
        case .restStillDueReview:
            return "아직 남은 카드가 있습니다. 이어서 학습하려면 \(KoreanParticle.attach(.object, to: "'recall review'")) 다시 실행하세요."
        case .backKeys: return "Enter 또는 q: 돌아가기"
        case .quitKeys: return "Enter 또는 q: 끝내기"
        case .nothingToStudy(let scope?): return "오늘 \(scope)에서 학습할 카드가 없습니다."
        case .nothingToStudy(nil): return "오늘 학습할 카드가 없습니다."
        case .suspended(let card):
            return "보류했습니다. \(KoreanParticle.attach(.direction, to: "'recall unsuspend \(card)'")) 되돌릴 수 있습니다."
        case .buried: return "내일까지 묻어 두었습니다."
        case .reloaded: return "덱을 다시 읽었습니다."
        case .editorNotFound(let editor):
            return "편집기 \(KoreanParticle.attach(.object, to: "'\(editor)'")) 찾을 수 없습니다. $VISUAL이나 $EDITOR에 설치된 편집기를 지정하세요."
        case .editorFailed(let editor, let status):
            return "편집기 \(KoreanParticle.attach(.subject, to: "'\(editor)'")) 상태 \(KoreanParticle.attach(.direction, to: "\(status)")) 끝났습니다. 덱을 다시 읽었습니다."
        case .editorCouldNotStart(let reason): return "편집기를 시작하지 못했습니다: \(reason)."
        case .couldNotReadDecks(let error): return "덱을 다시 읽지 못했습니다: \(error)"
        case .deckErrors(let count): return "덱에 오류가 \(count)개 있어 그 카드는 빠졌습니다 (확인: recall check)."
        case .notSaved(let error): return "저장하지 못했습니다: \(error)"
        }
    }

    public var english: String {
        switch self {
        case .summaryTitle: return "summary"
        case .sessionFinished: return "Session finished"
        case .cardsStudied: return "Cards studied"
        case .time: return "Time"
        case .again: return "Again"
        case .againOf(let again, let answered): return "(\(again) of \(answered))"
        case .congratulations(let scope): return "Congratulations! Nothing more is due in \(scope) today."
        case .learningComesBack(let span): return "Learning cards come back in \(IntervalFormat.short(span)); study again then."
        case .restStillDue: return "The rest is still due; come back to it from the home screen."
        case .restStillDueReview: return "The rest is still due; run 'recall review' again to go on."
        case .backKeys: return "Enter or q: back"
        case .quitKeys: return "Enter or q: quit"
        case .nothingToStudy(let scope): return "Nothing to study in \(scope ?? "any deck") today."
        case .suspended(let card): return "Suspended. 'recall unsuspend \(card)' brings it back."
        case .buried: return "Buried until tomorrow."
        case .reloaded: return "Reloaded the decks."
        case .editorNotFound(let editor): return "Editor '\(editor)' not found: set $VISUAL or $EDITOR to an installed editor."
        case .editorFailed(let editor, let status): return "The editor '\(editor)' exited with status \(status); decks reloaded."
        case .editorCouldNotStart(let reason): return "Could not start the editor: \(reason)."
        case .couldNotReadDecks(let error): return "Could not read the decks again: \(error)"
        case .deckErrors(let count):
            return "\(count == 1 ? "1 error" : "\(count) errors") in the decks (see 'recall check'); those cards are left out."
        case .notSaved(let error): return "Not saved: \(error)"
        }
    }

    public static var examples: [SessionMessage] {
        [.summaryTitle, .sessionFinished, .cardsStudied, .time, .again, .againOf(again: 1, answered: 2),
         .congratulations(scope: "AWS::VPC"), .learningComesBack(.minutes(10)), .restStillDue, .restStillDueReview,
         .backKeys, .quitKeys, .nothingToStudy(scope: "AWS::VPC"), .nothingToStudy(scope: nil), .suspended(card: "vpc/nat"), .buried, .reloaded,
         .editorNotFound(editor: "vim"), .editorFailed(editor: "vim", status: 1), .editorCouldNotStart(reason: "No such file"),
         .couldNotReadDecks(error: "Decks"), .deckErrors(2), .notSaved(error: "disk full")]
    }
}
