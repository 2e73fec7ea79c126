/// What `recall import` read: the notes, by deck, ready to write; and every row it left out.
public struct ImportResult: Sendable {
    public struct ImportedDeck: Sendable {
        public var name: String
        public var notes: [Note]
    }

    /// In the order their first note came in the file.
    public var decks: [ImportedDeck]
    /// `file:line: message` for every row that was not imported.
    public var skipped: [Diagnostic]
    /// Rows imported with a change the user should know of.
    public var warnings: [Diagnostic]

    public var notes: [Note] { decks.flatMap(\.notes) }
    public var cards: [Card] { notes.flatMap(\.cards) }
}

/// Turns imported notes into deck notes: gives each an id, writes it in the deck format and
/// parses it back, so that what is written is exactly what `recall check` will read. A note
/// the parser rejects is skipped with the parser's reason and its row's line.
///
/// Ids: an Anki guid or csv id that is a valid recall id is kept, so re-importing a recall
/// export keeps every card's progress; another guid gives `anki-` and a hash of it (the same
/// on every import); without one, the id is derived from the deck and question as the deck
/// parser would, with `-2`, `-3`… for a repeated question.
public enum DeckImport {
    public static func assemble(_ imported: [ImportedNote], file: String, defaultDeck: String,
                                deckOverride: String? = nil, skipped: [Diagnostic] = [],
                                warnings: [Diagnostic] = []) -> ImportResult {
        var decks: [ImportResult.ImportedDeck] = []
        var deckIndex: [String: Int] = [:]
        var skipped = skipped
        var usedIDs: [String: Int] = [:]
        var nextNumbers: [String: Int] = [:]
        for note in imported {
            func skip(_ reason: any Message) {
                skipped.append(.error(at: SourceLocation(file: file, line: note.line), ImportMessage.rowSkipped(because: reason)))
            }
            let deck = deckOverride ?? note.deck.map { String($0.trimmed) } ?? defaultDeck
            if let problem = DeckName.problem(deck) {
                skip(problem)
                continue
            }
            let id: String
            switch assignID(note, deck: deck, used: usedIDs, nextNumbers: &nextNumbers) {
            case .success(let assigned): id = assigned
            case .failure(let duplicate):
                skip(ImportMessage.duplicateID(id: duplicate.id, firstLine: duplicate.line))
                continue
            }
            switch parsed(note, id: id, deck: deck, file: file) {
            case .failure(let problem):
                skip(problem.reason)
            case .success(let parsedNote):
                usedIDs[id] = note.line
                if let index = deckIndex[deck] {
                    decks[index].notes.append(parsedNote)
                } else {
                    deckIndex[deck] = decks.count
                    decks.append(.init(name: deck, notes: [parsedNote]))
                }
            }
        }
        return ImportResult(decks: decks, skipped: skipped, warnings: warnings)
    }

    struct Duplicate: Error {
        var id: String
        var line: Int
    }

    struct Rejected: Error {
        var reason: any Message
    }

    /// `nextNumbers` holds, for each derived id, the suffix to try next, so that n notes with
    /// one question take n steps, not n²/2.
    static func assignID(_ note: ImportedNote, deck: String, used: [String: Int],
                         nextNumbers: inout [String: Int]) -> Result<String, Duplicate> {
        if let guid = note.guid.map({ String($0.trimmed) }), !guid.isEmpty {
            let id = CardID.isValidExplicit(guid) ? guid : "anki-" + hex(CardID.fnv1a64(Array(guid.utf8)))
            if let line = used[id] { return .failure(Duplicate(id: id, line: line)) }
            return .success(id)
        }
        var base = CardID.derived(deck: deck, prompt: note.prompt)
        if !CardID.isValidExplicit(base + "-99") { base = "x-" + base.suffix(10) }
        var id = base
        var number = nextNumbers[base] ?? 2
        while used[id] != nil {
            id = "\(base)-\(number)"
            number += 1
        }
        if id != base { nextNumbers[base] = number }
        return .success(id)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String((String(repeating: "0", count: 16 - digits.count) + digits).prefix(10))
    }

    /// The note written as deck text and parsed back; the parser's first error if it fails.
    static func parsed(_ note: ImportedNote, id: String, deck: String, file: String) -> Result<Note, Rejected> {
        let prompt = oneLine(note.kind == .cloze ? note.prompt : DeckText.withoutClozes(note.prompt))
        if prompt.isEmpty { return .failure(Rejected(reason: ImportMessage.emptyQuestion)) }
        let expected = note.expectedAnswer.map(oneLine)
        if note.kind == .typein, expected?.isEmpty != false {
            return .failure(Rejected(reason: ImportMessage.emptyTypeInAnswer))
        }
        let alternatives = note.alternatives.flatMap { $0.split(separator: "|") }.map { oneLine(String($0)) }.filter { !$0.isEmpty }
        let options = note.options.map { ChoiceOption(text: oneLine($0.text), isCorrect: $0.isCorrect, line: note.line) }
        var body = DeckText.neutralized(note.body, clozes: note.kind == .cloze)
        while body.last?.trimmed.isEmpty == true { body.removeLast() }
        while body.first?.trimmed.isEmpty == true { body.removeFirst() }
        if note.kind == .cloze, ClozeText.scan(([prompt] + body).joined(separator: "\n")).matches.isEmpty {
            return .failure(Rejected(reason: ImportMessage.noClozeOutsideCode))
        }
        var explanation = note.explanation.map(oneLine)
        while explanation.last?.isEmpty == true { explanation.removeLast() }
        while explanation.first?.isEmpty == true { explanation.removeFirst() }
        var draft = Note(
            id: id, hasExplicitID: true, deck: deck, kind: note.kind, prompt: prompt, body: body.joined(separator: "\n"),
            options: options, expectedAnswer: expected, alternatives: alternatives,
            explanation: explanation.isEmpty ? nil : explanation.joined(separator: "\n"),
            tags: note.tags.flatMap { Tags.parse($0) }, source: note.source.map(oneLine).flatMap { $0.isEmpty ? nil : $0 },
            location: SourceLocation(file: file, line: note.line), endLine: note.line)
        draft.guid = note.guid.map { String($0.trimmed) }.flatMap { $0.isEmpty || $0 == id ? nil : $0 }
        let text = "---\ndeck: \(DeckWriter.frontMatterValue(deck))\n---\n" + DeckWriter.note(draft)
        let result = DeckParser.parse(text: text, file: file, defaultDeckName: deck)
        if let error = result.diagnostics.errors.first {
            return .failure(Rejected(reason: error.content))
        }
        guard let notes = result.deck?.notes, notes.count == 1, var parsedNote = notes.first, parsedNote.id == id else {
            return .failure(Rejected(reason: ImportMessage.notOneCard))
        }
        guard parsedNote.kind == note.kind else {
            // Text that reads as another kind than the row said: recall would study another card.
            return .failure(Rejected(reason: ImportMessage.readsAsOtherKind(read: parsedNote.kind, expected: note.kind)))
        }
        parsedNote.location = draft.location
        parsedNote.endLine = note.line
        return .success(parsedNote)
    }

    static func oneLine(_ text: String) -> String {
        String(text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ").trimmed)
    }
}

/// The files `recall import` reads.
public enum ImportFormat: String, CaseIterable, Sendable {
    /// Anki's text format ("Notes in Plain Text"), with or without its header lines.
    case anki
    /// A csv file with a header row, such as `recall export --format csv` writes.
    case csv
    /// An Anki package (`.apkg`): a zip of the collection's SQLite file (`AnkiPackageImport`).
    case apkg

    /// A `.apkg` file or a zip is a package; `.csv` files whose first row names a `question` or
    /// `front` column are csv; anything else (Anki writes `.txt`, starting with `#separator:`)
    /// is Anki's format.
    public static func detect(path: String, text: String) -> ImportFormat {
        if path.lowercased().hasSuffix(".apkg") || text.hasPrefix("PK\u{03}\u{04}") { return .apkg }
        let firstLine = text.lines.first.map { String($0).lowercased() } ?? ""
        if firstLine.hasPrefix("#") || firstLine.hasPrefix("tags:") { return .anki }
        let namesColumns = ["question", "front"].contains { firstLine.contains($0) }
        return path.lowercased().hasSuffix(".csv") || namesColumns && !firstLine.contains("\t") ? .csv : .anki
    }
}

extension DeckImport {
    /// Reads a file's bytes in `format` and assembles its notes. Bytes that are not UTF-8 give
    /// no notes and a message for each bad line.
    public static func read(bytes: [UInt8], file: String, format: ImportFormat, defaultDeck: String,
                            deckOverride: String? = nil) -> ImportResult {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return ImportResult(decks: [], skipped: UTF8Check.problems(in: bytes, file: file), warnings: [])
        }
        let read = format == .csv ? CSVImport.read(text, file: file) : AnkiTextImport.read(text, file: file)
        return assemble(read.notes, file: file, defaultDeck: defaultDeck, deckOverride: deckOverride,
                        skipped: read.skipped, warnings: read.warnings)
    }
}
