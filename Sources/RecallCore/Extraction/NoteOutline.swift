/// A note as an outline: headings, list items and paragraph lines, each under its nearest
/// shallower entry. The outline gives every card its context (`VPC › Network ACL`) and lets a
/// heading or a lead line see the lines that belong to it.
struct NoteOutline {
    struct Entry {
        enum Kind: Equatable {
            case heading
            /// A short standalone line acting as a heading, in notes written without `#` marks.
            case pseudoHeading
            case item
            case paragraph
            case table([NoteLine])
            /// An Obsidian card written by the author (`Q::A`, `?` block, `==cloze==`).
            case authored(ExtractedCard.Kind, ExtractedCard.Rule, prompt: String, answer: [String])
        }

        var kind: Kind
        /// Plain text (see `NoteInline`); nil when the line gives no card text.
        var text: String?
        var line: Int
        /// Headings 1–6, pseudo-headings 6–7, body lines 10 + indentation: deeper nests under shallower.
        var depth: Int
        var parent: Int?
        var children: [Int] = []
        /// The first heading of a note when it is a `# ` title: too general to be context.
        var isTitle = false
        /// In a blockquote or callout: an aside, not part of a lead's answer.
        var quoted = false
        /// A talk's title from an image's alt text: context for the lines below, never a question.
        var fromImage = false

        var isBody: Bool { kind == .item || kind == .paragraph }
    }

    private(set) var entries: [Entry] = []

    init(text: String) {
        let lines = NoteLine.read(text)
        let cleaned: [String?] = lines.map { line in
            switch line.kind {
            case .heading, .item, .paragraph: return NoteInline.clean(line.text)
            default: return nil
            }
        }
        let hasHeadings = lines.contains { if case .heading = $0.kind { return true } else { return false } }
        var stack: [Int] = []
        var sawHeading = false
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let bodyDepth = 10 + line.indent
            switch line.kind {
            case .blank, .separator:
                index += 1
                continue
            case .imageHeading:
                // As deep as a heading goes: the next heading of any level ends its part.
                var entry = Entry(kind: .heading, text: ImageTitle.subject(line.text), line: line.number, depth: 6)
                entry.fromImage = true
                push(entry, &stack)
            case .heading(let level):
                var entry = Entry(kind: .heading, text: cleaned[index], line: line.number, depth: level)
                entry.isTitle = !sawHeading && level == 1
                sawHeading = true
                push(entry, &stack)
            case .tableRow:
                let rows = lines[index...].prefix { $0.kind == .tableRow }
                push(Entry(kind: .table(Array(rows)), text: nil, line: line.number, depth: bodyDepth), &stack)
                index += rows.count
                continue
            case .item, .paragraph:
                let startsBlock = index == 0 || lines[index - 1].isBlank || lines[index - 1].kind != line.kind
                if startsBlock, let (found, end) = ObsidianCards.multiline(lines, from: index) {
                    push(Entry(kind: found, text: nil, line: line.number, depth: bodyDepth), &stack)
                    index = end
                    continue
                }
                if let found = ObsidianCards.inline(line.text) ?? ObsidianCards.highlight(line.text) {
                    push(Entry(kind: found, text: nil, line: line.number, depth: bodyDepth), &stack)
                } else {
                    let depth = line.kind == .paragraph
                        ? Self.pseudoHeadingDepth(at: index, lines, cleaned, liberal: !hasHeadings) ?? bodyDepth
                        : bodyDepth
                    let kind: Entry.Kind = depth < 10 ? .pseudoHeading : (line.kind == .item ? .item : .paragraph)
                    var entry = Entry(kind: kind, text: cleaned[index], line: line.number, depth: depth)
                    entry.quoted = line.quoted
                    push(entry, &stack)
                }
            }
            index += 1
        }
    }

    private mutating func push(_ entry: Entry, _ stack: inout [Int]) {
        var entry = entry
        while let top = stack.last, entries[top].depth >= entry.depth { stack.removeLast() }
        entry.parent = stack.last
        entries.append(entry)
        let index = entries.count - 1
        if let parent = entry.parent { entries[parent].children.append(index) }
        stack.append(index)
    }

    /// The texts of the entries above `index`, nearest last: at most `limit`, each short enough
    /// to read as a heading. The note's title is left out.
    func context(of index: Int, limit: Int = 2) -> [String] {
        var result: [String] = []
        var current = entries[index].parent
        while let parent = current, result.count < limit {
            let entry = entries[parent]
            if !entry.isTitle, let text = entry.text, text.count <= Self.maximumContextLength, !NoteInline.isChatter(text),
               !CardFilter.skippedLeads.contains(text.lowercased()) {
                result.insert(text, at: 0)
            }
            current = entry.parent
        }
        return result
    }

    static let maximumContextLength = 60

    // MARK: Pseudo-headings

    /// Whether a standalone paragraph line acts as a heading, and at which depth.
    ///
    /// A candidate is short, is not a sentence and defines nothing itself. In a note that has
    /// Markdown headings it counts only when a list follows it (`추천하는 AWS 툴` then `- …`). In a
    /// note without any, it heads whatever follows; a candidate followed by another candidate is
    /// one level up (a section name, then a topic name).
    static func pseudoHeadingDepth(at index: Int, _ lines: [NoteLine], _ cleaned: [String?], liberal: Bool) -> Int? {
        guard lines[index].indent == 0, !lines[index].quoted, let text = cleaned[index],
              isCandidate(text, maximumLength: liberal ? maximumContextLength : 40) else { return nil }
        guard let next = lines.indices.dropFirst(index + 1).first(where: { !lines[$0].isBlank && cleaned[$0] != nil }) else {
            return nil
        }
        switch lines[next].kind {
        case .item:
            return 7
        case .paragraph where liberal:
            let nextIsCandidate = lines[next].indent == 0 && cleaned[next].map { isCandidate($0, maximumLength: maximumContextLength) } == true
            return nextIsCandidate ? 6 : 7
        case .paragraph where text.hasSuffix("?") || text.hasSuffix(":"):
            return 7
        default:
            return nil
        }
    }

    private static func isCandidate(_ text: String, maximumLength: Int) -> Bool {
        let words = text.split(separator: " ")
        guard (2...maximumLength).contains(text.count), words.count <= 8,
              let last = text.last, last != ".", last != "!", last != ",",
              !text.contains(": "), !text.contains(" - "), !NoteInline.isChatter(text),
              !text.lowercased().hasPrefix("ex)"), !text.hasPrefix("예)"),
              KoreanSentence.topic(in: text) == nil else { return false }
        // One word (`개요`, `단점`) is a heading even when it ends like a verb; a phrase that does is a sentence.
        return words.count == 1 || !KoreanSentence.isVerbalEnding(last)
    }
}
