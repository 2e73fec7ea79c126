import Foundation

/// Turns the text of one deck file into a `Deck` and a list of every problem found.
///
/// Pure: takes bytes or text, never touches the disk. It reports every error it can find rather
/// than stopping at the first, and no input makes it crash. See `docs/deck-format.md`.
public enum DeckParser {
    public struct Result: Sendable {
        /// Nil only when the bytes are not UTF-8 text.
        public var deck: Deck?
        public var diagnostics: [Diagnostic]

        public init(deck: Deck?, diagnostics: [Diagnostic]) {
            self.deck = deck
            self.diagnostics = diagnostics
        }
    }

    /// Files larger than this are refused rather than read into memory.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// Parses raw file bytes; invalid UTF-8 is reported with the line and column of each bad line.
    public static func parse(bytes: [UInt8], file: String, defaultDeckName: String) -> Result {
        if let text = String(validating: bytes, as: UTF8.self) {
            return parse(text: text, file: file, defaultDeckName: defaultDeckName)
        }
        return Result(deck: nil, diagnostics: UTF8Check.problems(in: bytes, file: file))
    }

    public static func parse(text: String, file: String, defaultDeckName: String) -> Result {
        var parser = Parser(file: file)
        let deck = parser.run(text: text, defaultDeckName: defaultDeckName)
        return Result(deck: deck, diagnostics: parser.diagnostics)
    }

    /// The deck of one card block alone (`CardBlock`): `head` is the file's text before its
    /// first card (the front matter), `block` the card's section, which starts at file line
    /// `line`. The notes are the ones the whole file's parse gives for that section, with the
    /// same lines; the diagnostics are only those found in these two texts.
    public static func parse(head: String, block: String, line: Int, file: String, defaultDeckName: String) -> Result {
        var parser = Parser(file: file)
        let deck = parser.run(head: head, block: block, line: line, defaultDeckName: defaultDeckName)
        return Result(deck: deck, diagnostics: parser.diagnostics)
    }
}

/// One `## ` section as collected line by line, before it is understood.
private struct Section {
    var headingLine: Int
    /// Scalar column where the prompt text starts (after `## `), 1-based.
    var promptColumn: Int
    var prompt: String
    var lines: [(number: Int, text: Substring, inCode: Bool)] = []
}

private struct Parser {
    let file: String
    /// The file line of the first line given to `sections`: 1, or a card block's heading line.
    var firstLine = 1
    var diagnostics: [Diagnostic] = []
    /// The errors in `diagnostics`, kept as they are added: a card checks whether it added one,
    /// and counting them again per card made a file of n bad cards take n^2 steps.
    var errorCount = 0

    init(file: String) { self.file = file }

    func at(_ line: Int, _ column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    mutating func error(_ line: Int, _ column: Int = 1, _ message: DeckMessage) {
        diagnostics.append(.error(at: at(line, column), message))
        errorCount += 1
    }

    mutating func run(text: String, defaultDeckName: String) -> Deck {
        let lines = Self.lines(of: text)
        let (frontMatter, bodyStart) = readFrontMatter(lines)
        var deck = deckWithoutNotes(frontMatter, defaultDeckName: defaultDeckName)
        for section in sections(lines, from: bodyStart) {
            if let note = note(from: section, deck: deck) { deck.notes.append(note) }
        }
        if deck.notes.isEmpty, diagnostics.isEmpty {
            let empty = lines.allSatisfy { $0.allSatisfy(\.isWhitespace) }
            diagnostics.append(.warning(at: at(1), empty ? DeckMessage.deckFileEmpty : DeckMessage.deckHasNoCards))
        }
        return deck
    }

    /// One card block: the front matter from `head`, the notes from `block` alone. The head is
    /// a prefix of the file ending before its first card, so the front matter's closing line,
    /// if any, is in it; a block starts at a `## ` line outside any fence and ends where the
    /// whole file's section ends, so splitting it gives that one section.
    mutating func run(head: String, block: String, line: Int, defaultDeckName: String) -> Deck {
        let (frontMatter, _) = readFrontMatter(Self.lines(of: head))
        var deck = deckWithoutNotes(frontMatter, defaultDeckName: defaultDeckName)
        firstLine = line
        for section in sections(Self.lines(of: block), from: 0) {
            if let note = note(from: section, deck: deck) { deck.notes.append(note) }
        }
        return deck
    }

    /// The text's lines without a byte order mark and without the CRs before each line end.
    static func lines(of text: String) -> [Substring] {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // Every CR before the LF is the line end: CR CR LF is a CRLF file converted twice, and
        // keeping one CR would make the body change each time the deck is written and read.
        return body.lines.map { line -> Substring in
            let scalars = line.unicodeScalars
            var end = scalars.endIndex
            while end > scalars.startIndex, scalars[scalars.index(before: end)] == "\r" { end = scalars.index(before: end) }
            return end == scalars.endIndex ? line : Substring(scalars[..<end])
        }
    }

    func deckWithoutNotes(_ frontMatter: FrontMatter, defaultDeckName: String) -> Deck {
        Deck(name: frontMatter.deck ?? defaultDeckName, file: file, tags: frontMatter.tags, source: frontMatter.source,
             scheduler: frontMatter.scheduler)
    }

    // MARK: Front matter

    mutating func readFrontMatter(_ lines: [Substring]) -> (FrontMatter, Int) {
        guard let first = lines.first, first.trimmed == "---" else {
            return (FrontMatter(), 0)
        }
        guard let end = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmed
            return line == "---" || line == "..."
        }) else {
            error(1, 1, .frontMatterNotClosed)
            return (FrontMatter(), 1)
        }
        let before = diagnostics.count
        let frontMatter = FrontMatter.parse(lines[1..<end], firstLine: 2, file: file, into: &diagnostics)
        errorCount += diagnostics[before...].filter { $0.severity == .error }.count
        return (frontMatter, end + 1)
    }

    // MARK: Sections

    /// Splits the body at `## ` headings outside code fences. `# ` headings are titles for the
    /// reader: they end the current card and belong to none.
    mutating func sections(_ lines: [Substring], from start: Int) -> [Section] {
        var result: [Section] = []
        var current: Section?
        var openFence: (fence: MarkdownLines.Fence, line: Int)?
        for index in lines.indices where index >= start {
            let line = lines[index]
            let number = index + firstLine
            let lead = LineBytes.afterSpaces(line)
            let mayBeFence = lead.spaces <= 3 && (lead.byte == UInt8(ascii: "`") || lead.byte == UInt8(ascii: "~"))
            if let open = openFence {
                current?.lines.append((number, line, true))
                if mayBeFence, MarkdownLines.closes(line, open.fence) { openFence = nil }
                continue
            }
            if mayBeFence, let fence = MarkdownLines.fence(in: line) {
                openFence = (fence, number)
                current?.lines.append((number, line, true))
                continue
            }
            switch lead.byte == UInt8(ascii: "#") && lead.spaces <= 3 ? headingLevel(line) : nil {
            case 2?:
                if let section = current { result.append(section) }
                let (prompt, column) = headingText(line)
                current = Section(headingLine: number, promptColumn: column, prompt: prompt)
            case 1?:
                if let section = current { result.append(section) }
                current = nil
            default:
                current?.lines.append((number, line, false))
            }
        }
        if let section = current { result.append(section) }
        if let open = openFence {
            error(open.line, 1, .codeFenceNotClosed(fence: String(repeating: open.fence.character, count: open.fence.length)))
        }
        return result
    }

    /// 1 for `# x`, 2 for `## x`, nil otherwise (deeper headings are body text). Called for
    /// lines whose first byte after at most three spaces is `#` (see `LineBytes`).
    func headingLevel(_ line: Substring) -> Int? {
        let trimmed = line.drop { $0 == " " }
        let hashes = trimmed.prefix { $0 == "#" }.count
        guard hashes == 1 || hashes == 2 else { return nil }
        let rest = trimmed.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return hashes
    }

    /// The heading's text without the `## ` and any closing `#`s, and the column it starts at.
    func headingText(_ line: Substring) -> (String, Int) {
        let afterHashes = line.drop { $0 == " " }.dropFirst(2)
        let text = afterHashes.drop { $0 == " " || $0 == "\t" }
        var prompt = text.trimmed
        // An optional closing sequence: `## Title ##`.
        let closing = prompt.reversed().prefix { $0 == "#" }.count
        let withoutHashes = prompt.dropLast(closing)
        if closing > 0, withoutHashes.last?.isWhitespace == true {
            prompt = withoutHashes.trimmed
        }
        return (String(prompt), MarkdownLines.scalarOffset(line, text.startIndex) + 1)
    }

    // MARK: Notes

    mutating func note(from section: Section, deck: Deck) -> Note? {
        let heading = section.headingLine
        if section.prompt.isEmpty {
            error(heading, 1, .emptyHeading)
            return nil
        }
        var content = NoteContent()
        for (number, text, inCode) in section.lines {
            if inCode {
                content.body.append((number, text))
            } else {
                read(line: text, number: number, into: &content)
            }
        }
        content.trimBody()
        let body = content.bodyText
        let errorsBefore = errorCount
        let clozes = clozeMatches(section: section, content: content, body: body)
        guard errorCount == errorsBefore,
              let kind = kind(of: section, content: content, hasClozes: !clozes.isEmpty) else { return nil }
        validate(kind: kind, section: section, content: content)
        guard errorCount == errorsBefore else { return nil }

        let id = content.explicitID ?? CardID.derived(deck: deck.name, prompt: section.prompt)
        let endLine = section.lines.last?.number ?? heading
        var note = Note(
            id: id, hasExplicitID: content.explicitID != nil, deck: deck.name, kind: kind,
            prompt: section.prompt, body: body, options: content.options,
            expectedAnswer: content.answer?.text, alternatives: content.alternatives,
            explanation: content.explanation.isEmpty ? nil : content.explanation.joined(separator: "\n"),
            tags: content.tags.isEmpty ? deck.tags : Tags.merge(deck.tags, content.tags), source: content.source ?? deck.source,
            location: at(heading), endLine: endLine,
            clozeNumbers: Array(Set(clozes.map(\.number))).sorted(), pinsOptionOrder: content.shuffle?.value == false)
        note.guid = content.guid
        return note
    }

    /// Sorts one line outside code into id, field, option or body text.
    mutating func read(line: Substring, number: Int, into content: inout NoteContent) {
        // A comment's first character is `<`, or it follows white space beyond ASCII's.
        let first = LineBytes.afterASCIIWhitespace(line) ?? 0
        let trimmed = first == UInt8(ascii: "<") || first >= 0x80 ? line.trimmed : line[line.endIndex...]
        if trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") {
            let inner = trimmed.dropFirst(4).dropLast(3).trimmed
            if inner.hasPrefix("id:") {
                let id = String(inner.dropFirst(3).trimmed)
                let column = MarkdownLines.scalarOffset(line, line.firstIndex(of: "<") ?? line.startIndex) + 1
                if content.explicitID != nil {
                    error(number, column, .secondIDComment)
                } else if !CardID.isValidExplicit(id) {
                    error(number, column, .invalidID(id: id))
                } else {
                    content.explicitID = id
                }
            }
            return  // Other one-line HTML comments are invisible, so they are not part of the answer.
        }
        if !LineBytes.cannotBeField(line), let (key, value, column) = field(in: line) {
            apply(field: key, value: value, at: (number, column), to: &content)
            return
        }
        if let option = option(in: line, number: number) {
            content.options.append(option)
            return
        }
        content.body.append((number, line))
    }

    /// `key:: value` at the start of a line; the key is letters only. Returns the value's column.
    func field(in line: Substring) -> (key: String, value: String, column: Int)? {
        let key = line.prefix { $0.isASCII && $0.isLetter }
        guard !key.isEmpty else { return nil }
        let rest = line[key.endIndex...]
        guard rest.hasPrefix("::") else { return nil }
        let afterColons = rest.dropFirst(2)
        guard afterColons.isEmpty || afterColons.first == " " || afterColons.first == "\t" else { return nil }
        let value = afterColons.drop { $0 == " " || $0 == "\t" }
        let column = MarkdownLines.scalarOffset(line, value.startIndex) + 1
        return (key.lowercased(), String(value.trimmed), column)
    }

    static let fieldNames = ["type", "tags", "source", "explanation", "answer", "accept", "shuffle", "guid"]

    mutating func apply(field key: String, value: String, at place: (line: Int, column: Int), to content: inout NoteContent) {
        let (line, valueColumn) = place
        switch key {
        case "type":
            let aliases: [String: NoteKind] = ["reversed": .reversible, "type-in": .typein, "mc": .choice]
            if let kind = NoteKind(rawValue: value.lowercased()) ?? aliases[value.lowercased()] {
                content.explicitType = (kind, line)
            } else {
                error(line, valueColumn, .unknownCardType(value: value, known: NoteKind.allCases.map(\.rawValue)))
            }
        case "tags":
            content.tags = Tags.merge(content.tags, Tags.parse(value))
        case "source":
            content.source = value
        case "guid":
            content.guid = value.isEmpty ? nil : value
        case "explanation":
            content.explanation.append(value)
        case "answer":
            if content.answer != nil {
                error(line, 1, .secondAnswerLine)
            } else if value.isEmpty {
                error(line, valueColumn, .emptyAnswerField)
            } else {
                content.answer = (value, line)
            }
        case "accept":
            let alternatives = value.split(separator: "|").map { String($0.trimmed) }.filter { !$0.isEmpty }
            content.alternatives += alternatives
            content.acceptLine = content.acceptLine ?? line
        case "shuffle":
            let values = ["yes": true, "no": false]
            if content.shuffle != nil {
                error(line, 1, .secondShuffleLine)
            } else if let shuffles = values[value.lowercased()] {
                content.shuffle = (shuffles, line)
            } else {
                error(line, valueColumn, .badShuffleValue(value: value))
            }
        default:
            diagnostics.append(.warning(at: at(line), DeckMessage.unknownField(key: String(key), known: Self.fieldNames)))
            content.body.append((line, Substring("\(key):: \(value)")))
        }
    }

    /// `- [x] text` or `- [ ] text` at the start of a line (indented ones are nested list text).
    mutating func option(in line: Substring, number: Int) -> ChoiceOption? {
        guard let bullet = line.utf8.first, bullet == UInt8(ascii: "-") || bullet == UInt8(ascii: "*") || bullet == UInt8(ascii: "+") else { return nil }
        let chars = Array(line.prefix(6))
        guard chars.count >= 5, "-*+".contains(chars[0]), chars[1] == " ", chars[2] == "[", chars[4] == "]", " xX".contains(chars[3]) else { return nil }
        guard chars.count == 5 || chars[5] == " " else { return nil }
        let text = String(line.dropFirst(5).trimmed)
        if text.isEmpty {
            error(number, 3, .emptyOption)
        }
        return ChoiceOption(text: text, isCorrect: chars[3] != " ", line: number)
    }

    /// Clozes in the prompt and the body, with malformed ones reported at their place.
    mutating func clozeMatches(section: Section, content: NoteContent, body: String) -> [ClozeText.Match] {
        let inPrompt = ClozeText.scan(section.prompt)
        for problem in inPrompt.problems {
            error(section.headingLine, section.promptColumn + problem.column, problem.message)
        }
        let inBody = ClozeText.scan(body)
        for problem in inBody.problems {
            let line = content.body.indices.contains(problem.line) ? content.body[problem.line].number : section.headingLine
            error(line, problem.column + 1, problem.message)
        }
        return inPrompt.matches + inBody.matches
    }

    /// The kind the content implies; an explicit `type::` must agree with it.
    mutating func kind(of section: Section, content: NoteContent, hasClozes: Bool) -> NoteKind? {
        var implied: [NoteKind] = []
        if !content.options.isEmpty { implied.append(.choice) }
        if content.answer != nil { implied.append(.typein) }
        if hasClozes { implied.append(.cloze) }
        if implied.count > 1 {
            error(section.headingLine, 1, .mixedKinds(implied))
            return nil
        }
        let inferred = implied.first ?? .basic
        guard let (explicit, line) = content.explicitType else { return inferred }
        if explicit == inferred || (explicit == .reversible && inferred == .basic) { return explicit }
        error(line, 1, .typeMismatch(declared: explicit, inferred: inferred))
        return nil
    }

    mutating func validate(kind: NoteKind, section: Section, content: NoteContent) {
        switch kind {
        case .basic, .reversible:
            if content.body.isEmpty {
                error(section.headingLine, 1, .noAnswer)
            }
        case .choice:
            let first = content.options[0].line
            if content.options.count < 2 {
                error(first, 3, .tooFewOptions)
            }
            if !content.options.contains(where: \.isCorrect) {
                error(first, 3, .noCorrectOption)
            }
        case .typein, .cloze:
            break
        }
        if let line = content.acceptLine, kind != .typein {
            error(line, 1, .acceptWithoutAnswer)
        }
        if let (_, line) = content.shuffle, kind != .choice {
            error(line, 1, .shuffleWithoutOptions)
        }
    }
}

/// What one section holds once its lines are sorted.
private struct NoteContent {
    var explicitID: String?
    var explicitType: (NoteKind, Int)?
    var tags: [String] = []
    var source: String?
    /// `guid:: …`: the Anki guid of a note imported from Anki whose guid is not a recall id.
    var guid: String?
    var explanation: [String] = []
    var answer: (text: String, line: Int)?
    var alternatives: [String] = []
    var acceptLine: Int?
    /// `shuffle:: yes|no` and its line.
    var shuffle: (value: Bool, line: Int)?
    var options: [ChoiceOption] = []
    var body: [(number: Int, text: Substring)] = []

    /// Leading and trailing blank lines are layout, not content.
    mutating func trimBody() {
        let leading = body.prefix { $0.text.allSatisfy(\.isWhitespace) }.count
        body.removeFirst(leading)
        while let last = body.last, last.text.allSatisfy(\.isWhitespace) { body.removeLast() }
    }

    var bodyText: String { body.map { String($0.text) }.joined(separator: "\n") }
}
