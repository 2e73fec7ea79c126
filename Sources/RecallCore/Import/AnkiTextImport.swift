/// Reads Anki's "Notes in Plain Text" export (and any file in Anki's text import format): the
/// `#key:value` header lines if there are any (`separator`, `html`, `guid column`, `notetype
/// column`, `deck column`, `tags column`, `notetype`, `deck`, `tags`), then one note per row,
/// quoted as RFC 4180 says.
///
/// Without header lines the separator is guessed (tab if the first row has one, else the one of
/// comma, semicolon and pipe that splits the first rows evenly), HTML is assumed when a field looks like HTML, every row is a
/// Basic note (a Cloze note when its first field has a cloze), and when there are three or more
/// columns the last holds the tags, as Anki's older exporter wrote them.
///
/// Notes that recall exported (`AnkiTextExport`) come back exactly: their `recall-` classes mark
/// options, the correct ones, the type-in answer and the explanation. Anki's clozes are
/// rewritten in recall's syntax (Anki's hint starts at the first `::`, recall's at the last).
public enum AnkiTextImport {
    public struct Header: Hashable, Sendable {
        public var separator: UInt8?
        public var html: Bool?
        public var guidColumn: Int?
        public var notetypeColumn: Int?
        public var deckColumn: Int?
        public var tagsColumn: Int?
        public var notetype: String?
        public var deck: String?
        public var tags: [String] = []
        /// Header lines read, so that row line numbers are the file's.
        public var lineCount = 0
    }

    public struct Read: Sendable {
        public var notes: [ImportedNote]
        public var skipped: [Diagnostic]
        public var warnings: [Diagnostic]
    }

    public static func read(_ text: String, file: String) -> Read {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.lines
        let header = readHeader(lines)
        let rest = lines.dropFirst(header.lineCount).joined(separator: "\n")
        let separator = header.separator ?? guessSeparator(rest)
        let (records, problems) = CSVReader.read(rest, delimiter: separator, commentPrefix: UInt8(ascii: "#"),
                                                 firstLine: header.lineCount + 1)
        var skipped = problems.map { Diagnostic.error(at: SourceLocation(file: file, line: $0.line), ImportMessage.rowSkipped(because: $0.reason)) }
        var warnings: [Diagnostic] = []
        let html = header.html ?? records.contains { $0.fields.contains(where: looksLikeHTML) }
        var tagsColumn = header.tagsColumn
        if header.lineCount == 0, tagsColumn == nil, let width = records.first?.fields.count, width >= 3 {
            tagsColumn = width
        }
        let meta = Set([header.guidColumn, header.notetypeColumn, header.deckColumn, tagsColumn].compactMap { $0 })
        var warnedNotetypes = Set<String>()
        var notes: [ImportedNote] = []
        for record in records {
            func column(_ number: Int?) -> String? { number.map { record[$0 - 1] } }
            let fieldCount = max(record.fields.count, records.first?.fields.count ?? 0)
            let fields = (1...max(1, fieldCount)).filter { !meta.contains($0) }.map { record[$0 - 1] }
            let notetype = column(header.notetypeColumn).flatMap { $0.isEmpty ? nil : $0 } ?? header.notetype
            let row = Row(line: record.line, fields: fields, html: html)
            switch row.note(notetype: notetype) {
            case .failure(let problem):
                skipped.append(.error(at: SourceLocation(file: file, line: record.line), ImportMessage.rowSkipped(because: problem.reason)))
            case .success(var converted):
                converted.note.guid = column(header.guidColumn).flatMap { $0.isEmpty ? nil : $0 }
                converted.note.deck = column(header.deckColumn).flatMap { $0.trimmed.isEmpty ? nil : $0 } ?? header.deck
                let rowTags = column(tagsColumn).map(ankiTags) ?? []
                converted.note.tags = Tags.merge(rowTags, header.tags)
                notes.append(converted.note)
                for message in converted.warnings {
                    warnings.append(.warning(at: SourceLocation(file: file, line: record.line), message as any Message))
                }
                if let name = converted.unknownNotetype, warnedNotetypes.insert(name).inserted {
                    warnings.append(.warning(at: SourceLocation(file: file, line: record.line), ImportMessage.unknownNotetype(name: name)))
                }
            }
        }
        return Read(notes: notes, skipped: skipped, warnings: warnings)
    }

    /// Anki tags are separated by spaces; recall's by spaces and commas, so a comma in an Anki
    /// tag becomes `_` to keep the tag whole.
    static func ankiTags(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map { String($0).replacing(",", with: "_") }
    }

    // MARK: Header

    static func readHeader(_ lines: [Substring]) -> Header {
        var header = Header()
        for (index, raw) in lines.enumerated() {
            let line = raw.unicodeScalars.last == "\r" ? Substring(raw.unicodeScalars.dropLast()) : raw
            if index == 0, line.hasPrefix("tags:") {
                header.tags = ankiTags(String(line.dropFirst(5)))
                header.lineCount = 1
                continue
            }
            guard line.hasPrefix("#") else { break }
            header.lineCount = index + 1
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[line.index(after: line.startIndex)..<colon].trimmed.lowercased()
            let value = String(line[line.index(after: colon)...])
            let number = Int(value.trimmed).flatMap { $0 > 0 ? $0 : nil }
            switch key {
            case "separator": header.separator = separator(named: value)
            case "html": header.html = value.trimmed.lowercased() == "true" ? true : value.trimmed.lowercased() == "false" ? false : nil
            case "guid column": header.guidColumn = number
            case "notetype column": header.notetypeColumn = number
            case "deck column": header.deckColumn = number
            case "tags column": header.tagsColumn = number
            case "notetype": header.notetype = String(value.trimmed)
            case "deck": header.deck = String(value.trimmed)
            case "tags": header.tags = ankiTags(value)
            default: break
            }
        }
        return header
    }

    static let separatorNames: [String: UInt8] = [
        "tab": 0x09, "comma": 0x2C, "semicolon": 0x3B, "space": 0x20, "pipe": 0x7C, "colon": 0x3A,
    ]

    static func separator(named value: String) -> UInt8? {
        if let byte = separatorNames[value.trimmed.lowercased()] { return byte }
        let bytes = Array(value.utf8)
        return bytes.count == 1 ? bytes[0] : nil
    }

    /// Tab if the first row has one (Anki writes tabs, and HTML entities are full of `;`);
    /// else the one of comma, semicolon and pipe that splits the first rows into the same
    /// number (two or more) of fields.
    static func guessSeparator(_ text: String) -> UInt8 {
        if text.lines.first(where: { !$0.hasPrefix("#") })?.contains("\t") == true { return 0x09 }
        let sample = String(text.prefix(8192))
        var best: (byte: UInt8, score: Int) = (0x09, 0)
        for byte in [UInt8(0x2C), 0x3B, 0x7C] {
            let records = CSVReader.read(sample, delimiter: byte, commentPrefix: UInt8(ascii: "#")).records.prefix(10)
            guard let width = records.first?.fields.count, width >= 2 else { continue }
            let score = records.allSatisfy { $0.fields.count == width } ? width * 2 : 1
            if score > best.score { best = (byte, score) }
        }
        return best.byte
    }

    static func looksLikeHTML(_ field: String) -> Bool {
        // Foundation's `contains` only where the bytes hold the mark (none is canonically
        // equivalent to another scalar): asked of every field, it was a tenth of importing rows.
        guard field.containsBytes("<") && field.contains("<") || field.containsBytes("&") && field.contains("&") else { return false }
        let nodes = HTMLFragment.parse(field)
        return nodes.contains { if case .element = $0 { return true } else { return false } }
            || HTMLEntities.decode(field) != field
    }

    // MARK: Rows

    struct Rejected: Error {
        var reason: any Message
    }

    struct Converted {
        var note: ImportedNote
        var warnings: [ImportMessage] = []
        var unknownNotetype: String?
    }

    /// One row's fields (meta columns taken out), as HTML.
    struct Row {
        var line: Int
        var fields: [String]
        var html: Bool

        func field(_ index: Int) -> String {
            let value = index < fields.count ? fields[index] : ""
            return html ? value : HTMLEntities.escape(value).replacingIfPresent("\r\n", with: "<br>").replacingIfPresent("\n", with: "<br>")
        }

        func note(notetype: String?) -> Result<Converted, Rejected> {
            if let deep = fields.indices.first(where: { HTMLFragment.read(field($0)).tooDeep }) {
                return .failure(Rejected(reason: ImportMessage.htmlTooDeep(field: deep + 1, depth: HTMLFragment.maximumDepth)))
            }
            let name = notetype ?? (AnkiCloze.contains(field(0)) ? AnkiTextExport.cloze : AnkiTextExport.basic)
            switch name {
            case AnkiTextExport.cloze:
                return cloze()
            case AnkiTextExport.basic, AnkiTextExport.reversed, AnkiTextExport.optionalReversed, AnkiTextExport.typeIn:
                return basic(notetype: name)
            case "Image Occlusion":
                return .failure(Rejected(reason: ImportMessage.imageOcclusion))
            default:
                var converted = AnkiCloze.contains(field(0)) ? cloze() : basic(notetype: name, joiningExtraFields: true)
                if case .success(var value) = converted {
                    value.unknownNotetype = name
                    converted = .success(value)
                }
                return converted
            }
        }

        func basic(notetype: String, joiningExtraFields: Bool = false) -> Result<Converted, Rejected> {
            var front = AnkiField(field(0))
            var backHTML = field(1)
            if joiningExtraFields {
                backHTML = fields.indices.dropFirst().map(field).filter { !$0.isEmpty }.joined(separator: "<br><br>")
            }
            var back = AnkiField(backHTML)
            let explanation = back.removeExplanation()
            var note = ImportedNote(line: line, kind: .basic, prompt: "", explanation: explanation,
                                    source: front.source ?? back.source)
            var warnings: [ImportMessage] = []
            if let options = front.remove(class: "recall-options") {
                note.kind = .choice
                let texts = listItems(options).map { HTMLToMarkdown.inline($0.children) }
                let correct = back.remove(class: "recall-correct").map(listItems) ?? []
                let marked = Set(correct.compactMap { $0.attribute("value").flatMap { Int($0.trimmed) } })
                let correctTexts = Set(correct.map { HTMLToMarkdown.inline($0.children) })
                note.options = texts.enumerated().map { index, text in
                    ChoiceOption(text: text, isCorrect: marked.isEmpty ? correctTexts.contains(text) : marked.contains(index + 1), line: line)
                }
                (note.prompt, note.body) = ImportedNote.headingAndBody(HTMLToMarkdown.lines(front.nodes))
                note.explanation = HTMLToMarkdown.lines(back.nodes) + note.explanation
            } else {
                note.prompt = HTMLToMarkdown.inline(front.nodes)
                let frontLines = HTMLToMarkdown.lines(front.nodes).count
                if frontLines > 1 { warnings.append(.frontLinesJoined(count: frontLines)) }
                if let answer = back.remove(class: "recall-answer") {
                    note.kind = .typein
                    note.expectedAnswer = DeckImport.oneLine(HTMLToMarkdown.plainText(answer.children))
                    if let accept = back.remove(class: "recall-accept") {
                        var text = DeckImport.oneLine(HTMLToMarkdown.plainText(accept.children))
                        if text.hasPrefix(Self.acceptLabel) { text = String(text.dropFirst(Self.acceptLabel.count)) }
                        note.alternatives = text.split(separator: "|").map { String($0.trimmed) }
                    }
                    note.body = HTMLToMarkdown.lines(back.nodes)
                } else if notetype == AnkiTextExport.typeIn {
                    note.kind = .typein
                    note.expectedAnswer = DeckImport.oneLine(HTMLToMarkdown.plainText(back.nodes))
                } else {
                    let reverse = notetype == AnkiTextExport.reversed
                        || (notetype == AnkiTextExport.optionalReversed && !fields.dropFirst(2).allSatisfy { $0.trimmed.isEmpty })
                    note.kind = reverse ? .reversible : .basic
                    note.body = HTMLToMarkdown.lines(back.nodes)
                }
            }
            return .success(Converted(note: note, warnings: warnings))
        }

        static let acceptLabel = "Also accepted: "

        func cloze() -> Result<Converted, Rejected> {
            let text: (html: String, clozes: [String])
            switch AnkiCloze.rewrite(field(0)) {
            case .success(let rewritten): text = rewritten
            case .failure(let problem): return .failure(Rejected(reason: problem.reason))
            }
            let front = AnkiField(text.html)
            var extra = AnkiField(field(1))
            var explanation = extra.removeExplanation()
            if explanation.isEmpty { explanation = HTMLToMarkdown.lines(extra.nodes) }
            let lines = HTMLToMarkdown.lines(front.nodes).map { AnkiCloze.restoring($0, text.clozes) }
            var (prompt, body) = ImportedNote.headingAndBody(lines)
            if !prompt.isEmpty, MarkdownBlock.parse(prompt).first != .line(prompt) {
                // The text starts with a list, a table or code: all of it is the body.
                (prompt, body) = ("Cloze", lines)
            }
            return .success(Converted(note: ImportedNote(line: line, kind: .cloze, prompt: prompt, body: body,
                                                         explanation: explanation, source: front.source ?? extra.source)))
        }

        func listItems(_ list: HTMLElement) -> [HTMLElement] {
            list.children.compactMap { node in
                if case .element(let item) = node, item.name == "li" { return item }
                return nil
            }
        }
    }
}

/// One Anki field, parsed, with recall's hidden source comment taken out.
struct AnkiField {
    var nodes: [HTMLNode]
    var source: String?

    static let sourceStart = "<!-- source: "
    static let sourceEnd = " -->"

    init(_ html: String) {
        var html = html
        if let start = html[...].firstRange(ofASCII: Self.sourceStart),
           let end = html[start.upperBound...].firstRange(ofASCII: Self.sourceEnd) {
            source = HTMLEntities.decode(html[start.upperBound..<end.lowerBound])
            html.removeSubrange(start.lowerBound..<end.upperBound)
        }
        nodes = HTMLFragment.parse(html)
    }

    /// Takes out the first element with this class, wherever it is, and the `<hr>` just before
    /// it if `withRule`.
    mutating func remove(class name: String, withRule: Bool = false) -> HTMLElement? {
        Self.remove(class: name, withRule: withRule, from: &nodes)
    }

    static func remove(class name: String, withRule: Bool, from nodes: inout [HTMLNode]) -> HTMLElement? {
        for index in nodes.indices {
            guard case .element(var element) = nodes[index] else { continue }
            if element.classes.contains(Substring(name)) {
                nodes.remove(at: index)
                if withRule, index > 0, case .element(let previous) = nodes[index - 1], previous.name == "hr" {
                    nodes.remove(at: index - 1)
                }
                return element
            }
            if let found = remove(class: name, withRule: withRule, from: &element.children) {
                nodes[index] = .element(element)
                return found
            }
        }
        return nil
    }

    /// The explanation's Markdown lines, taken out of the field with the rule recall writes
    /// before it; none if it has none.
    mutating func removeExplanation() -> [String] {
        remove(class: "recall-explanation", withRule: true).map { HTMLToMarkdown.lines($0.children) } ?? []
    }
}

/// Anki's clozes in a field's HTML, rewritten in recall's syntax.
///
/// Anki's hint starts at the first `::` and its clozes may nest and span lines; recall's hint
/// starts at the last `::` and a cloze is one line. Each cloze becomes a placeholder while the
/// field is turned into Markdown, then `{{cN::answer::hint}}` in recall's syntax: a `::` in the
/// answer is kept by ending the cloze with `::` when it has no hint, and a `::` in the hint
/// becomes `: :`.
enum AnkiCloze {
    struct Problem: Error {
        var reason: ImportMessage
    }

    static func contains(_ html: String) -> Bool {
        guard html.containsBytes("{{c"), html.contains("{{c") else { return false }
        return (try? openings(html).get())?.isEmpty == false
    }

    /// Every `{{cN::` with the range it takes and its number.
    static func openings(_ html: String) -> Result<[(Range<String.Index>, Int)], Problem> {
        var result: [(Range<String.Index>, Int)] = []
        var search = html.startIndex
        while let open = html[search...].firstRange(ofASCII: "{{c") {
            var index = open.upperBound
            var digits = ""
            while index < html.endIndex, html[index].isASCII, html[index].isNumber {
                digits.append(html[index])
                index = html.index(after: index)
            }
            if !digits.isEmpty, html[index...].hasPrefix(","), html[index...].contains("::") {
                return .failure(Problem(reason: .clozeForSeveralCards(digits: digits)))
            }
            if !digits.isEmpty, html[index...].hasPrefix("::"), let number = Int(digits) {
                result.append((open.lowerBound..<html.index(index, offsetBy: 2), number))
            }
            search = open.upperBound
        }
        return .success(result)
    }

    /// The HTML with each cloze replaced by a placeholder, and the clozes in recall's syntax.
    static func rewrite(_ html: String) -> Result<(html: String, clozes: [String]), Problem> {
        let opens: [(Range<String.Index>, Int)]
        switch openings(html) {
        case .success(let found): opens = found
        case .failure(let problem): return .failure(problem)
        }
        var output = ""
        var clozes: [String] = []
        var cursor = html.startIndex
        var next = 0
        while next < opens.count {
            let (opening, number) = opens[next]
            guard let close = html[opening.upperBound...].firstRange(ofASCII: "}}") else {
                return .failure(Problem(reason: .clozeNotClosed(number: number)))
            }
            if next + 1 < opens.count, opens[next + 1].0.lowerBound < close.lowerBound {
                return .failure(Problem(reason: .nestedClozes))
            }
            let content = html[opening.upperBound..<close.lowerBound]
            let answerHTML: Substring
            var hint: String?
            if let separator = content.firstRange(ofASCII: "::") {
                answerHTML = content[..<separator.lowerBound]
                hint = HTMLToMarkdown.inline(String(content[separator.upperBound...])).replacing("::", with: ": :")
            } else {
                answerHTML = content
            }
            let answer = HTMLToMarkdown.inline(String(answerHTML))
            var cloze = "{{c\(number)::" + answer
            if let hint, !hint.isEmpty {
                cloze += "::" + hint
            } else if answer.contains("::"), !answer.hasPrefix("arn:") {
                // recall's hint starts at the last `::`; an ARN is always whole.
                cloze += "::"
            }
            output += html[cursor..<opening.lowerBound]
            output += "\(MarkdownToHTML.placeholderStart)\(clozes.count)\(MarkdownToHTML.placeholderEnd)"
            clozes.append(cloze + "}}")
            cursor = close.upperBound
            next += 1
        }
        return .success((output + html[cursor...], clozes))
    }

    static func restoring(_ line: String, _ clozes: [String]) -> String {
        MarkdownToHTML.restoringPlaceholders(line, clozes)
    }
}
