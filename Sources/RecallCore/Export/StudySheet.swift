/// A printable plain-text study sheet (`recall export --format txt`): every note of every deck
/// with its question, options (the correct ones marked `[x]`), answer and explanation, wrapped
/// to `width` columns by display width, so that no line is wider than the page. With the
/// answers at the end it is a self-test: the questions, then an answer key by number.
///
/// Markdown is shown as a reader sees it: emphasis and code marks are taken away, lists keep
/// their markers, tables are laid out in columns when they fit. A cloze note shows its text with
/// numbered blanks, `[1: ...]` (or `[1: hint]`, never broken across lines), and the answers by number.
public enum StudySheet {
    public static let defaultWidth = 80
    static let indent = "   "

    /// Where the answers go: under each question (a study sheet), or all together after the
    /// questions (`--answers end`: a printable self-test with its answer key).
    public enum AnswerPlacement: String, Sendable, CaseIterable {
        case inline, end
    }

    /// The sheet with its labels in `language` (the cards' text is theirs).
    public static func render(_ decks: [Deck], width: Int = defaultWidth, answers: AnswerPlacement = .inline,
                              language: Language = .en) -> String {
        let width = max(width, 20)
        let decks = decks.filter { !$0.notes.isEmpty }
        var lines: [String] = []
        for deck in decks {
            if !lines.isEmpty { lines += ["", ""] }
            let title = StudySheetMessage.deckTitle(name: deck.name, cards: deck.cards.count).text(language)
            lines += underlined(title, width: width)
            for (number, note) in deck.notes.enumerated() {
                lines.append("")
                lines += question(note, number: number + 1, width: width, answers: answers)
                if answers == .inline { lines += answer(note, width: width, answers: answers, language: language) }
            }
        }
        if answers == .end, !decks.isEmpty {
            lines += ["", ""] + underlined(StudySheetMessage.answerKey.text(language), width: width)
            for deck in decks {
                lines += [""] + DisplayWrap.words(DisplayWrap.printable(deck.name), width: width) + [""]
                for (number, note) in deck.notes.enumerated() {
                    lines += numbered(answer(note, width: width, answers: answers, language: language), number: number + 1)
                }
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// A title and a line of `=` under it.
    static func underlined(_ title: String, width: Int) -> [String] {
        let titleLines = DisplayWrap.words(DisplayWrap.printable(title), width: width)
        let underline = min(width, titleLines.map { DisplayWidth.of($0) }.max() ?? 0)
        return titleLines + [String(repeating: "=", count: underline)]
    }

    /// An answer-key entry: the note's number where its answer lines are indented.
    static func numbered(_ lines: [String], number: Int) -> [String] {
        let label = "\(number). "
        guard let first = lines.first, label.count <= indent.count, first.hasPrefix(indent) else { return [label.withoutTrailingSpaces] + lines }
        return [label + first.dropFirst(label.count)] + lines.dropFirst()
    }

    /// `A)`, `B)`, ...: option labels an answer key can name.
    static func letter(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < letters.count ? "\(letters[index]))" : "\(index + 1))"
    }

    /// The numbered question: with answers inline, a choice question's correct options are marked.
    static func question(_ note: Note, number: Int, width: Int, answers: AnswerPlacement) -> [String] {
        let label = "\(number). "
        let hanging = String(repeating: " ", count: label.count)
        var lines: [String] = []
        switch note.kind {
        case .cloze:
            let (question, _) = clozeSheet(note)
            lines += text(question.first ?? "", width: width, firstPrefix: label, prefix: hanging)
            lines += block(Array(question.dropFirst()), width: width, prefix: indent)
        case .choice:
            lines += text(note.prompt, width: width, firstPrefix: label, prefix: hanging)
            lines += block(markdown: note.body, width: width, prefix: indent)
            for (index, option) in note.options.enumerated() {
                let mark = answers == .inline ? (option.isCorrect ? "[x] " : "[ ] ") : letter(index) + " "
                lines += text(option.text, width: width, firstPrefix: indent + mark,
                              prefix: indent + String(repeating: " ", count: mark.count))
            }
        case .typein, .basic, .reversible:
            lines += text(note.prompt, width: width, firstPrefix: label, prefix: hanging)
        }
        return lines
    }

    /// What answers the question, and the explanation, indented under it.
    static func answer(_ note: Note, width: Int, answers: AnswerPlacement, language: Language) -> [String] {
        func label(_ message: StudySheetMessage) -> String { message.text(language) + ": " }
        var lines: [String] = []
        switch note.kind {
        case .cloze:
            lines += labelled(label(.answer), clozeSheet(note).answers, width: width)
        case .choice:
            if answers == .end {
                let correct = note.options.indices.filter { note.options[$0].isCorrect }
                lines += labelled(label(.answer), correct.map { letter($0) + " " + note.options[$0].text }, width: width)
            }
        case .typein:
            lines += labelledPlain(label(.answer), note.expectedAnswer ?? "", width: width)
            if !note.alternatives.isEmpty {
                lines += labelledPlain(label(.alsoAccepted), note.alternatives.joined(separator: " | "), width: width)
            }
            lines += block(markdown: note.body, width: width, prefix: indent)
        case .basic, .reversible:
            lines += labelled(label(.answer), markdown: note.body, width: width)
            if note.kind == .reversible {
                lines += text(StudySheetMessage.askedBothWays.text(language), width: width, firstPrefix: indent, prefix: indent)
            }
        }
        if let explanation = note.explanation {
            lines += labelled(label(.explanation), markdown: explanation, width: width)
        }
        return lines
    }

    /// A label on the first line, the lines after it under the first line's text; a list or a
    /// table starts on the line after the label.
    static func labelled(_ label: String, _ content: [String], width: Int) -> [String] {
        content.isEmpty ? [] : labelled(label, blocks: MarkdownBlock.parse(content.joined(separator: "\n")), width: width)
    }

    /// `labelled` for Markdown text as a note holds it (its lines joined by newlines, nothing
    /// for no text): not split into lines only to be joined again.
    static func labelled(_ label: String, markdown: String, width: Int) -> [String] {
        markdown.isEmpty ? [] : labelled(label, blocks: MarkdownBlock.parse(markdown), width: width)
    }

    static func labelled(_ label: String, blocks: [MarkdownBlock], width: Int) -> [String] {
        let under = indent + String(repeating: " ", count: DisplayWidth.of(label))
        guard let first = blocks.first else { return [] }
        if case .line(let line) = first, !line.trimmed.isEmpty {
            return text(line, width: width, firstPrefix: indent + label, prefix: under)
                + render(Array(blocks.dropFirst()), width: width, prefix: under)
        }
        return [indent + label.withoutTrailingSpaces] + render(blocks, width: width, prefix: under)
    }

    /// A label and text that is not Markdown (a type-in answer is compared as typed).
    static func labelledPlain(_ label: String, _ content: String, width: Int) -> [String] {
        DisplayWrap.words(DisplayWrap.printable(content), width: width, firstPrefix: indent + label,
                          prefix: indent + String(repeating: " ", count: DisplayWidth.of(label)))
    }

    /// One line of inline Markdown, shown as plain text and wrapped.
    static func text(_ markdown: String, width: Int, firstPrefix: String, prefix: String) -> [String] {
        let plain = DisplayWrap.printable(MarkdownInline.plainText(MarkdownInline.parse(markdown.trimmed)))
        return DisplayWrap.words(plain, width: width, firstPrefix: firstPrefix, prefix: prefix)
    }

    static func bodyLines(_ body: String) -> [String] {
        body.isEmpty ? [] : body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Markdown lines as plain text under `prefix`.
    static func block(_ lines: [String], width: Int, prefix: String) -> [String] {
        lines.isEmpty ? [] : render(MarkdownBlock.parse(lines.joined(separator: "\n")), width: width, prefix: prefix)
    }

    /// `block` for Markdown text as a note holds it; nothing for no text.
    static func block(markdown: String, width: Int, prefix: String) -> [String] {
        markdown.isEmpty ? [] : render(MarkdownBlock.parse(markdown), width: width, prefix: prefix)
    }

    static func render(_ blocks: [MarkdownBlock], width: Int, prefix: String) -> [String] {
        var result: [String] = []
        for block in blocks {
            switch block {
            case .line(let line):
                result += line.trimmed.isEmpty ? [""] : text(line, width: width, firstPrefix: prefix, prefix: prefix)
            case .heading(_, let heading):
                result += text(heading, width: width, firstPrefix: prefix, prefix: prefix)
            case .list(let ordered, let start, let items):
                for (offset, item) in items.enumerated() {
                    let marker = ordered ? "\(start + offset). " : "- "
                    let under = prefix + String(repeating: " ", count: marker.count)
                    var itemLines = render(item, width: width, prefix: under)
                    if let first = itemLines.first, first.hasPrefix(under) {
                        itemLines[0] = prefix + marker + first.dropFirst(under.count)
                    } else {
                        itemLines.insert(prefix + marker.withoutTrailingSpaces, at: 0)
                    }
                    result += itemLines
                }
            case .table(_, let header, let rows):
                result += table(header: header, rows: rows, width: width, prefix: prefix)
            case .code(_, let code):
                for line in code {
                    result += DisplayWrap.characters(DisplayWrap.printable(line), width: width, firstPrefix: prefix + "  ",
                                                     prefix: prefix + "  ")
                }
            case .quote(let inner):
                result += render(inner, width: width, prefix: prefix + "> ")
            case .rule:
                result.append(prefix + String(repeating: "-", count: max(3, min(20, width - DisplayWidth.of(prefix)))))
            }
        }
        return result
    }

    /// Columns padded to the widest cell when the table fits; otherwise one wrapped line per row.
    static func table(header: [String], rows: [[String]], width: Int, prefix: String) -> [String] {
        let plainRows = ([header] + rows).map { row in
            row.map { DisplayWrap.printable(MarkdownInline.plainText(MarkdownInline.parse($0))) }
        }
        let columns = header.count
        let widths = (0..<columns).map { column in
            plainRows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
        }
        let total = DisplayWidth.of(prefix) + widths.reduce(0, +) + 3 * max(0, columns - 1)
        if total <= width {
            var lines = plainRows.map { row in
                prefix + (0..<columns).map { column in
                    DisplayWidth.padded(column < row.count ? row[column] : "", to: widths[column])
                }.joined(separator: " | ").withoutTrailingSpaces
            }
            lines.insert(prefix + widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-"), at: 1)
            return lines
        }
        return plainRows.flatMap { row in
            DisplayWrap.words(row.joined(separator: " | "), width: width, firstPrefix: prefix, prefix: prefix + "  ")
        }
    }

    /// The cloze text with numbered blanks, as Markdown lines, and the answers by number.
    static func clozeSheet(_ note: Note) -> (question: [String], answers: [String]) {
        let source = [note.prompt, note.body].filter { !$0.isEmpty }.joined(separator: "\n\n")
        var text = ""
        var cursor = source.startIndex
        var answers: [Int: [String]] = [:]
        ClozeText.forEachCloze(in: source) { event in
            guard case .match(let match, let range) = event else { return nil }
            text += source[cursor..<range.lowerBound]
            // No-break spaces keep a blank on one line when the text is wrapped.
            text += "[\(match.number):\u{A0}\(match.hint ?? "...")]".replacing(" ", with: "\u{A0}")
            answers[match.number, default: []].append(match.answer)
            cursor = range.upperBound
            return nil
        }
        text += source[cursor...]
        let answerLines = answers.keys.sorted().map { number in
            "\(number): " + (answers[number] ?? []).joined(separator: ", ")
        }
        return (bodyLines(text), answerLines)
    }
}
