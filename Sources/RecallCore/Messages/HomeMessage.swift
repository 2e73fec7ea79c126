import Foundation

/// What the home screen (the deck list) says.
public enum HomeMessage: Message, Equatable {
    /// Right of the title bar: today's answers and the streak.
    case today(answered: Int, streakDays: Int)
    /// The deck list's column headings.
    case deckColumn
    case newColumn
    case learningColumn
    case dueColumn
    /// Under the title bar when some deck files have errors.
    case deckProblems(errors: Int, files: Int)
    /// In place of the deck list when the folder holds no deck: the heading and the two ways to start.
    case noDecksYet
    case writeADeck
    case draftFromNotes
    /// The keys, in the status bar (the full form and a shorter one).
    case keys
    case keysShort
    /// The help overlay's title.
    case helpTitle
    /// The help overlay's line on the FSRS weights (from `config.json`): the defaults, set by
    /// hand, or fitted on a day with the log loss before and after.
    case fsrsDefaults
    case fsrsCustom
    case fsrsFitted(date: String, before: Double, after: Double)

    public var korean: String {
        switch self {
        case .today(let answered, let streak): return "오늘 학습 \(answered)개 | 연속 \(streak)일"
        case .deckColumn: return "덱"
        case .newColumn: return TermMessage.state(nil).korean
        case .learningColumn: return TermMessage.state(.learning).korean
        case .dueColumn: return "복습"
        case .deckProblems(let errors, let files):
            return "오류 \(errors)개(파일 \(files)개), 확인: recall check. 그 카드는 빠졌습니다."
        case .noDecksYet: return "덱 폴더에 아직 덱이 없습니다. 시작하는 방법:"
        case .writeADeck: return "- Markdown으로 직접 쓰기 (docs/deck-format.md 참고)"
        case .draftFromNotes: return "- 노트에서 초안: recall extract NOTES -o Decks/notes.md"
        case .keys: return "j/k 선택  Enter 학습  s 통계  ? 도움말  q 끝내기"
        case .keysShort: return "Enter 학습  s 통계  ? 도움말  q 끝내기"
        case .helpTitle: return "홈"
        case .fsrsDefaults: return "FSRS 매개변수: 기본값"
        case .fsrsCustom: return "FSRS 매개변수: config.json에서 직접 설정"
        case .fsrsFitted(let date, let before, let after):
            return "FSRS 매개변수: \(date)에 맞춤, log loss \(Self.three(before)) -> \(Self.three(after))"
        }
    }

    public var english: String {
        switch self {
        case .today(let answered, let streak): return "today \(answered) answered | streak \(streak == 1 ? "1 day" : "\(streak) days")"
        case .deckColumn: return "Deck"
        case .newColumn: return "New"
        case .learningColumn: return "Learn"
        case .dueColumn: return "Due"
        case .deckProblems(let errors, let files):
            let errorCount = errors == 1 ? "1 error" : "\(errors) errors"
            let fileCount = files == 1 ? "1 file" : "\(files) files"
            return "\(errorCount) in \(fileCount): run 'recall check'; those cards are left out."
        case .noDecksYet: return "No decks in the deck folder yet. To start:"
        case .writeADeck: return "- write one in Markdown, as docs/deck-format.md shows"
        case .draftFromNotes: return "- or draft one from your notes: recall extract NOTES -o Decks/notes.md"
        case .keys: return "j/k choose  Enter study  s stats  ? help  q quit"
        case .keysShort: return "Enter study  s stats  ? help  q quit"
        case .helpTitle: return "Home"
        case .fsrsDefaults: return "FSRS parameters: defaults"
        case .fsrsCustom: return "FSRS parameters: set in config.json"
        case .fsrsFitted(let date, let before, let after):
            return "FSRS parameters: fitted \(date), log loss \(Self.three(before)) -> \(Self.three(after))"
        }
    }

    public static var examples: [HomeMessage] {
        [.today(answered: 5, streakDays: 2), .deckColumn, .newColumn, .learningColumn, .dueColumn,
         .deckProblems(errors: 2, files: 1), .noDecksYet, .writeADeck, .draftFromNotes,
         .keys, .keysShort, .helpTitle, .fsrsDefaults, .fsrsCustom,
         .fsrsFitted(date: "2026-12-01", before: 0.4535, after: 0.4213)]
    }

    /// Three decimals: enough to see the gain at a glance.
    static func three(_ value: Double) -> String { String(format: "%.3f", value) }
}
