/// Reads a csv file of cards: recall's own export (`CSVExport`) or a spreadsheet. The first row
/// names the columns, in any order; only `question` (or `front`) is needed. Known columns: `id`,
/// `deck`, `type`, `question`, `answer` (or `back`), `options`, `tags`, `source`, `explanation`,
/// `accept`; others (the progress columns) are ignored, because progress lives in the data
/// folder, keyed by the ids, which are kept.
///
/// Text is Markdown. The separator is the one of `,`, `;` and tab that the header row has most
/// of, for spreadsheets that write `;`. Rows of one note (a reversible note's reverse card, a
/// cloze note's other clozes: ids `ID/reverse`, `ID/c2`) make one note; without a `type` column
/// the kind is seen from the text: options make a multiple-choice note, `{{c1::` a cloze.
public enum CSVImport {
    public static func read(_ text: String, file: String) -> AnkiTextImport.Read {
        let header = text.lines.first.map(String.init) ?? ""
        let separator = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09].max { a, b in
            header.utf8.filter { $0 == a }.count < header.utf8.filter { $0 == b }.count
        } ?? UInt8(ascii: ",")
        let (records, problems) = CSVReader.read(text, delimiter: separator)
        var skipped = problems.map { Diagnostic.error(at: SourceLocation(file: file, line: $0.line), ImportMessage.rowSkipped(because: $0.reason)) }
        guard let first = records.first else { return .init(notes: [], skipped: skipped, warnings: []) }
        let columns = Columns(first.fields)
        guard columns.question != nil else {
            skipped.append(.error(at: SourceLocation(file: file, line: first.line), ImportMessage.noQuestionColumn(found: first.fields)))
            return .init(notes: [], skipped: skipped, warnings: [])
        }
        var warnings: [Diagnostic] = []
        var notes: [ImportedNote] = []
        for group in groups(Array(records.dropFirst()), columns: columns) {
            switch note(group, columns: columns) {
            case .success(let converted):
                notes.append(converted.note)
                warnings += converted.warnings.map { .warning(at: SourceLocation(file: file, line: converted.note.line), $0 as any Message) }
            case .failure(let problem):
                skipped.append(.error(at: SourceLocation(file: file, line: group[0].line), ImportMessage.rowSkipped(because: problem.reason)))
            }
        }
        return .init(notes: notes, skipped: skipped, warnings: warnings)
    }

    /// Where each known column is, by its name in the header (any case, spaces ignored).
    struct Columns {
        var id, deck, type, question, answer, options, tags, source, explanation, accept: Int?

        init(_ names: [String]) {
            var positions: [String: Int] = [:]
            for (index, name) in names.enumerated() {
                let key = name.trimmed.lowercased()
                if positions[key] == nil { positions[key] = index }
            }
            func find(_ keys: String...) -> Int? { keys.lazy.compactMap { positions[$0] }.first }
            id = find("id", "guid")
            deck = find("deck")
            type = find("type", "kind")
            question = find("question", "front", "prompt")
            answer = find("answer", "back")
            options = find("options")
            tags = find("tags")
            source = find("source")
            explanation = find("explanation")
            accept = find("accept")
        }
    }

    /// Rows grouped by note: a row whose id ends in `/reverse` or `/cN` joins the row of its
    /// note, wherever it is; a row without an id is a note of its own, and so is a row whose id
    /// was seen already (it is then a duplicate, reported as such).
    static func groups(_ records: [CSVRecord], columns: Columns) -> [[CSVRecord]] {
        var result: [[CSVRecord]] = []
        var position: [String: Int] = [:]
        var seenCards = Set<String>()
        for record in records {
            let id = String(columns.id.map { record[$0].trimmed } ?? "")
            guard !id.isEmpty, seenCards.insert(id).inserted else {
                result.append([record])
                continue
            }
            let noteID = noteID(of: id)
            if let index = position[noteID] {
                result[index].append(record)
            } else {
                position[noteID] = result.count
                result.append([record])
            }
        }
        return result
    }

    /// `vpc-az/reverse` and `vpc-az/c2` belong to note `vpc-az`.
    static func noteID(of cardID: String) -> String {
        guard let slash = cardID.lastIndex(of: "/") else { return cardID }
        let suffix = cardID[cardID.index(after: slash)...]
        let isCloze = suffix.first == "c" && suffix.count > 1 && suffix.dropFirst().allSatisfy(\.isNumber)
        return suffix == "reverse" || isCloze ? String(cardID[..<slash]) : cardID
    }

    static func note(_ rows: [CSVRecord], columns: Columns) -> Result<AnkiTextImport.Converted, AnkiTextImport.Rejected> {
        // The note's own row: the forward card's, else the first.
        let forward = rows.first { row in columns.id.map { !row[$0].hasSuffix("/reverse") } ?? true }
        let row = forward ?? rows[0]
        func value(_ column: Int?) -> String {
            column.map { row[$0].replacing("\r\n", with: "\n") } ?? ""
        }
        func lines(_ text: String) -> [String] {
            text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        var question = value(columns.question)
        var answer = value(columns.answer)
        if forward == nil { swap(&question, &answer) }
        let options = lines(value(columns.options)).compactMap(option)
        let typeName = value(columns.type).trimmed.lowercased()
        let kind: NoteKind
        if let named = NoteKind(rawValue: typeName) ?? aliases[typeName] {
            kind = named
        } else if !typeName.isEmpty {
            return .failure(.init(reason: ImportMessage.unknownType(name: typeName, known: NoteKind.allCases.map(\.rawValue))))
        } else if !options.isEmpty {
            kind = .choice
        } else if question.contains("{{c") || answer.contains("{{c") {
            kind = .cloze
        } else {
            kind = .basic
        }
        var note = ImportedNote(line: row.line, guid: columns.id.map { noteID(of: String(row[$0].trimmed)) },
                                deck: columns.deck.map { row[$0] }.flatMap { $0.trimmed.isEmpty ? nil : $0 },
                                kind: kind, prompt: "", explanation: lines(value(columns.explanation)),
                                tags: Tags.parse(value(columns.tags)),
                                source: columns.source.map { row[$0] }.flatMap { $0.trimmed.isEmpty ? nil : $0 })
        var warnings: [ImportMessage] = []
        switch kind {
        case .cloze:
            let text = question.contains("{{c") ? question : [question, answer].filter { !$0.isEmpty }.joined(separator: "\n\n")
            (note.prompt, note.body) = ImportedNote.headingAndBody(lines(text))
        case .choice:
            (note.prompt, note.body) = ImportedNote.headingAndBody(lines(question))
            note.options = options.map { ChoiceOption(text: $0.text, isCorrect: $0.correct, line: row.line) }
            if !options.contains(where: \.correct) {
                let correct = Set(lines(answer).map { String($0.trimmed) })
                note.options = note.options.map { ChoiceOption(text: $0.text, isCorrect: correct.contains($0.text), line: row.line) }
            }
        case .typein:
            note.prompt = question
            let (expected, body) = ImportedNote.headingAndBody(lines(answer))
            note.expectedAnswer = expected
            note.body = body
            note.alternatives = value(columns.accept).split(separator: "|").map { String($0.trimmed) }
        case .basic, .reversible:
            let questionLines = lines(question)
            if questionLines.count > 1 {
                warnings.append(.questionLinesJoined(count: questionLines.count))
            }
            note.prompt = questionLines.map { String($0.trimmed) }.filter { !$0.isEmpty }.joined(separator: " ")
            note.body = lines(answer)
        }
        return .success(AnkiTextImport.Converted(note: note, warnings: warnings))
    }

    static let aliases: [String: NoteKind] = ["reversed": .reversible, "type-in": .typein, "mc": .choice, "multiple-choice": .choice]

    /// `- [x] text`, `[ ] text`, or a bare line (then the answer column says which are right).
    static func option(_ line: String) -> (text: String, correct: Bool)? {
        var text = Substring(line.trimmed)
        guard !text.isEmpty else { return nil }
        if let bullet = text.first, "-*+".contains(bullet), text.dropFirst().first == " " {
            text = text.dropFirst(2).drop { $0 == " " }
        }
        if text.count >= 3, text.first == "[", Array(text.prefix(3))[2] == "]" {
            let mark = Array(text.prefix(3))[1]
            if " xX".contains(mark) {
                return (String(text.dropFirst(3).trimmed), mark != " ")
            }
        }
        return (String(text), false)
    }
}
