/// `recall export --format anki`: Anki's text import format, one note per row, with the header
/// lines that tell Anki everything (`docs/export.md`):
///
///     #separator:tab
///     #html:true
///     #guid column:1
///     #notetype column:2
///     #deck column:3
///     #tags column:6
///     vpc-nat→Basic→AWS::VPC→<front>→<back>→nat vpc          (→ is a tab)
///
/// The guid is the recall note id (or the note's `guid::`, for a note that came from Anki), so importing again updates the notes instead of adding
/// copies. Notetypes are Anki's stock ones, which every collection has: basic notes are
/// `Basic`, reversible ones `Basic (and reversed card)`, cloze notes `Cloze` (Text, Back Extra),
/// multiple-choice and type-in notes `Basic`. Fields are HTML (`MarkdownToHTML`); the parts that
/// are not plain card text carry a class, so that `AnkiTextImport` can make the same note again:
/// `recall-options` and `recall-correct` lists, the type-in `recall-answer` and `recall-accept`,
/// and `recall-explanation`. The note's source is an HTML comment, which Anki keeps and hides.
public enum AnkiTextExport {
    public static let basic = "Basic"
    public static let reversed = "Basic (and reversed card)"
    public static let cloze = "Cloze"
    /// Anki's other stock note types, which the imports read (as type-in, and as reversible when
    /// the reverse field is filled).
    public static let typeIn = "Basic (type in the answer)"
    public static let optionalReversed = "Basic (optional reversed card)"

    public static let header = """
        #separator:tab
        #html:true
        #guid column:1
        #notetype column:2
        #deck column:3
        #tags column:6

        """

    public static func render(_ notes: [Note]) -> String {
        var writer = CSVWriter(delimiter: "\t", lineEnding: "\n")
        writer.writeRaw(header)
        for note in notes {
            let (front, back) = fields(note)
            writer.write([note.ankiGUID, notetype(note.kind), note.deck, front, back, note.tags.joined(separator: " ")])
        }
        return writer.text
    }

    public static func notetype(_ kind: NoteKind) -> String {
        switch kind {
        case .basic, .choice, .typein: return basic
        case .reversible: return reversed
        case .cloze: return cloze
        }
    }

    /// The note's two fields: Front and Back, or Text and Back Extra.
    public static func fields(_ note: Note) -> (String, String) {
        let prompt = MarkdownToHTML.inline(note.prompt, clozes: note.kind == .cloze)
        let body = MarkdownToHTML.blocks(note.body, clozes: note.kind == .cloze)
        let extra = explanation(note, rule: note.kind != .cloze) + source(note)
        switch note.kind {
        case .basic, .reversible:
            return (prompt, body + extra)
        case .cloze:
            return (body.isEmpty ? prompt : prompt + "<br><br>" + body, extra)
        case .choice:
            var front = body.isEmpty ? prompt : prompt + "<br><br>" + body
            front += "<ol class=\"recall-options\" type=\"A\">"
            for option in note.options { front += "<li>" + MarkdownToHTML.inline(option.text) + "</li>" }
            front += "</ol>"
            var back = "<ol class=\"recall-correct\" type=\"A\">"
            for (index, option) in note.options.enumerated() where option.isCorrect {
                back += "<li value=\"\(index + 1)\">" + MarkdownToHTML.inline(option.text) + "</li>"
            }
            return (front, back + "</ol>" + extra)
        case .typein:
            var back = "<div class=\"recall-answer\">" + MarkdownToHTML.escapeText(note.expectedAnswer ?? "") + "</div>"
            if !note.alternatives.isEmpty {
                back += "<div class=\"recall-accept\">Also accepted: "
                    + note.alternatives.map { MarkdownToHTML.escapeText($0) }.joined(separator: " | ") + "</div>"
            }
            return (prompt, back + body + extra)
        }
    }

    static func explanation(_ note: Note, rule: Bool) -> String {
        guard let explanation = note.explanation else { return "" }
        return (rule ? "<hr>" : "") + "<div class=\"recall-explanation\">" + MarkdownToHTML.blocks(explanation) + "</div>"
    }

    static func source(_ note: Note) -> String {
        guard let source = note.source else { return "" }
        return "<!-- source: " + source.replacing("--", with: "- -") + " -->"
    }

    /// Names that Anki would change or merge: deck names and tags that differ only in case
    /// (Anki compares them without case), and spaces around a part of a deck name (Anki drops
    /// them). Each is a message for the user, in English.
    public static func warnings(_ notes: [Note]) -> [String] { notices(notes).map(\.english) }

    /// `warnings` as messages, said in the language where they are printed.
    public static func notices(_ notes: [Note]) -> [AnkiWarningMessage] {
        var messages: [AnkiWarningMessage] = []
        var decks: [String: String] = [:]
        var tags: [String: String] = [:]
        for note in notes {
            let deckKey = note.deck.lowercased()
            if let seen = decks[deckKey], seen != note.deck {
                messages.append(.decksDifferInCase(seen, note.deck))
            }
            if decks[deckKey] == nil {
                decks[deckKey] = note.deck
                if note.deck.components(separatedBy: "::").contains(where: { $0.trimmed.count != $0.count }) {
                    messages.append(.deckSpaces(note.deck))
                }
            }
            for tag in note.tags {
                let key = tag.lowercased()
                if let seen = tags[key], seen != tag {
                    messages.append(.tagsDifferInCase(seen, tag))
                }
                if tags[key] == nil { tags[key] = tag }
            }
        }
        var seen = Set<AnkiWarningMessage>()
        return messages.filter { seen.insert($0).inserted }
    }
}
