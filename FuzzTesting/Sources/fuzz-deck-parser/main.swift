import FuzzCheck
import RecallCore

/// The deck parser over any bytes as a deck file: it returns; every diagnostic names a place in
/// the input; and a deck without errors, written by DeckWriter and parsed again, gives the same
/// notes and cards with no error (the promise of `recall export --format md` and of import).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeckParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = bytes(data, size)
    let file = "fuzz.md"
    let result = DeckParser.parse(bytes: input, file: file, defaultDeckName: "Fuzz")
    InputLines(input).requireInside(result.diagnostics, file: file, what: "parse")
    guard let deck = result.deck, !result.diagnostics.hasErrors else { return 0 }
    let written = DeckWriter.deckFile(DeckWriter.DeckHeader(deck), notes: deck.notes)
    let again = DeckParser.parse(text: written, file: "written.md", defaultDeckName: "Other")
    require(!again.diagnostics.hasErrors, "the written deck has errors: \(again.diagnostics.errors)\n\(written)")
    guard let reread = again.deck else { return 0 }
    require(reread.name == deck.name && reread.tags == deck.tags && reread.source == deck.source
                && reread.scheduler == deck.scheduler,
            "the deck's header changed: \(deck.name) \(deck.tags) \(deck.source ?? "-") -> \(reread.name) \(reread.tags) \(reread.source ?? "-")")
    requireSameNotes(reread.notes, deck.notes, what: "deck written and read back")
    return 0
}
