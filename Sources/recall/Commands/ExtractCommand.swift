import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall extract NOTES… [-o FILE]`: a draft deck from Markdown notes, for the user to review.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Make a draft deck from Markdown notes.",
        discussion: """
            Finds cards in the notes: Obsidian cards (Q::A, Q:::A, a '?' or '??' line between \
            question and answer lines, ==highlight== as a cloze), definitions ('**Term**: …', \
            'Term - …', 'X: Y', Korean 'X는 Y이다'), comparison tables (one card per row and column), \
            headings or lead lines with up to six short lines under them (ten in a tight list), and \
            statements no other rule asked as a cloze of their figures or AWS names. Each question \
            is asked in the note's language with its heading context in brackets ('[VPC] Network \
            ACL의 특징은?'), and each card is tagged with the note's tags, its topics and an exam \
            domain (security, networking, ...); an image alone on its line titles the talk below it. Code, URLs, images, HTML tags, ARNs and front \
            matter are skipped; text inside <details> is read. Drafts repeating another's answer, \
            tautologies, fragments and anecdotes are left out (--stats counts them). See \
            docs/extract.md.

            Every card is written with an explicit id derived from the deck name and the question, \
            and 'source:: NOTE:LINE' (the note's file name). Re-running on an edited note gives \
            unchanged questions the same ids.

            Without -o the deck goes to stdout. With -o FILE the deck is written there atomically; \
            if FILE already exists it is merged: kept byte for byte, and only cards whose id is not \
            in it are appended (a deck with errors is refused, exit 65). A run that finds no cards \
            says so and writes a valid deck without cards (exit 0).

            With --review -o FILE the drafts open one by one in the terminal: keep, drop, edit, \
            change the kind or tags, undo ('?' lists the keys). Only kept cards are written, after \
            every decision; the decisions are kept in FILE.triage.json, so running it again resumes.

            Exit status: 64 bad options, 65 a note that is not UTF-8 or an existing deck with \
            errors, 66 a note that does not exist, 74 the deck cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("Markdown note files (.md, .txt).", valueName: "note"))
    var notes: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the deck to this file, merging into it when it exists.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("The deck name (default: the first note's file name without extension).", valueName: "name"))
    var deck: String?

    @Flag(help: "Print, on stderr, how many cards each note gave and by which rule, and the drafts it left out by reason.")
    var stats = false

    @Flag(name: .customLong("dry-run"), help: "Extract and report, but write no file (with -o).")
    var dryRun = false

    @Flag(help: "Open the drafts one by one in the terminal to keep, drop or edit them (needs -o FILE); see ExtractCommand+Review.")
    var review = false

    func validate() throws {
        if let deck, let problem = DeckName.problem(deck) {
            throw ValidationError("--deck: \(problem.text(InterfaceLanguage.current))")
        }
        try validateReview()
    }

    func run() throws {
        let extracted = try readNotes()
        let sources = notes.map { ($0 as NSString).lastPathComponent }
        let deckName = deck ?? Self.deckName(forNote: notes[0])
        let all = NoteExtractor.across(extracted.map { NoteExtractor.Extraction(cards: $0.cards, skipped: $0.skipped) })
        if stats { reportStats(notes, all) }
        let cards = all.cards
        if review {
            try runReview(cards, sources: sources, deckName: deckName)
            return
        }
        if cards.isEmpty {
            Console.fail(TransferMessage.noCardsExtracted(notes: notes))
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(DraftWriter.render(DraftDeck(name: deckName, sources: sources, cards: cards)).utf8))
            return
        }
        if FileManager.default.fileExists(atPath: output) {
            try merge(cards, sources: sources, into: output)
        } else {
            let draft = DraftDeck(name: deckName, sources: sources, cards: cards)
            try write(DraftWriter.render(draft), to: output)
            Console.error(Console.text(TransferMessage.extractWrote(cards: draft.cards.count, to: output, dryRun: dryRun)))
        }
    }

    /// Reads and extracts every note, or exits: 66 for a missing note, 65 for one that is not UTF-8.
    private func readNotes() throws -> [(note: String, cards: [ExtractedCard], skipped: [SkippedDraft])] {
        var result: [(String, [ExtractedCard], [SkippedDraft])] = []
        var diagnostics: [Diagnostic] = []
        for note in notes {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: note, isDirectory: &isFolder) else {
                Console.fail(TransferMessage.noSuchFile(note))
                throw ExitStatus.noInput
            }
            guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: note) else {
                if isFolder.boolValue { Console.fail(TransferMessage.extractFolder(note)) } else { Console.fail(TransferMessage.cannotRead(path: note, reason: ReadFailure.problem(note))) }
                throw ExitStatus.noInput
            }
            let extracted = NoteExtractor.extract(bytes: [UInt8](data), file: note, sourceName: (note as NSString).lastPathComponent)
            diagnostics += extracted.diagnostics
            result.append((note, extracted.cards, extracted.skipped))
        }
        if diagnostics.hasErrors {
            Console.report(diagnostics)
            throw ExitStatus.dataError
        }
        return result
    }

    /// Appends the cards the deck at `path` lacks; refuses a deck with errors without writing.
    private func merge(_ cards: [ExtractedCard], sources: [String], into path: String) throws {
        let (existing, text) = try readExistingDeck(path)
        let result = DeckMerge.merge(DraftDeck(name: existing.name, sources: sources, cards: cards), into: text, existing: existing)
        if result.added > 0 { try write(result.text, to: path) }
        Console.error(Console.text(TransferMessage.extractAdded(added: result.added, kept: result.kept, dryRun: dryRun)))
    }

    private func write(_ text: String, to path: String) throws {
        guard !dryRun else { return }
        do {
            try AtomicFile.replace(path, with: Array(text.utf8))
        } catch {
            Console.fail(error.message)
            throw ExitStatus.ioError
        }
    }

    /// `notes/003_vpc.txt` → `003_vpc`.
    static func deckName(forNote path: String) -> String {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return DeckName.problem(name) == nil ? name : "extracted"
    }

    /// Per note, its cards by rule and, on the next line, its skipped drafts by reason (a draft
    /// repeating another note's answer counts in its own note).
    private func reportStats(_ notes: [String], _ all: NoteExtractor.Extraction) {
        for note in notes {
            let name = (note as NSString).lastPathComponent
            let cards = all.cards.filter { $0.file == name }
            let byRule = ExtractedCard.Rule.allCases.compactMap { rule -> String? in
                let n = cards.filter { $0.rule == rule }.count
                return n == 0 ? nil : "\(n) \(rule.rawValue)"
            }
            Console.error(Console.text(TransferMessage.extractStats(note: note, cards: cards.count, byRule: byRule)))
            let skipped = Dictionary(grouping: all.skipped.filter { $0.file == name }, by: \.reason).mapValues(\.count)
            if !skipped.isEmpty { Console.error(Console.text(TransferMessage.extractSkipped(byReason: skipped))) }
        }
    }
}
