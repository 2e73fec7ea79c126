/// A number of things in a command's summary: `3 cards`, `카드 3장`.
///
/// Why one enum: English adds an `s` and Korean puts a counter after the number (`장`, `개`),
/// so the noun and the number are placed by the message, not by the command.
public enum CountMessage: Message, Equatable {
    /// Decks, in `check`, `export`, `import` summaries.
    case decks(Int)
    /// Cards, in `check`, `export`, `import`, `extract` summaries.
    case cards(Int)
    /// Cards added by `extract` to an existing deck.
    case newCards(Int)
    /// Notes, in `check`, `export`, `import` summaries.
    case notes(Int)
    /// Deck errors, in `check`'s summary and the "left out" notice.
    case errors(Int)
    /// Deck warnings, in `check`'s summary.
    case warnings(Int)
    /// Files written by `check --write-ids` and `export -o FOLDER/`.
    case files(Int)
    /// Ids written by `check --write-ids`.
    case ids(Int)
    /// Answers of an orphaned card, in `doctor`.
    case answers(Int)
    /// Problems found by `doctor`.
    case problems(Int)
    /// Rows skipped by `import`.
    case rows(Int)
    /// Reviews recorded by a quiz attempt.
    case reviews(Int)

    public var english: String {
        func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
            "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
        }
        switch self {
        case .decks(let n): return count(n, "deck")
        case .cards(let n): return count(n, "card")
        case .newCards(let n): return count(n, "new card")
        case .notes(let n): return count(n, "note")
        case .errors(let n): return count(n, "error")
        case .warnings(let n): return count(n, "warning")
        case .files(let n): return count(n, "file")
        case .ids(let n): return count(n, "id")
        case .answers(let n): return count(n, "answer")
        case .problems(let n): return count(n, "problem")
        case .rows(let n): return count(n, "row")
        case .reviews(let n): return count(n, "review")
        }
    }

    public var korean: String {
        switch self {
        case .decks(let n): return "덱 \(n)개"
        case .cards(let n): return "카드 \(n)장"
        case .newCards(let n): return "새 카드 \(n)장"
        case .notes(let n): return "노트 \(n)개"
        case .errors(let n): return "오류 \(n)개"
        case .warnings(let n): return "경고 \(n)개"
        case .files(let n): return "파일 \(n)개"
        case .ids(let n): return "id \(n)개"
        case .answers(let n): return "답 \(n)번"
        case .problems(let n): return "문제 \(n)개"
        case .rows(let n): return "행 \(n)개"
        case .reviews(let n): return "복습 \(n)번"
        }
    }

    public static var examples: [CountMessage] {
        [.decks(2), .cards(1), .newCards(3), .notes(20), .errors(1), .warnings(2), .files(3), .ids(4), .answers(5),
         .problems(1), .rows(2), .reviews(10)]
    }
}
