/// Turns an Anki collection read from a package into recall's notes, by deck: each note type is
/// recognised by its shape (a cloze note type; one template; two templates where the second
/// asks the first's answer; `{{type:…}}` in the front; a reverse card that depends on a field),
/// then its fields go through the text import's rules (`AnkiTextImport.Row`), so one rule reads
/// Anki's HTML whatever file it came in, and the notes recall exported come back as they were.
/// A note whose note type has no recall kind is reported by its id and skipped.
public enum AnkiPackageImport {
    /// The notes imported and what became of each Anki note.
    public struct Notes: Sendable {
        public var result: ImportResult
        /// Notes and cards left out, each by Anki note id.
        public var skipped: [PackageImportMessage]
        /// The recall note each imported Anki note became, by Anki note id.
        public var recallNotes: [Int64: Note]
    }

    /// What recall does with a note type's notes: the text import's note type name for the note,
    /// or nil when recall has no such kind.
    enum Shape: Equatable {
        case cloze, basic, reversible, typein
        /// Basic (optional reversed card): reversible when the field the reverse needs is filled.
        case optionalReverse(field: Int)
    }

    public static func notes(_ collection: AnkiCollection, file: String, deckOverride: String? = nil) -> Notes {
        let notetypes = Dictionary(collection.notetypes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let deckNames = Dictionary(collection.decks.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var homeDeck: [Int64: (ordinal: Int, deck: Int64)] = [:]
        for card in collection.cards where homeDeck[card.noteID].map({ card.ordinal < $0.ordinal }) ?? true {
            homeDeck[card.noteID] = (card.ordinal, card.deckID)
        }
        var skipped: [PackageImportMessage] = []
        var imported: [ImportedNote] = []
        var ankiIDs: [Int64] = []
        for note in collection.notes {
            guard let notetype = notetypes[note.notetypeID], let shape = shape(of: notetype) else {
                skipped.append(.unsupportedNotetype(note: note.id, notetype: notetypes[note.notetypeID]?.name ?? String(note.notetypeID)))
                continue
            }
            let row = AnkiTextImport.Row(line: ankiIDs.count + 1, fields: note.fields, html: true)
            switch row.note(notetype: textNotetype(shape, note: note)) {
            case .failure(let problem):
                skipped.append(.noteSkipped(note: note.id, reason: problem.reason))
            case .success(var converted):
                converted.note.guid = note.guid
                converted.note.deck = homeDeck[note.id].flatMap { deckNames[$0.deck] }
                converted.note.tags = note.tags.map { $0.replacing(",", with: "_") }
                imported.append(converted.note)
                ankiIDs.append(note.id)
            }
        }
        var result = DeckImport.assemble(imported, file: file, defaultDeck: "Imported", deckOverride: deckOverride)
        for diagnostic in result.skipped {
            let reason = if case ImportMessage.rowSkipped(let because) = diagnostic.content { because } else { diagnostic.content }
            skipped.append(.noteSkipped(note: ankiIDs[diagnostic.location.line - 1], reason: reason))
        }
        result.skipped = []
        var recallNotes: [Int64: Note] = [:]
        for note in result.notes { recallNotes[ankiIDs[note.location.line - 1]] = note }
        for card in collection.cards {
            guard let note = recallNotes[card.noteID] else { continue }
            if CardVariant(ankiOrdinal: card.ordinal, kind: note.kind).map({ variant in note.cards.contains { $0.variant == variant } }) != true {
                skipped.append(.cardWithoutRecallCard(note: card.noteID, ordinal: card.ordinal))
            }
        }
        return Notes(result: result, skipped: skipped, recallNotes: recallNotes)
    }

    /// The note type name under which the text import reads a note of this shape.
    static func textNotetype(_ shape: Shape, note: AnkiNote) -> String {
        switch shape {
        case .cloze: return AnkiTextExport.cloze
        case .basic: return AnkiTextExport.basic
        case .reversible: return AnkiTextExport.reversed
        case .typein: return AnkiTextExport.typeIn
        case .optionalReverse(let field):
            let filled = field < note.fields.count && !note.fields[field].trimmed.isEmpty
            return filled ? AnkiTextExport.reversed : AnkiTextExport.basic
        }
    }

    /// What recall makes of the note type's notes; nil when recall has no such kind: Image
    /// Occlusion, more than two templates, templates whose fields are not the first two.
    static func shape(of notetype: AnkiNotetype) -> Shape? {
        guard let first = notetype.templates.first, notetype.fields.count >= 2 else { return nil }
        let front = TemplateFields(first.front)
        let question = notetype.fields[0]
        if notetype.kind == .cloze {
            let imageOcclusion = first.front.contains("image-occlusion") || notetype.name.hasPrefix("Image Occlusion")
            return notetype.templates.count == 1 && front.clozes == [question] && !imageOcclusion ? .cloze : nil
        }
        guard front.fields == [question] else { return nil }
        let answer = notetype.fields[1]
        let back = TemplateFields(first.back)
        guard back.fields.contains(answer) || back.typed.contains(answer) || front.typed == [answer] else { return nil }
        switch notetype.templates.count {
        case 1:
            return front.typed == [answer] ? .typein : front.typed.isEmpty ? .basic : nil
        case 2 where front.typed.isEmpty:
            let reverse = TemplateFields(notetype.templates[1].front)
            guard reverse.fields == [answer] else { return nil }
            if let condition = reverse.conditions.first(where: { $0 != answer }) {
                return notetype.fields.firstIndex(of: condition).map { .optionalReverse(field: $0) }
            }
            return .reversible
        default:
            return nil
        }
    }
}

/// The fields a card template shows (`{{Field}}`, `{{text:Field}}`), types in
/// (`{{type:Field}}`), clozes (`{{cloze:Field}}`) and shows only when filled (`{{#Field}}`);
/// Anki's special fields (`FrontSide`, `Tags`, …) are left out.
struct TemplateFields {
    var fields: [String] = []
    var typed: [String] = []
    var clozes: [String] = []
    var conditions: [String] = []

    static let special: Set<String> = ["FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag", "CardID"]

    init(_ template: String) {
        var rest = template[...]
        while let open = rest.firstRange(of: "{{"), let close = rest[open.upperBound...].firstRange(of: "}}") {
            var token = String(rest[open.upperBound..<close.lowerBound].trimmed)
            rest = rest[close.upperBound...]
            if token.hasPrefix("/") || token.hasPrefix("!") { continue }
            if token.hasPrefix("#") || token.hasPrefix("^") {
                conditions.append(String(token.dropFirst().trimmed))
                continue
            }
            let filters = token.split(separator: ":").map { String($0.trimmed) }
            token = filters.last ?? token
            if Self.special.contains(token) { continue }
            if filters.dropLast().contains("type") {
                typed.append(token)
            } else if filters.dropLast().contains("cloze") {
                clozes.append(token)
            } else if !fields.contains(token) {
                fields.append(token)
            }
        }
    }
}
