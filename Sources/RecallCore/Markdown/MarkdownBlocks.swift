/// The block structure of a card's Markdown body, line by line.
///
/// Recall shows a body line by line, so a paragraph's lines stay separate lines here (`.line`),
/// and a blank line is a `.line("")`. Lists, GFM tables, fenced and indented code, block quotes,
/// headings and rules are blocks. Lists end at a blank line or at a line that is not indented
/// under an item (no lazy continuation), so that every line keeps its place when a card goes to
/// HTML and comes back.
public indirect enum MarkdownBlock: Hashable, Sendable {
    case line(String)
    case heading(level: Int, text: String)
    case list(ordered: Bool, start: Int, items: [[MarkdownBlock]])
    case table(alignments: [TableAlignment], header: [String], rows: [[String]])
    case code(info: String, lines: [String])
    case quote([MarkdownBlock])
    case rule

    public enum TableAlignment: String, Hashable, Sendable {
        case none, left, center, right
    }

    public static func parse(_ text: String) -> [MarkdownBlock] {
        parse(lines: text.lines.map { line in
            line.unicodeScalars.last == "\r" ? Substring(line.unicodeScalars.dropLast()) : line
        })
    }

    static func parse(lines: [Substring]) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var index = 0
        var afterParagraphLine = false
        while index < lines.count {
            let line = lines[index]
            let (indent, rest) = leadingIndent(line)
            if rest.isEmpty {
                blocks.append(.line(""))
                index += 1
                afterParagraphLine = false
                continue
            }
            if indent >= 4, !afterParagraphLine {
                blocks.append(indentedCode(lines, &index))
                continue
            }
            let wasParagraph = afterParagraphLine
            afterParagraphLine = false
            if let fence = MarkdownLines.fence(in: line) {
                blocks.append(fencedCode(lines, &index, fence: fence, indent: indent))
            } else if let level = headingLevel(rest) {
                blocks.append(.heading(level: level, text: headingText(rest, level: level)))
                index += 1
            } else if isRule(rest) {
                blocks.append(.rule)
                index += 1
            } else if rest.hasPrefix(">") {
                blocks.append(quote(lines, &index))
            } else if let marker = ListMarker(rest, indent: indent), !wasParagraph || marker.canInterruptParagraph {
                blocks.append(list(lines, &index))
            } else if let table = table(lines, &index) {
                blocks.append(table)
            } else {
                blocks.append(.line(String(line)))
                index += 1
                afterParagraphLine = true
            }
        }
        return blocks
    }

    /// Columns of leading spaces (a tab counts to the next multiple of 4) and the rest.
    static func leadingIndent(_ line: Substring) -> (Int, Substring) {
        // On the bytes: a list nested 255 deep has lines of 500 spaces. Spaces and tabs are each a
        // Character unless what follows them is not ASCII (a combining mark joins the last one).
        let bytes = line.utf8
        var columns = 0
        var end = bytes.startIndex
        while end < bytes.endIndex, bytes[end] == 0x20 || bytes[end] == 0x09 {
            columns = bytes[end] == 0x09 ? columns + 4 - columns % 4 : columns + 1
            end = bytes.index(after: end)
        }
        if end == bytes.endIndex || bytes[end] < 0x80 { return (columns, line[end...]) }
        columns = 0
        var index = line.startIndex
        while index < line.endIndex, line[index] == " " || line[index] == "\t" {
            columns = line[index] == "\t" ? columns + 4 - columns % 4 : columns + 1
            index = line.index(after: index)
        }
        return (columns, line[index...])
    }

    /// `line` without its first `columns` columns of indentation (fewer if it has fewer).
    static func dedent(_ line: Substring, _ columns: Int) -> Substring {
        var removed = 0
        var index = line.startIndex
        while index < line.endIndex, removed < columns, line[index] == " " || line[index] == "\t" {
            removed = line[index] == "\t" ? removed + 4 - removed % 4 : removed + 1
            index = line.index(after: index)
        }
        return line[index...]
    }

    /// An ATX heading line (`## Title ##`, indented at most three spaces): its level and text.
    public static func heading(in line: Substring) -> (level: Int, text: String)? {
        let (indent, rest) = leadingIndent(line)
        guard indent <= 3, let level = headingLevel(rest) else { return nil }
        return (level, headingText(rest, level: level))
    }

    static func headingLevel(_ rest: Substring) -> Int? {
        let hashes = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = rest.dropFirst(hashes)
        return after.isEmpty || after.first == " " || after.first == "\t" ? hashes : nil
    }

    static func headingText(_ rest: Substring, level: Int) -> String {
        var text = rest.dropFirst(level).trimmed
        let withoutHashes = text.dropLast(text.reversed().prefix { $0 == "#" }.count)
        if withoutHashes.isEmpty || withoutHashes.last == " " { text = withoutHashes.trimmed }
        return String(text)
    }

    /// `***`, `---`, `___`, spaces allowed between.
    static func isRule(_ rest: Substring) -> Bool {
        guard let mark = rest.first, "-*_".contains(mark) else { return false }
        let marks = rest.filter { $0 != " " && $0 != "\t" }
        return marks.count >= 3 && marks.allSatisfy { $0 == mark }
    }

    static func fencedCode(_ lines: [Substring], _ index: inout Int, fence: MarkdownLines.Fence, indent: Int) -> MarkdownBlock {
        let opener = lines[index].drop { $0 == " " }
        let info = String(opener.drop { $0 == fence.character }.trimmed)
        var content: [String] = []
        index += 1
        while index < lines.count {
            if MarkdownLines.closes(lines[index], fence) {
                index += 1
                break
            }
            content.append(String(dedent(lines[index], indent)))
            index += 1
        }
        return .code(info: info, lines: content)
    }

    static func indentedCode(_ lines: [Substring], _ index: inout Int) -> MarkdownBlock {
        var content: [String] = []
        var end = index
        while end < lines.count {
            let (indent, rest) = leadingIndent(lines[end])
            if rest.isEmpty || indent >= 4 {
                end += 1
            } else {
                break
            }
        }
        // Blank lines at the end belong to what follows.
        while end > index, leadingIndent(lines[end - 1]).1.isEmpty { end -= 1 }
        for line in lines[index..<end] { content.append(String(dedent(line, 4))) }
        index = end
        return .code(info: "", lines: content)
    }

    static func quote(_ lines: [Substring], _ index: inout Int) -> MarkdownBlock {
        var inner: [Substring] = []
        while index < lines.count {
            let rest = leadingIndent(lines[index]).1
            guard rest.hasPrefix(">") else { break }
            var content = rest.dropFirst()
            if content.first == " " { content = content.dropFirst() }
            inner.append(content)
            index += 1
        }
        return .quote(parse(lines: inner))
    }

    /// A list marker at the start of a line: `-`, `*`, `+`, or `1.` / `1)`, then a space or the end.
    struct ListMarker {
        var ordered: Bool
        var character: Character
        var number: Int
        /// Where the item's content starts, in columns from the start of the line.
        var contentIndent: Int
        var content: Substring

        init?(_ rest: Substring, indent: Int) {
            guard indent <= 3, let first = rest.first else { return nil }
            var markerWidth: Int
            if "-*+".contains(first) {
                ordered = false
                character = first
                number = 1
                markerWidth = 1
            } else {
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                guard (1...9).contains(digits.count), let delimiter = rest.dropFirst(digits.count).first,
                      delimiter == "." || delimiter == ")" else { return nil }
                ordered = true
                character = delimiter
                number = Int(digits) ?? 1
                markerWidth = digits.count + 1
            }
            let after = rest.dropFirst(markerWidth)
            guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
            let spaces = after.prefix { $0 == " " }.count
            let text = after.dropFirst(spaces)
            markerWidth += text.isEmpty || spaces > 4 ? 1 : spaces
            contentIndent = indent + markerWidth
            content = spaces > 4 ? after.dropFirst() : text
        }

        /// CommonMark: after a paragraph line, only a non-empty item (numbered 1 if ordered) starts a list.
        var canInterruptParagraph: Bool {
            !content.isEmpty && (!ordered || number == 1)
        }
    }

    /// Items of one kind (the same bullet, or the same number delimiter); each item's lines are
    /// those indented under it, parsed again as blocks.
    static func list(_ lines: [Substring], _ index: inout Int) -> MarkdownBlock {
        let (firstIndent, firstRest) = leadingIndent(lines[index])
        guard let first = ListMarker(firstRest, indent: firstIndent) else { return .line(String(lines[index])) }
        var items: [[MarkdownBlock]] = []
        while index < lines.count {
            let (indent, rest) = leadingIndent(lines[index])
            guard !isRule(rest), let marker = ListMarker(rest, indent: indent),
                  marker.ordered == first.ordered, marker.character == first.character else { break }
            var itemLines = [marker.content]
            index += 1
            while index < lines.count {
                // An empty line ends the item; one of white space up to the item's content is
                // in it: that is how `HTMLToMarkdown` writes an empty line of the item's code.
                let (nextIndent, _) = leadingIndent(lines[index])
                guard nextIndent >= marker.contentIndent else { break }
                itemLines.append(dedent(lines[index], marker.contentIndent))
                index += 1
            }
            items.append(parse(lines: itemLines))
        }
        return .list(ordered: first.ordered, start: first.number, items: items)
    }

    /// A GFM table: a header row, a delimiter row with as many cells, then rows up to a blank
    /// line or another block.
    static func table(_ lines: [Substring], _ index: inout Int) -> MarkdownBlock? {
        guard index + 1 < lines.count, lines[index].contains("|") else { return nil }
        let header = cells(lines[index])
        guard let alignments = delimiterRow(lines[index + 1]), alignments.count == header.count else { return nil }
        var rows: [[String]] = []
        var next = index + 2
        while next < lines.count {
            let (indent, rest) = leadingIndent(lines[next])
            if rest.isEmpty || indent >= 4 || MarkdownLines.fence(in: lines[next]) != nil || headingLevel(rest) != nil
                || rest.hasPrefix(">") || isRule(rest) || ListMarker(rest, indent: indent) != nil { break }
            var row = cells(lines[next])
            if row.count < header.count { row += Array(repeating: "", count: header.count - row.count) }
            rows.append(Array(row.prefix(header.count)))
            next += 1
        }
        index = next
        return .table(alignments: alignments, header: header, rows: rows)
    }

    static func delimiterRow(_ line: Substring) -> [TableAlignment]? {
        // Every cell of a delimiter row is colons and dashes: any other character rules the line
        // out, most often at its first character (every imported line is asked).
        guard line.allSatisfy({ $0 == "|" || $0 == ":" || $0 == "-" || $0.isWhitespace }) else { return nil }
        let parts = cells(line)
        var result: [TableAlignment] = []
        for part in parts {
            let cell = part.trimmed
            let dashes = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): result.append(.center)
            case (true, false): result.append(.left)
            case (false, true): result.append(.right)
            case (false, false): result.append(.none)
            }
        }
        return result.isEmpty ? nil : result
    }

    /// A row's cells: split at `|` that is not escaped, outer pipes dropped, `\|` made `|`.
    static func cells(_ line: Substring) -> [String] {
        var text = line.trimmed
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|"), !text.hasSuffix("\\|") { text = text.dropLast() }
        var result: [String] = []
        var current = ""
        var escaped = false
        for char in text {
            if char == "|", !escaped {
                result.append(current)
                current = ""
                continue
            }
            escaped = char == "\\" && !escaped
            current.append(char)
        }
        result.append(current)
        return result.map { String($0.trimmed).replacingIfPresent("\\|", with: "|") }
    }
}
