import RecallCore

/// A note without where it was written (its lines, and whether its id was written out), so that
/// a note and its round trip through the deck writer and parser compare equal.
func placeless(_ note: Note) -> Note {
    var note = note
    note.location = SourceLocation(file: "", line: 0)
    note.endLine = 0
    note.hasExplicitID = true
    note.options = note.options.map { ChoiceOption(text: $0.text, isCorrect: $0.isCorrect, line: 0) }
    return note
}

/// Requires `again` (a written deck read back) to hold the same notes as `notes`, in order.
public func requireSameNotes(_ again: [Note], _ notes: [Note], what: String) {
    require(again.count == notes.count, "\(what): \(notes.count) notes written, \(again.count) read back")
    for (read, written) in zip(again.map(placeless), notes.map(placeless)) {
        require(read == written, "\(what): a note changed\n  written   \(written)\n  read back \(read)")
    }
}
