/// Writes notes in the deck format (`docs/deck-format.md`), so that parsing the text gives the
/// same notes back: same kind, prompt, body, options, answers, explanation, tags, source, and id.
/// (One exception, shown the same: a question ending in `#` after a space, which only `## x # #`
/// can write, comes back as `x \#`, the one way every writer marks such a `#`: `MarkdownEscape`.)
///
/// Every note gets an explicit `<!-- id: … -->` (the id it has now, derived or not), so the
/// written deck keeps its ids even if it is renamed or its questions reworded later. Used by
/// `recall export --format md` and to write what `recall import` read.
public enum DeckWriter {
    public struct DeckHeader: Sendable {
        public var name: String
        public var tags: [String]
        public var source: String?
        public var scheduler: SchedulerKind?
        /// A line under the title, for the reader.
        public var description: String?

        public init(name: String, tags: [String] = [], source: String? = nil, scheduler: SchedulerKind? = nil,
                    description: String? = nil) {
            self.name = name
            self.tags = tags
            self.source = source
            self.scheduler = scheduler
            self.description = description
        }

        public init(_ deck: Deck, description: String? = nil) {
            self.init(name: deck.name, tags: deck.tags, source: deck.source, scheduler: deck.scheduler, description: description)
        }
    }

    /// A whole deck file: front matter, a `# ` title, then the notes.
    public static func deckFile(_ header: DeckHeader, notes: [Note]) -> String {
        var text = "---\ndeck: \(frontMatterValue(header.name))\n"
        if !header.tags.isEmpty { text += "tags: [\(header.tags.joined(separator: ", "))]\n" }
        if let source = header.source { text += "source: \(frontMatterValue(source))\n" }
        if let scheduler = header.scheduler { text += "scheduler: \(scheduler.rawValue)\n" }
        let title = header.name.components(separatedBy: "::").last ?? header.name
        text += "---\n# \(MarkdownEscape.heading(title))\n"
        if let description = header.description { text += "\n\(description)\n" }
        for note in notes {
            text += "\n" + self.note(note, deckTags: header.tags, deckSource: header.source)
        }
        return text
    }

    /// One `## ` note, ending with a newline. Tags and source the deck already gives are left out.
    public static func note(_ note: Note, deckTags: [String] = [], deckSource: String? = nil) -> String {
        var lines = ["## " + MarkdownEscape.heading(note.prompt), "<!-- id: \(note.id) -->"]
        if note.kind == .reversible { lines.append("type:: reversible") }
        if let answer = note.expectedAnswer { lines.append("answer:: \(answer)") }
        if !note.alternatives.isEmpty { lines.append("accept:: " + note.alternatives.joined(separator: " | ")) }
        if !note.body.isEmpty { lines.append(note.body) }
        for option in note.options {
            lines.append("- [\(option.isCorrect ? "x" : " ")] \(option.text)")
        }
        if note.pinsOptionOrder { lines.append("shuffle:: no") }
        if let explanation = note.explanation {
            for line in explanation.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(line.isEmpty ? "explanation::" : "explanation:: \(line)")
            }
        }
        let ownTags = note.tags.filter { !deckTags.contains($0) }
        if !ownTags.isEmpty { lines.append("tags:: " + ownTags.joined(separator: ", ")) }
        if let source = note.source, source != deckSource { lines.append("source:: \(source)") }
        if let guid = note.guid { lines.append("guid:: \(guid)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Front matter strips one pair of quotes around a value, so a quoted value gets another pair.
    static func frontMatterValue(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return "\"\(value)\""
        }
        return value
    }
}
