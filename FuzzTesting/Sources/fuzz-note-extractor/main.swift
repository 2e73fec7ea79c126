import FuzzCheck
import RecallCore

/// Note extraction over any bytes as a Markdown note: it returns; its diagnostics name places in
/// the input; and the draft deck `recall extract` would write parses with no error, one note per
/// draft card, under the draft's ids (the writer neutralises whatever the deck format would read
/// as syntax).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNoteExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = bytes(data, size)
    let file = "note.md"
    let result = NoteExtractor.extract(bytes: input, file: file, sourceName: "note.md")
    InputLines(input).requireInside(result.diagnostics, file: file, what: "extract")
    let draft = DraftDeck(name: "Draft", sources: ["note.md"], cards: result.cards)
    let written = DraftWriter.render(draft)
    let parsed = DeckParser.parse(text: written, file: "draft.md", defaultDeckName: "Other")
    require(!parsed.diagnostics.hasErrors, "the draft deck has errors: \(parsed.diagnostics.errors)\n\(written)")
    let notes = parsed.deck?.notes ?? []
    require(notes.map(\.id) == draft.cards.map { draft.id(of: $0) },
            "the draft's notes are not its cards: \(notes.map(\.id)) for \(draft.cards.map { draft.id(of: $0) })\n\(written)")
    return 0
}
