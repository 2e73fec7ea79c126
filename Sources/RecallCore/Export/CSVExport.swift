/// `recall export --format csv`: one RFC 4180 row per card, for spreadsheets, with a header row.
///
/// Text columns hold the deck's Markdown. A note's cards share its text, so `CSVImport` can make
/// the note again from any of them:
/// - `question`: the heading; for cloze and multiple-choice notes, then a blank line and the
///   body (the text the learner reads first). A reverse card's question is the body.
/// - `answer`: the body; a reverse card's is the heading; a type-in note's is the expected
///   answer, then a blank line and the body; a cloze card's is what it hides; a multiple-choice
///   card's is its correct options, one per line.
/// - `options`: multiple choice only, `- [x] right` and `- [ ] wrong`, one per line.
/// - `tags` separated by spaces (a tag never holds one); `accept` separated by ` | `.
/// - progress: `state` (`new`, `learning`, `review`, `relearning`), `due` (UTC, ISO 8601),
///   `stability`, `difficulty` (FSRS), `reps`, `lapses`; empty for a new card.
public enum CSVExport {
    public static let columns = ["id", "deck", "type", "question", "answer", "options", "tags", "source",
                                 "state", "due", "stability", "difficulty", "reps", "lapses", "explanation", "accept"]

    /// U+FEFF, written first by `--excel`: Excel reads a csv without it in the Windows code page
    /// (CP949 on Korean Windows), which garbles every Hangul cell. Rows already end in CRLF.
    public static let byteOrderMark = "\u{FEFF}"

    public static func render(_ decks: [Deck], progress: ProgressState) -> String {
        var writer = CSVWriter(delimiter: ",", lineEnding: "\r\n")
        writer.write(columns)
        for card in decks.flatMap(\.cards) {
            writer.write(row(card, progress: progress.cards[card.id]))
        }
        return writer.text
    }

    static func row(_ card: Card, progress: CardProgress?) -> [String] {
        let note = card.note
        let (question, answer) = questionAndAnswer(card)
        let options = note.options.map { "- [\($0.isCorrect ? "x" : " ")] \($0.text)" }.joined(separator: "\n")
        return [card.id, note.deck, note.kind.rawValue, question, answer, options, note.tags.joined(separator: " "),
                note.source ?? ""]
            + progressColumns(progress?.schedule)
            + [note.explanation ?? "", note.alternatives.joined(separator: " | ")]
    }

    static func questionAndAnswer(_ card: Card) -> (String, String) {
        let note = card.note
        switch (note.kind, card.variant) {
        case (.reversible, .reverse):
            return (note.body, note.prompt)
        case (.cloze, .cloze(let number)):
            let hidden = ClozeText.scan(joined(note.prompt, note.body)).matches.filter { $0.number == number }.map(\.answer)
            return (joined(note.prompt, note.body), hidden.joined(separator: "\n"))
        case (.choice, _):
            return (joined(note.prompt, note.body), note.options.filter(\.isCorrect).map(\.text).joined(separator: "\n"))
        case (.typein, _):
            return (note.prompt, joined(note.expectedAnswer ?? "", note.body))
        default:
            return (note.prompt, note.body)
        }
    }

    /// A heading and a body as one text: the heading's line, a blank line, the body.
    static func joined(_ first: String, _ rest: String) -> String {
        rest.isEmpty ? first : first + "\n\n" + rest
    }

    /// state, due, stability, difficulty, reps, lapses.
    static func progressColumns(_ schedule: CardSchedule?) -> [String] {
        guard let schedule, !schedule.isNew else { return ["new", "", "", "", "", ""] }
        return [ProgressText.state(schedule), schedule.due.iso8601, schedule.stability.map(PythonFloat.repr) ?? "",
                schedule.difficulty.map(PythonFloat.repr) ?? "", String(schedule.reps), String(schedule.lapses)]
    }
}

/// A card's state as exports name it: `new` until its first answer, then the scheduler's state.
public enum ProgressText {
    public static func state(_ schedule: CardSchedule?) -> String {
        guard let schedule, !schedule.isNew else { return "new" }
        switch schedule.state {
        case .learning: return "learning"
        case .review: return "review"
        case .relearning: return "relearning"
        }
    }
}
