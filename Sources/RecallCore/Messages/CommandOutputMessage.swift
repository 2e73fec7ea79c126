/// What the reading commands print: the headers and notices of `due`, `list`, `log`, `check`,
/// `show`, `answer`, `unsuspend` and `doctor`.
///
/// Why values: Korean places the numbers and ids itself (`'vpc-nat' id의 카드가 없습니다`).
public enum CommandOutputMessage: Message, Equatable {
    /// The deck column's header in `due` and `list`.
    case deckColumn
    /// The new cards column in `due`.
    case newColumn
    /// The learning column in `due`.
    case learningColumn
    /// The review column in `due`.
    case reviewColumn
    /// The card count column in `list`.
    case cardsColumn
    /// The file column in `list`.
    case fileColumn
    /// The last row of `due` and `list`.
    case totalRow
    /// On stderr when some deck has errors, before a command uses the valid cards.
    case deckErrorsLeftOut(errors: Int)
    /// On stderr when no deck folder is found.
    case noDeckFolder
    /// On stderr when `--decks` (or a path given to `check`) does not exist.
    case noSuchDeckPath(String)
    /// At the end of an undone answer's line in `log`.
    case undone
    /// In `log --questions` for a card that is in no deck any more.
    case noLongerInAnyDeck
    /// An answer's duration in `log` (`4.2s`), given as tenths of a second already rounded.
    case seconds(String)
    /// `check`'s one-line summary on stdout.
    case checkSummary(decks: Int, cards: Int, notes: Int, kinds: [NoteKind: Int], errors: Int, warnings: Int)
    /// `check --write-ids`: what was written.
    case wroteIDs(ids: Int, files: Int)
    /// `check --write-ids`: a file with errors is left alone.
    case idsNotWritten(file: String)
    /// `show` and `answer` with an id that no card has.
    case noCardWithID(String)
    /// `answer` with an id that no card in the decks has.
    case noCardWithIDInDecks(String)
    /// After `noCardWithID`: ids that start like the one given.
    case didYouMeanCards([String])
    /// `answer --stress` with an empty deck folder.
    case noCardsToAnswer
    /// `answer`: the grade given and when the card is due again.
    case answered(card: String, rating: Rating, due: String, interval: String)
    /// `unsuspend`: one card back in the queue.
    case unsuspended(String)
    /// `unsuspend --all` with nothing suspended.
    case noCardSuspended
    /// `unsuspend ID` for a card that is not suspended.
    case notSuspended(String)
    /// A line of `doctor`'s report: the finding's level, then its message.
    case doctorFinding(level: String, message: String)
    /// A line of `doctor`'s report: a card with progress that no deck has.
    case orphan(card: String, deck: String, file: String, answers: Int, last: String)
    /// `doctor` when the decks cannot be read.
    case orphansNotLookedFor
    /// `doctor` on stderr when it found problems.
    case problemsFound(Int)

    public var english: String {
        switch self {
        case .deckColumn: return "DECK"
        case .newColumn: return "NEW"
        case .learningColumn: return "LEARN"
        case .reviewColumn: return "REVIEW"
        case .cardsColumn: return "CARDS"
        case .fileColumn: return "FILE"
        case .totalRow: return "total"
        case .deckErrorsLeftOut(let errors):
            return "\(CountMessage.errors(errors).english) in the decks; those cards are left out (run 'recall check' for details)"
        case .noDeckFolder: return "no deck folder found; pass --decks DIR, set RECALL_DECKS, or run where ./Decks exists"
        case .noSuchDeckPath(let path): return "\(path): no such file or folder"
        case .undone: return "(undone)"
        case .noLongerInAnyDeck: return "(no longer in any deck)"
        case .seconds(let tenths): return tenths + "s"
        case .checkSummary(let decks, let cards, let notes, let kinds, let errors, let warnings):
            let byKind = NoteKind.allCases.compactMap { kind in kinds[kind].map { "\($0) \(kind.rawValue)" } }
            var problems: [String] = []
            if errors > 0 { problems.append(CountMessage.errors(errors).english) }
            if warnings > 0 { problems.append(CountMessage.warnings(warnings).english) }
            let kindsText = byKind.isEmpty ? "" : " (\(byKind.joined(separator: ", ")))"
            return "\(CountMessage.decks(decks).english), \(CountMessage.cards(cards).english) from "
                + "\(CountMessage.notes(notes).english)\(kindsText); "
                + (problems.isEmpty ? "no problems" : problems.joined(separator: ", "))
        case .wroteIDs(let ids, let files):
            return "wrote \(CountMessage.ids(ids).english) to \(CountMessage.files(files).english)"
        case .idsNotWritten(let file): return "\(file): has errors; ids not written until they are fixed"
        case .noCardWithID(let id): return "no card with id '\(id)'"
        case .noCardWithIDInDecks(let id): return "no card with id '\(id)' in the decks"
        case .didYouMeanCards(let ids): return "did you mean: \(ids.joined(separator: ", "))"
        case .noCardsToAnswer: return "no cards to answer"
        case .answered(let card, let rating, let due, let interval):
            return "\(card): \(rating.label); due \(due) (in \(interval))"
        case .unsuspended(let id): return "unsuspended \(id)"
        case .noCardSuspended: return "no card is suspended"
        case .notSuspended(let id): return "'\(id)' is not suspended"
        case .doctorFinding(let level, let message): return "\(level): \(message)"
        case .orphan(let card, let deck, let file, let answers, let last):
            return "orphan: \(card)  (deck \(deck), \(file), \(CountMessage.answers(answers).english), last \(last))"
        case .orphansNotLookedFor: return "note: the decks could not be read; orphans were not looked for"
        case .problemsFound(let n):
            return "\(CountMessage.problems(n).english) found; run 'recall doctor --repair' to repair (damaged files are kept in damaged/)"
        }
    }

    public var korean: String {
        switch self {
        case .deckColumn: return "덱"
        case .newColumn: return TermMessage.state(nil).korean
        case .learningColumn: return TermMessage.state(.learning).korean
        case .reviewColumn: return "복습"
        case .cardsColumn: return "카드"
        case .fileColumn: return "파일"
        case .totalRow: return "합계"
        case .deckErrorsLeftOut(let errors):
            return "덱에 \(KoreanParticle.attach(.subject, to: CountMessage.errors(errors).korean)) 있어 해당 카드는 빠졌습니다 "
                + "(자세한 내용은 'recall check')"
        case .noDeckFolder:
            return "덱 폴더를 찾을 수 없습니다. --decks DIR을 주거나, RECALL_DECKS를 설정하거나, ./Decks가 있는 곳에서 실행하세요"
        case .noSuchDeckPath(let path): return "\(path): 파일이나 폴더가 없습니다"
        case .undone: return "(취소됨)"
        case .noLongerInAnyDeck: return "(어느 덱에도 없음)"
        case .seconds(let tenths): return tenths + "초"
        case .checkSummary(let decks, let cards, let notes, let kinds, let errors, let warnings):
            let byKind = NoteKind.allCases.compactMap { kind in kinds[kind].map { "\(TermMessage.kind(kind).korean) \($0)" } }
            var problems: [String] = []
            if errors > 0 { problems.append(CountMessage.errors(errors).korean) }
            if warnings > 0 { problems.append(CountMessage.warnings(warnings).korean) }
            let kindsText = byKind.isEmpty ? "" : " (\(byKind.joined(separator: ", ")))"
            return "\(CountMessage.decks(decks).korean), \(CountMessage.notes(notes).korean)에서 "
                + "\(CountMessage.cards(cards).korean)\(kindsText); "
                + (problems.isEmpty ? "문제 없음" : problems.joined(separator: ", "))
        case .wroteIDs(let ids, let files):
            return "\(CountMessage.files(files).korean)에 \(KoreanParticle.attach(.object, to: CountMessage.ids(ids).korean)) 썼습니다"
        case .idsNotWritten(let file): return "\(file): 오류가 있어 고칠 때까지 id를 쓰지 않습니다"
        case .noCardWithID(let id): return "id가 '\(id)'인 카드가 없습니다"
        case .noCardWithIDInDecks(let id): return "덱에 id가 '\(id)'인 카드가 없습니다"
        case .didYouMeanCards(let ids): return "혹시 이 카드인가요: \(ids.joined(separator: ", "))"
        case .noCardsToAnswer: return "답할 카드가 없습니다"
        case .answered(let card, let rating, let due, let interval):
            return "\(card): \(TermMessage.rating(rating).korean), 다음 복습 \(due) (\(interval) 후)"
        case .unsuspended(let id): return "\(id) 보류 해제"
        case .noCardSuspended: return "보류된 카드가 없습니다"
        case .notSuspended(let id): return "'\(id)' 카드는 보류되어 있지 않습니다"
        case .doctorFinding(let level, let message):
            let label = ["ok": "정상", "note": "참고", "problem": "문제", "repaired": "복구함"][level] ?? level
            return "\(label): \(message)"
        case .orphan(let card, let deck, let file, let answers, let last):
            return "덱에 없는 카드: \(card)  (덱 \(deck), \(file), \(CountMessage.answers(answers).korean), 마지막 \(last))"
        case .orphansNotLookedFor: return "참고: 덱을 읽을 수 없어 덱에 없는 카드를 찾지 않았습니다"
        case .problemsFound(let n):
            return "\(KoreanParticle.attach(.subject, to: CountMessage.problems(n).korean)) 있습니다. "
                + "'recall doctor --repair'로 복구하세요 (손상된 파일은 damaged/에 보관됩니다)"
        }
    }

    public static var examples: [CommandOutputMessage] {
        [.deckColumn, .newColumn, .learningColumn, .reviewColumn, .cardsColumn, .fileColumn, .totalRow,
         .deckErrorsLeftOut(errors: 2), .noDeckFolder, .noSuchDeckPath("Decks"), .undone, .noLongerInAnyDeck, .seconds("4.2"),
         .checkSummary(decks: 2, cards: 24, notes: 20, kinds: [.basic: 6, .cloze: 8], errors: 1, warnings: 0),
         .wroteIDs(ids: 3, files: 1), .idsNotWritten(file: "Decks/vpc.md"), .noCardWithID("vpc-nat"),
         .noCardWithIDInDecks("vpc-nat"), .didYouMeanCards(["vpc-nat", "vpc-nat-2"]), .noCardsToAnswer,
         .answered(card: "vpc-nat", rating: .good, due: "2026-01-05 09:00:00", interval: "3d"),
         .unsuspended("vpc-nat"), .noCardSuspended, .notSuspended("vpc-nat"),
         .doctorFinding(level: "problem", message: "reviews.jsonl:3: 손상"),
         .orphan(card: "old-card", deck: "AWS::VPC", file: "vpc.md", answers: 3, last: "2026-01-02 09:00:00"),
         .orphansNotLookedFor, .problemsFound(2)]
    }
}
