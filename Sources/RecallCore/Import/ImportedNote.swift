/// A note read from another program's file (an Anki text export, a spreadsheet), in Markdown,
/// before `DeckImport` gives it an id and checks it by writing and parsing it. Made only by the
/// readers in this module, so its memberwise initializer is enough.
public struct ImportedNote: Hashable, Sendable {
    /// The line its row starts on, for messages.
    public var line: Int
    /// The Anki guid or the csv `id`: the note's id if it is a valid one.
    public var guid: String? = nil
    /// Nil: the deck the import is told to use.
    public var deck: String? = nil
    public var kind: NoteKind
    /// One line of Markdown.
    public var prompt: String
    public var body: [String] = []
    public var options: [ChoiceOption] = []
    public var expectedAnswer: String? = nil
    public var alternatives: [String] = []
    public var explanation: [String] = []
    public var tags: [String] = []
    public var source: String? = nil

    /// Splits text whose first line is the heading: the rest, after one blank line, is the body.
    static func headingAndBody(_ lines: [String]) -> (String, [String]) {
        guard let first = lines.first else { return ("", []) }
        var rest = Array(lines.dropFirst())
        if rest.first?.trimmed.isEmpty == true { rest.removeFirst() }
        return (first, rest)
    }
}

/// Imported Markdown made safe for the deck format: text that the deck parser would read as its
/// own syntax (a `## ` heading that would start a new card, a `word:: ` field, a `- [x]` option,
/// a one-line `<!-- … -->` comment, a `{{c1::` cloze in a note that is not a cloze) is escaped
/// so that it stays text. Lines inside code fences are left as they are.
enum DeckText {
    static func neutralized(_ lines: [String], clozes: Bool) -> [String] {
        var openFence: MarkdownLines.Fence?
        return lines.map { line in
            let text = Substring(line)
            if let fence = openFence {
                if MarkdownLines.closes(text, fence) { openFence = nil }
                return line
            }
            if let fence = MarkdownLines.fence(in: text) {
                openFence = fence
                return line
            }
            return neutralizedLine(line, clozes: clozes)
        }
    }

    static func neutralizedLine(_ line: String, clozes: Bool) -> String {
        var line = clozes ? line : withoutClozes(line)
        let (indent, rest) = MarkdownBlock.leadingIndent(Substring(line))
        if indent <= 3, let level = MarkdownBlock.headingLevel(rest), level <= 2 {
            // A heading inside a card's text: one level below the cards' own.
            line = String(repeating: " ", count: indent) + "###" + rest.dropFirst(level)
        }
        let key = line.prefix { $0.isASCII && $0.isLetter }
        if !key.isEmpty, line.dropFirst(key.count).hasPrefix("::") {
            line = key + "\\" + line.dropFirst(key.count)
        }
        if let bullet = line.first, "-*+".contains(bullet), line.dropFirst().hasPrefix(" ["),
           line.count >= 5, Array(line)[4] == "]", " xX".contains(Array(line)[3]) {
            line = String(line.prefix(2)) + "\\" + line.dropFirst(2)
        }
        // Trimmed only when it can matter: a line of lists nested 255 deep is mostly indent.
        if line.containsBytes("<!--"), case let trimmed = line.trimmed, trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->"),
           let open = line.firstIndex(of: "<") {
            line = line[..<open] + "\\" + line[open...]
        }
        return line
    }

    /// `{{c1::` outside inline code becomes `{\{c1::`: shown the same, never a cloze.
    static func withoutClozes(_ line: String) -> String {
        guard line.containsBytes("{{c"), line.contains("{{c") else { return line }
        var result = ""
        var cursor = line.startIndex
        for segment in MarkdownLines.segmentsOutsideCode(Substring(line)) {
            result += line[cursor..<segment.startIndex]
            result += String(segment).replacingIfPresent("{{c", with: "{\\{c")
            cursor = segment.endIndex
        }
        return result + line[cursor...]
    }
}
