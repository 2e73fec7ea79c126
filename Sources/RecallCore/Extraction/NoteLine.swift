/// One line of a Markdown note as the extractor sees it: block containers (blockquotes, Obsidian
/// callouts), list markers and heading marks taken off, and everything that can never hold a card
/// (front matter, fenced code, HTML comment blocks, tag lines, rules) turned into blank lines, so
/// that line numbers stay those of the file.
struct NoteLine: Equatable {
    enum Kind: Equatable {
        case blank
        case heading(level: Int)
        /// A list item: `-`, `*`, `+`, `•` or `1.` / `1)`; the text is after the marker.
        case item
        case paragraph
        /// A `|`-delimited table row, kept whole for `ComparisonTable`.
        case tableRow
        /// Obsidian's multi-line card separator: a line with only `?` (or `??`, reversible).
        case separator(reversible: Bool)
        /// A line with only an image: its alt text (the text) titles what follows, as a talk's
        /// slide does in a blog post about a conference (`![… Amazon Kendra로 …](./session1.png)`).
        case imageHeading
    }

    /// 1-based, as in the file.
    var number: Int
    var kind: Kind
    /// Columns of leading white space (a tab counts 4); deeper lines nest under shallower ones.
    var indent: Int
    /// The content, inline markup still in place.
    var text: Substring
    /// Inside a blockquote or callout: never a heading of its own.
    var quoted: Bool = false

    var isBlank: Bool { kind == .blank }

    /// Reads a note's text into lines. CRLF and a byte-order mark are fine.
    static func read(_ text: String) -> [NoteLine] {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let raw = body.lines.map { line in
            line.unicodeScalars.last == "\r" ? Substring(line.unicodeScalars.dropLast()) : line
        }
        var result: [NoteLine] = []
        result.reserveCapacity(raw.count)
        let frontMatterEnd = frontMatterEnd(raw)
        var openFence: MarkdownLines.Fence?
        var inComment = false
        for (index, line) in raw.enumerated() {
            let number = index + 1
            let blank = NoteLine(number: number, kind: .blank, indent: 0, text: "")
            if index < frontMatterEnd {
                result.append(blank)
                continue
            }
            let unindented = line.drop { $0 == " " || $0 == "\t" }
            if let fence = openFence {
                if MarkdownLines.closes(unindented, fence) { openFence = nil }
                result.append(blank)
                continue
            }
            if let fence = MarkdownLines.fence(in: unindented) {
                openFence = fence
                result.append(blank)
                continue
            }
            // Foundation's `contains` is kept where the bytes say there can be a match.
            if inComment {
                if line.containsBytes("-->"), line.contains("-->") { inComment = false }
                result.append(blank)
                continue
            }
            if let open = line.firstRange(ofASCII: "<!--"), !(line[open.upperBound...].containsBytes("-->") && line[open.upperBound...].contains("-->")) {
                inComment = true
                result.append(blank)
                continue
            }
            result.append(classify(line, number: number))
        }
        return result
    }

    /// The index of the first line after a `---` front matter block, or 0 when there is none.
    /// A `---` that never closes is a thematic break, not front matter.
    private static func frontMatterEnd(_ lines: [Substring]) -> Int {
        guard let first = lines.first, first.trimmed == "---" else { return 0 }
        for index in lines.indices.dropFirst() where lines[index].trimmed == "---" || lines[index].trimmed == "..." {
            return index + 1
        }
        return 0
    }

    private static func classify(_ line: Substring, number: Int) -> NoteLine {
        var indent = 0
        var rest = line[...]
        while let first = rest.first, first == " " || first == "\t" {
            indent += first == "\t" ? 4 : 1
            rest = rest.dropFirst()
        }
        var quoted = false
        while rest.first == ">" {
            quoted = true
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        }
        if quoted, rest.hasPrefix("[!"), let close = rest.firstIndex(of: "]") {
            // An Obsidian callout header `[!note]+ Title`: the title is ordinary text.
            rest = rest[rest.index(after: close)...].drop { $0 == "+" || $0 == "-" || $0 == " " }
        }
        func make(_ kind: Kind, _ text: Substring) -> NoteLine {
            NoteLine(number: number, kind: kind, indent: indent, text: text.trimmed, quoted: quoted)
        }
        let trimmed = rest.trimmed
        if trimmed.isEmpty || isTagLine(trimmed) || isThematicBreak(trimmed) { return make(.blank, "") }
        if trimmed == "?" || trimmed == "??" { return make(.separator(reversible: trimmed == "??"), "") }
        if !quoted, indent <= 3, let (level, text) = heading(trimmed) { return make(.heading(level: level), text) }
        if trimmed.hasPrefix("|") { return make(.tableRow, trimmed) }
        if !quoted, indent <= 3, let alt = imageAlt(trimmed) { return make(.imageHeading, alt) }
        if var text = listItemText(rest) {
            // `- 1. Step`: a numbered item written inside a bullet; the number is not content.
            if text.first?.isNumber == true, let inner = listItemText(text) { text = inner }
            return text.trimmed.isEmpty ? make(.blank, "") : make(.item, text)
        }
        return make(.paragraph, rest)
    }

    /// `#### Title` → (4, "Title"); `#tag` is not a heading (no space after the marks).
    private static func heading(_ line: Substring) -> (Int, Substring)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmed
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing < text.count, text.dropLast(closing).last?.isWhitespace == true {
            text = text.dropLast(closing).trimmed
        }
        return (hashes, text)
    }

    /// `![alt](x.png)` alone on a line → `alt`; nil for anything else or an empty alt.
    private static func imageAlt(_ line: Substring) -> Substring? {
        guard line.hasPrefix("!["), line.hasSuffix(")"), let middle = line.firstRange(of: "](") else { return nil }
        let target = line[middle.upperBound..<line.index(before: line.endIndex)]
        let alt = line[line.index(line.startIndex, offsetBy: 2)..<middle.lowerBound].trimmed
        guard !target.contains(")"), !target.contains("("), !alt.isEmpty, !alt.contains("["), !alt.contains("]") else { return nil }
        return alt
    }

    /// Obsidian tag lines such as `#aws #summit`: metadata, not content.
    private static func isTagLine(_ line: Substring) -> Bool {
        line.split(whereSeparator: \.isWhitespaceFast).allSatisfy { $0.count > 1 && $0.hasPrefix("#") && $0.dropFirst().first != "#" }
    }

    private static func isThematicBreak(_ line: Substring) -> Bool {
        // The first mark decides most lines before the whole line is copied.
        guard let mark = line.first(where: { !$0.isWhitespaceFast }), "-*_".contains(mark) else { return false }
        let marks = line.filter { !$0.isWhitespaceFast }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// The text after a list marker (`- `, `* `, `+ `, `• `, `1. `, `2) `), task box included, or nil.
    static func listItemText(_ line: Substring) -> Substring? {
        var text: Substring
        if let first = line.first, "-*+•·".contains(first), line.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true {
            text = line.dropFirst()
        } else {
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            let afterDigits = line.dropFirst(digits.count)
            guard (1...3).contains(digits.count), let mark = afterDigits.first, mark == "." || mark == ")",
                  afterDigits.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true else { return nil }
            text = afterDigits.dropFirst()
        }
        text = text.drop { $0 == " " || $0 == "\t" }
        for box in ["[ ] ", "[x] ", "[X] "] where text.hasPrefix(box) {
            text = text.dropFirst(box.count)
        }
        return text
    }
}
