/// The words of the domain that commands print beside values: grades, card kinds, card states.
///
/// Why here: the screens (grade line, card kind, count columns), `log`, `show`, `answer`, `check`
/// and the deck messages name the same grades, kinds and states, and a learner must read the same
/// Korean word for each everywhere (다시 / 어려움 / 좋음 / 쉬움): this is the one table of them.
public enum TermMessage: Message, Equatable {
    /// A grade, in `log` and `answer` (`Good`, `좋음`).
    case rating(Rating)
    /// A card kind, in `show` and `check`'s summary (`basic`, `기본`).
    case kind(NoteKind)
    /// A card's state in `show` (`review`, `복습`); nil is a new card.
    case state(CardState?)

    public var english: String {
        switch self {
        case .rating(let rating): return rating.label
        case .kind(let kind): return kind.rawValue
        case .state(let state):
            switch state {
            case nil: return "new"
            case .learning: return "learning"
            case .review: return "review"
            case .relearning: return "relearning"
            }
        }
    }

    public var korean: String {
        switch self {
        case .rating(let rating):
            switch rating {
            case .again: return "다시"
            case .hard: return "어려움"
            case .good: return "좋음"
            case .easy: return "쉬움"
            }
        case .kind(let kind):
            switch kind {
            case .basic: return "기본"
            case .reversible: return "뒤집기"
            case .cloze: return "빈칸"
            case .choice: return "객관식"
            case .typein: return "입력형"
            }
        case .state(let state):
            switch state {
            case nil: return "새 카드"
            case .learning: return "학습 중"
            case .review: return "복습"
            case .relearning: return "다시 학습"
            }
        }
    }

    public static var examples: [TermMessage] {
        Rating.allCases.map { .rating($0) } + NoteKind.allCases.map { .kind($0) }
            + [.state(nil), .state(.learning), .state(.review), .state(.relearning)]
    }
}
