import RecallCore

/// What both import targets check of one read: it returns; skipped rows and warnings name places
/// in the input; and each imported deck, written as `recall import` writes it, parses with no
/// error to the same notes and cards.
public func checkImport(_ input: [UInt8], format: ImportFormat, file: String) {
    let result = DeckImport.read(bytes: input, file: file, format: format, defaultDeck: "Imported")
    let lines = InputLines(input)
    lines.requireInside(result.skipped, file: file, what: "\(format) import, skipped")
    lines.requireInside(result.warnings, file: file, what: "\(format) import, warning")
    for deck in result.decks {
        let written = DeckWriter.deckFile(DeckWriter.DeckHeader(name: deck.name), notes: deck.notes)
        let parsed = DeckParser.parse(text: written, file: "imported.md", defaultDeckName: "Other")
        require(!parsed.diagnostics.hasErrors, "the imported deck has errors: \(parsed.diagnostics.errors)\n\(written)")
        require(parsed.deck?.name == deck.name, "the deck name \(deck.name) reads back as \(parsed.deck?.name ?? "-")")
        requireSameNotes(parsed.deck?.notes ?? [], deck.notes, what: "\(format) import written and read back")
    }
}
