/// Writes extracted cards as a deck file in the deck format (`docs/deck-format.md`).
///
/// Every card gets an explicit `<!-- id: … -->`, its `tags::` and a `source:: file:line`. Text from a note is
/// neutralised where the deck format would read it as syntax: a line that Markdown reads as
/// structure (a heading, a list item, a fence: `MarkdownEscape`), a `- [x]` box, a `word:: `
/// field, a `{{c1::` cloze in a card that is not one.
public enum DraftWriter {
    /// A whole deck file: front matter, a title, then one `## ` note per card.
    public static func render(_ deck: DraftDeck) -> String {
        let sources = deck.sources.joined(separator: ", ")
        var text = "---\ndeck: \(deck.name)\n"
        if !sources.isEmpty { text += "source: \(sources)\n" }
        text += "---\n# \(MarkdownEscape.heading(deck.name))\n\n"
        text += "Draft made by `recall extract`\(sources.isEmpty ? "" : " from \(escapedInline(sources, allowCloze: false))"). "
        text += "Review every card: reword, shorten or delete it.\nThe id comments keep a card's progress when you reword its question.\n"
        let notes = renderNotes(deck.cards, deck: deck.name)
        return notes.isEmpty ? text : text + "\n" + notes
    }

    /// The `## ` notes for `cards`, separated by blank lines, ending with a newline.
    public static func renderNotes(_ cards: [ExtractedCard], deck: String) -> String {
        renderNotes(cards.map { ($0, $0.id(deck: deck)) })
    }

    /// The `## ` notes for cards whose ids are given (a triaged card keeps its draft's id
    /// however it was edited), separated by blank lines, ending with a newline.
    public static func renderNotes(_ cards: [(card: ExtractedCard, id: String)]) -> String {
        cards.map { note($0.card, id: $0.id) }.joined(separator: "\n")
    }

    /// `text` (a deck file's, kept byte for byte) with `cards` appended after a blank line, in
    /// the file's own line ending: how a merge and the triage screen add cards to a deck.
    public static func appending(_ cards: [(card: ExtractedCard, id: String)], to text: String) -> String {
        guard !cards.isEmpty else { return text }
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        var appended = text.isEmpty || text.hasSuffix("\n") ? "" : newline
        if !text.isEmpty { appended += newline }
        let notes = renderNotes(cards)
        appended += newline == "\n" ? notes : notes.replacing("\n", with: "\r\n")
        return text + appended
    }

    /// One card as a deck note: its text escaped here, the note written by `DeckWriter`, the one
    /// writer of the deck format (which also marks a heading's closing `#`).
    public static func note(_ card: ExtractedCard, id: String) -> String {
        var prompt: String
        var body: [String] = []
        let kind: NoteKind
        switch card.kind {
        case .cloze:
            kind = .cloze
            let sentence = escapedInline(card.prompt, allowCloze: true)
            if card.context.isEmpty {
                prompt = sentence
            } else {
                prompt = card.context.joined(separator: ExtractedCard.contextSeparator)
                body = [escapedLineStart(sentence)]
            }
        case .basic, .reversible:
            kind = card.kind == .reversible ? .reversible : .basic
            prompt = escapedInline(card.question, allowCloze: false)
            let answer = card.answer.map { escapedInline($0, allowCloze: false) }
            body = answer.count == 1 ? [escapedLineStart(answer[0])] : answer.map { "- " + escapedListItem($0) }
        }
        let note = Note(id: id, hasExplicitID: true, deck: "", kind: kind, prompt: prompt, body: body.joined(separator: "\n"),
                        tags: card.tags, source: card.source, location: SourceLocation(file: card.file, line: card.line), endLine: card.line)
        return DeckWriter.note(note)
    }

    /// Inline syntax: a cloze opener outside a cloze card, backticks that could open code, HTML comments.
    static func escapedInline(_ text: String, allowCloze: Bool) -> String {
        var result = text.replacing("`", with: "\\`").replacing("<!--", with: "&lt;!--")
        if !allowCloze { result = result.replacing("{{", with: "{ {") }
        return result
    }

    /// A body line that the deck parser or a Markdown viewer would read as structure gets a
    /// backslash: a `word:: ` field here, Markdown's line starts by `MarkdownEscape`.
    static func escapedLineStart(_ line: String) -> String {
        let key = line.prefix { $0.isASCII && $0.isLetter }
        if !key.isEmpty, line.dropFirst(key.count).hasPrefix("::") {
            return key + "\\" + line.dropFirst(key.count)
        }
        return MarkdownEscape.lineStart(line)
    }

    /// After a `- ` bullet, a task box or a second list marker would still be syntax.
    static func escapedListItem(_ item: String) -> String {
        if item.hasPrefix("[") { return "\\" + item }
        return MarkdownBlock.ListMarker(Substring(item), indent: 0) != nil ? MarkdownEscape.lineStart(item) : item
    }
}
