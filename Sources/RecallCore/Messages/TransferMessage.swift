/// What was exported, for `TransferMessage.wrote`: the cards and their decks, and the notes
/// when the format writes notes (Anki text).
public struct ExportedCount: Hashable, Sendable {
    public var cards: Int
    public var decks: Int
    public var notes: Int?

    public init(cards: Int, decks: Int, notes: Int? = nil) {
        self.cards = cards
        self.decks = decks
        self.notes = notes
    }

    /// `688 cards from 17 decks`, `5 notes (6 cards from 1 deck)`.
    var english: String {
        let cardsText = "\(CountMessage.cards(cards).english) from \(CountMessage.decks(decks).english)"
        return notes.map { "\(CountMessage.notes($0).english) (\(cardsText))" } ?? cardsText
    }

    /// `덱 17개의 카드 688장을 썼습니다`, `노트 5개를 썼습니다 (덱 1개의 카드 6장)`: the particle goes
    /// after what was written, and the cards of a notes format come last, in parentheses.
    func korean(_ verb: String) -> String {
        let cardsText = "\(CountMessage.decks(decks).korean)의 \(CountMessage.cards(cards).korean)"
        guard let notes else { return "\(KoreanParticle.attach(.object, to: cardsText)) \(verb)" }
        return "\(KoreanParticle.attach(.object, to: CountMessage.notes(notes).korean)) \(verb) (\(cardsText))"
    }
}

/// What `export`, `import` and `extract` say on stderr: what was written where, and why not.
///
/// Why values: the counts, files and decks are placed by each language (`out.csv에 덱 17개의 카드 688장을 썼습니다`).
public enum TransferMessage: Message, Equatable {
    /// `export -o FILE`: what was written.
    case wrote(ExportedCount, to: String)
    /// `export --format md -o FOLDER/`: what was written, in how many files.
    case wroteFiles(ExportedCount, files: Int, folder: String)
    /// `export` when `--deck`/`--tag` (or the deck folder) leave no card.
    case noCardsToExport(deck: String?, tags: [String])
    /// `export --format md -o` inside the deck folder being exported.
    case outputInsideDeckFolder(output: String, deckFolder: String)
    /// `export --format md` of several decks without `-o FOLDER/`.
    case markdownNeedsFolder(decks: Int)
    /// `export --format json` with a number JSON cannot hold, or an encoding failure.
    case jsonNotWritable(reason: String)
    /// A folder on the way to an output file could not be made.
    case cannotWrite(path: String, reason: IOProblem)
    /// `import FILE` / `extract NOTE` with a path that does not exist.
    case noSuchFile(String)
    /// `import`, `extract`, `replay`: a file that exists but cannot be read.
    case cannotRead(path: String, reason: ReadFailureMessage)
    /// `import` given a folder.
    case importFolder(String)
    /// `extract` given a folder.
    case extractFolder(String)
    /// `import` of a file with no note.
    case noNotesImported(String)
    /// `import` whose output file exists, without `--force`.
    case outputExists(String)
    /// `import`'s summary.
    case imported(cards: Int, notes: Int, decks: Int, to: String?, skipped: Int)
    /// `import` of a file with several decks to one output file.
    case notesInSeveralDecks(file: String, decks: [String])
    /// `extract` found no card in the notes.
    case noCardsExtracted(notes: [String])
    /// `extract -o NEW`: the new deck's cards.
    case extractWrote(cards: Int, to: String, dryRun: Bool)
    /// `extract -o DECK` into a deck that has errors.
    case deckHasErrors(String)
    /// `extract -o DECK --deck NAME` where the deck is named otherwise.
    case fileIsDeck(path: String, name: String)
    /// `extract -o DECK`: cards added to an existing deck.
    case extractAdded(added: Int, kept: Int, dryRun: Bool)
    /// `extract --stats`: one note's cards, by rule (the rules keep their names).
    case extractStats(note: String, cards: Int, byRule: [String])
    /// `extract --stats`: after a note's line, the drafts it left out, by reason.
    case extractSkipped(byReason: [SkippedDraft.Reason: Int])

    public var english: String {
        switch self {
        case .wrote(let what, let path): return "wrote \(what.english) to \(path)"
        case .wroteFiles(let what, let files, let folder):
            return "wrote \(what.english) to \(CountMessage.files(files).english) in \(folder)"
        case .noCardsToExport(let deck, let tags):
            var what = [deck.map { "deck '\($0)'" }, tags.isEmpty ? nil : "tag " + tags.map { "'\($0)'" }.joined(separator: " or ")]
                .compactMap { $0 }.joined(separator: " and ")
            if what.isEmpty { what = "the deck folder" }
            return "no cards to export in \(what)"
        case .outputInsideDeckFolder(let output, let deckFolder):
            return "\(output) is in the deck folder \(deckFolder), whose decks are being exported; write somewhere else"
        case .markdownNeedsFolder(let decks):
            return "the md export has \(decks) decks; give -o FOLDER/ for one deck file each, or --deck NAME"
        case .jsonNotWritable(let reason): return "cannot write the progress as JSON: \(reason)"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason.english)"
        case .noSuchFile(let path): return "\(path): no such file"
        case .cannotRead(let path, let reason): return "\(path): cannot read this file (\(reason.english))"
        case .importFolder(let path): return "\(path): is a folder; give the exported file"
        case .extractFolder(let path): return "\(path): is a folder; give note files"
        case .noNotesImported(let file): return "no notes imported from \(file)"
        case .outputExists(let path): return "\(path) exists; add --force to replace it"
        case .imported(let cards, let notes, let decks, let to, let skipped):
            var text = "imported \(CountMessage.cards(cards).english) from \(CountMessage.notes(notes).english)"
                + " in \(CountMessage.decks(decks).english)\(to.map { " to \($0)" } ?? "")"
            if skipped > 0 { text += "; skipped \(CountMessage.rows(skipped).english)" }
            return text
        case .notesInSeveralDecks(let file, let decks):
            let names = decks.prefix(5).joined(separator: ", ")
            return "\(file) has notes in \(decks.count) decks (\(names)\(decks.count > 5 ? ", …" : "")); "
                + "give -o FOLDER/ for one deck file each, or --deck NAME to put them in one deck"
        case .noCardsExtracted(let notes): return "no cards found in \(notes.joined(separator: ", ")); the deck has none"
        case .extractWrote(let cards, let path, let dryRun):
            return "\(dryRun ? "would write" : "wrote") \(CountMessage.cards(cards).english) to \(path)"
        case .deckHasErrors(let path): return "\(path) has errors; fix them ('recall check \(path)') before extracting into it"
        case .fileIsDeck(let path, let name): return "\(path) is deck '\(name)'; leave out --deck or use --deck '\(name)'"
        case .extractAdded(let added, let kept, let dryRun):
            return "\(dryRun ? "would add" : "added") \(CountMessage.newCards(added).english), kept \(kept) existing"
        case .extractStats(let note, let cards, let byRule):
            return "\(note): \(CountMessage.cards(cards).english)\(byRule.isEmpty ? "" : " (\(byRule.joined(separator: ", ")))")"
        case .extractSkipped(let byReason):
            let parts = Self.ordered(byReason).map { "\($0.count) \($0.reason.rawValue)" }
            return "  skipped \(byReason.values.reduce(0, +)): \(parts.joined(separator: ", "))"
        }
    }

    public var korean: String {
        switch self {
        case .wrote(let what, let path): return "\(path)에 \(what.korean("썼습니다"))"
        case .wroteFiles(let what, let files, let folder):
            return "\(folder)에 \(CountMessage.files(files).korean)로 \(what.korean("썼습니다"))"
        case .noCardsToExport(let deck, let tags):
            var what = [deck.map { "'\($0)' 덱" }, tags.isEmpty ? nil : tags.map { "'\($0)'" }.joined(separator: " 또는 ") + " 태그"]
                .compactMap { $0 }.joined(separator: "의 ")
            if what.isEmpty { what = "덱 폴더" }
            return "\(what)에 내보낼 카드가 없습니다"
        case .outputInsideDeckFolder(let output, let deckFolder):
            return "\(KoreanParticle.attach(.topic, to: output)) 내보내는 덱 폴더 \(deckFolder) 안에 있습니다. 다른 곳에 쓰세요"
        case .markdownNeedsFolder(let decks):
            return "md로 내보낼 덱이 \(decks)개입니다. 덱마다 파일을 하나씩 쓰려면 -o FOLDER/를, 덱 하나만 쓰려면 --deck NAME을 주세요"
        case .jsonNotWritable(let reason): return "진행 상황을 JSON으로 쓸 수 없습니다: \(reason)"
        case .cannotWrite(let path, let reason): return "\(path)에 쓸 수 없습니다: \(reason.korean)"
        case .noSuchFile(let path): return "\(path): 파일이 없습니다"
        case .cannotRead(let path, let reason): return "\(path): 이 파일을 읽을 수 없습니다 (\(reason.korean))"
        case .importFolder(let path): return "\(path): 폴더입니다. 내보낸 파일을 주세요"
        case .extractFolder(let path): return "\(path): 폴더입니다. 노트 파일을 주세요"
        case .noNotesImported(let file): return "\(file)에서 가져온 노트가 없습니다"
        case .outputExists(let path): return "\(path) 파일이 이미 있습니다. 바꾸려면 --force를 주세요"
        case .imported(let cards, let notes, let decks, let to, let skipped):
            var text = "\(CountMessage.decks(decks).korean)에 \(CountMessage.notes(notes).korean), "
                + "\(KoreanParticle.attach(.object, to: CountMessage.cards(cards).korean)) 가져왔습니다\(to.map { " (\($0))" } ?? "")"
            if skipped > 0 { text += ". \(KoreanParticle.attach(.topic, to: CountMessage.rows(skipped).korean)) 건너뛰었습니다" }
            return text
        case .notesInSeveralDecks(let file, let decks):
            let names = decks.prefix(5).joined(separator: ", ")
            return "\(file)의 노트는 덱 \(decks.count)개에 있습니다 (\(names)\(decks.count > 5 ? ", ..." : "")). "
                + "덱마다 파일을 하나씩 쓰려면 -o FOLDER/를, 한 덱에 모으려면 --deck NAME을 주세요"
        case .noCardsExtracted(let notes): return "\(notes.joined(separator: ", "))에서 카드를 찾지 못했습니다. 덱이 비어 있습니다"
        case .extractWrote(let cards, let path, let dryRun):
            return "\(path)에 \(KoreanParticle.attach(.object, to: CountMessage.cards(cards).korean)) \(dryRun ? "쓸 예정입니다" : "썼습니다")"
        case .deckHasErrors(let path): return "\(path)에 오류가 있습니다. 추출하기 전에 고치세요 ('recall check \(path)')"
        case .fileIsDeck(let path, let name):
            return "\(KoreanParticle.attach(.topic, to: path)) '\(name)' 덱입니다. --deck을 빼거나 --deck '\(name)'을 쓰세요"
        case .extractAdded(let added, let kept, let dryRun):
            return "\(KoreanParticle.attach(.object, to: CountMessage.newCards(added).korean)) \(dryRun ? "더할 예정입니다" : "더했습니다"), "
                + "기존 카드 \(kept)장은 그대로 둡니다"
        case .extractStats(let note, let cards, let byRule):
            return "\(note): \(CountMessage.cards(cards).korean)\(byRule.isEmpty ? "" : " (\(byRule.joined(separator: ", ")))")"
        case .extractSkipped(let byReason):
            let parts = Self.ordered(byReason).map { "\(Self.korean($0.reason)) \($0.count)개" }
            return "  건너뛴 초안 \(byReason.values.reduce(0, +))개: \(parts.joined(separator: ", "))"
        }
    }

    public static var examples: [TransferMessage] {
        [.wrote(ExportedCount(cards: 688, decks: 17), to: "out.csv"),
         .wroteFiles(ExportedCount(cards: 6, decks: 2, notes: 5), files: 2, folder: "out/"),
         .noCardsToExport(deck: "AWS::VPC", tags: ["net", "vpc"]), .outputInsideDeckFolder(output: "Decks/x.md", deckFolder: "Decks"),
         .markdownNeedsFolder(decks: 3), .jsonNotWritable(reason: "nan"), .cannotWrite(path: "out/a.md", reason: .renameFailed(system: "Permission denied")),
         .noSuchFile("notes.txt"), .cannotRead(path: "notes.txt", reason: .system("Permission denied")), .importFolder("notes"), .extractFolder("notes"), .noNotesImported("anki.txt"),
         .outputExists("AWS.md"), .imported(cards: 6, notes: 5, decks: 1, to: "AWS.md", skipped: 1),
         .notesInSeveralDecks(file: "anki.txt", decks: ["A", "B"]), .noCardsExtracted(notes: ["003_vpc.txt"]),
         .extractWrote(cards: 4, to: "vpc.md", dryRun: false), .deckHasErrors("vpc.md"), .fileIsDeck(path: "vpc.md", name: "AWS::VPC"),
         .extractAdded(added: 2, kept: 5, dryRun: true), .extractStats(note: "003_vpc.txt", cards: 4, byRule: ["2 definition"]),
         .extractSkipped(byReason: [.repeatsAnotherAnswer: 5, .fragment: 4, .anecdote: 3, .tautology: 1])]
    }

    /// Reasons with a count, most first (ties in the reasons' order).
    private static func ordered(_ byReason: [SkippedDraft.Reason: Int]) -> [(reason: SkippedDraft.Reason, count: Int)] {
        SkippedDraft.Reason.allCases.compactMap { reason in byReason[reason].flatMap { $0 > 0 ? (reason, $0) : nil } }
            .enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
    }

    /// A skip reason's Korean name.
    private static func korean(_ reason: SkippedDraft.Reason) -> String {
        switch reason {
        case .repeatsAnotherAnswer: return "다른 답 반복"
        case .tautology: return "질문과 같은 답"
        case .fragment: return "문장 조각"
        case .anecdote: return "일화와 전언"
        }
    }
}
