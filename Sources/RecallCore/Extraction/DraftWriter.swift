/// Writes extracted cards as a deck file in the deck format (`docs/deck-format.md`).
///
/// Every card gets an explicit `<!-- id: … -->` and a `source:: file:line`. Text from a note is
/// neutralised where the deck format would read it as syntax: a line starting with `#`, a
/// `- [x]` box, a `word:: ` field, a code fence, a `{{c1::` cloze in a card that is not one.
public enum DraftWriter {
    /// A whole deck file: front matter, a title, then one `## ` note per card.
    public static func render(_ deck: DraftDeck) -> String {
        let sources = deck.sources.joined(separator: ", ")
        var text = "---\ndeck: \(deck.name)\n"
        if !sources.isEmpty { text += "source: \(sources)\n" }
        text += "---\n# \(escapedHeading(deck.name))\n\n"
        text += "Draft made by `recall extract`\(sources.isEmpty ? "" : " from \(escapedInline(sources, allowCloze: false))"). "
        text += "Review every card: reword, shorten or delete it.\nThe id comments keep a card's progress when you reword its question.\n"
        let notes = renderNotes(deck.cards, deck: deck.name)
        return notes.isEmpty ? text : text + "\n" + notes
    }

    /// The `## ` notes for `cards`, separated by blank lines, ending with a newline.
    public static func renderNotes(_ cards: [ExtractedCard], deck: String) -> String {
        cards.map { note($0, id: $0.id(deck: deck)) }.joined(separator: "\n")
    }

    /// One card as a deck note: its text escaped here, the note written by `DeckWriter`, the one
    /// writer of the deck format.
    static func note(_ card: ExtractedCard, id: String) -> String {
        var prompt: String
        var body: [String] = []
        let kind: NoteKind
        switch card.kind {
        case .cloze:
            kind = .cloze
            let sentence = escapedInline(card.prompt, allowCloze: true)
            if card.context.isEmpty {
                prompt = escapedHeading(sentence)
            } else {
                prompt = escapedHeading(card.context.joined(separator: ExtractedCard.contextSeparator))
                body = [escapedLineStart(sentence)]
            }
        case .basic, .reversible:
            kind = card.kind == .reversible ? .reversible : .basic
            prompt = escapedHeading(escapedInline(card.question, allowCloze: false))
            let answer = card.answer.map { escapedInline($0, allowCloze: false) }
            body = answer.count == 1 ? [escapedLineStart(answer[0])] : answer.map { "- " + escapedListItem($0) }
        }
        let note = Note(id: id, hasExplicitID: true, deck: "", kind: kind, prompt: prompt, body: body.joined(separator: "\n"),
                        source: card.source, location: SourceLocation(file: card.file, line: card.line), endLine: card.line)
        return DeckWriter.note(note)
    }

    /// Inline syntax: a cloze opener outside a cloze card, backticks that could open code, HTML comments.
    static func escapedInline(_ text: String, allowCloze: Bool) -> String {
        var result = text.replacing("`", with: "\\`").replacing("<!--", with: "&lt;!--")
        if !allowCloze { result = result.replacing("{{", with: "{ {") }
        return result
    }

    /// A heading is one line, and a closing `#` run would be dropped by Markdown.
    static func escapedHeading(_ text: String) -> String {
        var line = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
        if line.hasSuffix("#") { line = String(line.dropLast()) + "\\#" }
        return line
    }

    /// A body line that the deck parser or a Markdown viewer would read as structure gets a backslash.
    static func escapedLineStart(_ line: String) -> String {
        if let first = line.first, "#>=".contains(first) || MarkdownLines.fence(in: Substring(line)) != nil {
            return "\\" + line
        }
        let key = line.prefix { $0.isASCII && $0.isLetter }
        if !key.isEmpty, line.dropFirst(key.count).hasPrefix("::") {
            return key + "\\" + line.dropFirst(key.count)
        }
        return escapedListMarker(line)
    }

    /// After a `- ` bullet, a task box or a second list marker would still be syntax.
    static func escapedListItem(_ item: String) -> String {
        item.hasPrefix("[") ? "\\" + item : escapedListMarker(item)
    }

    /// `- x` → `\- x`, `1. x` → `1\. x`: text, not a list (or a multiple-choice option).
    static func escapedListMarker(_ line: String) -> String {
        guard NoteLine.listItemText(Substring(line)) != nil, let first = line.first else { return line }
        if first.isNumber, let mark = line.firstIndex(where: { $0 == "." || $0 == ")" }) {
            return line[..<mark] + "\\" + line[mark...]
        }
        return "\\" + line
    }
}
