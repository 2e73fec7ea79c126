/// Words every screen shares: the card kinds, the scroll position, the labels of an answer,
/// the help overlay's frame and the too-small notice. Why one enum: the review screen and the
/// quiz say these the same way, so a learner meets one word for one thing.
public enum ScreenMessage: Message, Equatable {
    /// The kind of a card, above its prompt in a review and in the quiz (`choice`, `cloze`).
    case cardKind(NoteKind)
    /// A reversible card shown from its back, above the prompt.
    case reversedCard
    /// After the kind of a choice card with several right options.
    case pickAll
    /// Above a quiz question the learner grades after seeing the answer.
    case gradeYourself
    /// What the title bar names when a session or a quiz covers every deck.
    case allDecks
    /// Time spent, on the summary and the quiz result: in Korean `3분 20초`; in English the
    /// clock the screen has always shown (`3:20`, `03:20`), given as `clock`.
    case timeSpent(seconds: Int, clock: String)
    /// Right of the counts when a card is taller than the screen: `lines 1-9 of 20, j/k scroll`.
    case linesShown(first: Int, last: Int, of: Int)
    /// Before a card's explanation, in bold.
    case why
    /// Before a card's source (`source: vpc.txt:12`).
    case source(String)
    /// Before the expected answer of a type-in card or question.
    case answerLabel
    /// After a right option the learner did not pick, once checked.
    case missedOption
    /// After an option the learner picked wrongly, once checked.
    case wrongOption
    /// The help overlay's title: `Review keys`.
    case helpTitle(String)
    /// The help overlay's last row when not every key fits: `3 more: make the window taller`.
    case moreKeys(Int)
    /// The help overlay's last row.
    case anyKeyCloses
    /// The too-small notice's first line.
    case terminalTooSmall
    /// The too-small notice: the size and the size needed.
    case sizeNeeded(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int)
    /// The too-small notice: the way out.
    case makeItBigger
    /// The too-small notice on the smallest screens.
    case tooSmall
    /// The too-small notice on the smallest screens: the way out.
    case qQuits

    public var korean: String {
        switch self {
        case .cardKind(let kind): return TermMessage.kind(kind).korean
        case .reversedCard: return "뒤집기 (뒷면부터)"
        case .pickAll: return "모두 고르기"
        case .gradeYourself: return "스스로 채점"
        case .allDecks: return "모든 덱"
        case .timeSpent(let seconds, _): return LocalizedFormat.duration(seconds: seconds, language: .ko)
        case .linesShown(let first, let last, let total): return "\(total)줄 중 \(first)-\(last)줄, j/k 스크롤"
        case .why: return "해설:"
        case .source(let source): return "출처: " + source
        case .answerLabel: return "정답:"
        case .missedOption: return "(놓침)"
        case .wrongOption: return "(오답)"
        case .helpTitle(let title): return title + " 단축키"
        case .moreKeys(let count): return "\(count)개 더: 창을 더 키우세요"
        case .anyKeyCloses: return "아무 키나 누르면 닫힙니다"
        case .terminalTooSmall: return "터미널이 너무 작습니다"
        case .sizeNeeded(let width, let height, let minimumWidth, let minimumHeight):
            return "지금 \(width)x\(height), 최소 \(minimumWidth)x\(minimumHeight)"
        case .makeItBigger: return "창을 키우거나 q로 끝내세요"
        case .tooSmall: return "너무 작습니다"
        case .qQuits: return "q: 끝내기"
        }
    }

    public var english: String {
        switch self {
        case .cardKind(let kind): return kind == .typein ? "type the answer" : kind.rawValue
        case .reversedCard: return "reversed"
        case .pickAll: return "pick all"
        case .gradeYourself: return "grade yourself"
        case .allDecks: return "All decks"
        case .timeSpent(_, let clock): return clock
        case .linesShown(let first, let last, let total): return "lines \(first)-\(last) of \(total), j/k scroll"
        case .why: return "Why:"
        case .source(let source): return "source: " + source
        case .answerLabel: return "Answer:"
        case .missedOption: return "(missed)"
        case .wrongOption: return "(wrong)"
        case .helpTitle(let title): return title + " keys"
        case .moreKeys(let count): return "\(count) more: make the window taller"
        case .anyKeyCloses: return "any key closes"
        case .terminalTooSmall: return "Terminal too small"
        case .sizeNeeded(let width, let height, let minimumWidth, let minimumHeight):
            return "\(width)x\(height), needs \(minimumWidth)x\(minimumHeight)"
        case .makeItBigger: return "Make it bigger, or q quits"
        case .tooSmall: return "Too small"
        case .qQuits: return "q quits"
        }
    }

    public static var examples: [ScreenMessage] {
        NoteKind.allCases.map { .cardKind($0) } + [
            .reversedCard, .pickAll, .gradeYourself, .allDecks, .timeSpent(seconds: 200, clock: "3:20"), .linesShown(first: 1, last: 9, of: 20), .why,
            .source("vpc.txt:12"), .answerLabel, .missedOption, .wrongOption, .helpTitle("복습"), .moreKeys(3),
            .anyKeyCloses, .terminalTooSmall, .sizeNeeded(width: 30, height: 8, minimumWidth: 40, minimumHeight: 10),
            .makeItBigger, .tooSmall, .qQuits,
        ]
    }
}
