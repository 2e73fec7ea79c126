/// The order a multiple-choice card's options are shown in.
///
/// Why: in a deck as written, the right answer tends to sit in one position (in the bundled
/// decks it was option 2 in 99 of 186 questions), and a learner who remembers "it's the second
/// one" has learned nothing. So review and the quiz shuffle the options, with one rule: every
/// note is shuffled unless it pins its order with `shuffle:: no` (for options such as
/// "all of the above"). The draws come from `QuizRandom`, so the order is the same on every
/// platform and Swift release.
public enum OptionOrder {
    /// Indices into `note.options`, in the order shown: a shuffle drawn from `random`, or the
    /// written order when the note pins it (then no draw is used).
    public static func shown(_ note: Note, using random: inout QuizRandom) -> [Int] {
        var order = Array(note.options.indices)
        if !note.pinsOptionOrder { random.shuffle(&order) }
        return order
    }

    /// The review order of a card on a study day (`StudyDay.dayNumber`): the same for every
    /// showing that day, so a redraw, a resize or an undo shows the same order, and a new one the
    /// next day, so the position is never what the learner remembers.
    public static func review(_ card: Card, studyDay: Int64) -> [Int] {
        var random = QuizRandom(seed: seed(card: card.id, studyDay: studyDay))
        return shown(card.note, using: &random)
    }

    /// FNV-1a of `id`, a unit separator and the day number: stable everywhere (unlike `Hasher`).
    static func seed(card id: String, studyDay: Int64) -> UInt64 {
        CardID.fnv1a64(Array((id + "\u{1F}" + String(studyDay)).utf8))
    }
}
