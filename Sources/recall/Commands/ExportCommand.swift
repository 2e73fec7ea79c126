import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall export [--format txt|md|csv|anki|json|apkg] [--answers end] [--excel] [--deck NAME] [--tag T] [-o FILE]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write decks as a study sheet, deck files, csv, Anki text, JSON or an Anki package.",
        discussion: """
            Formats (see docs/export.md):
              txt   (the default) a printable study sheet: questions, options with the correct ones \
            marked [x], answers and explanations, wrapped at 80 columns (Hangul counts two); with \
            --answers end, the numbered questions and then an answer key, for a self-test
              md    the deck format itself; 'recall check' reads it back with the same cards and ids. \
            Several decks need -o FOLDER/ (one file each, at the paths they have in the deck folder)
              csv   RFC 4180, one row per card: id, deck, type, question, answer, options, tags, \
            source, state, due, stability, difficulty, reps, lapses, explanation, accept; with --excel, \
            a UTF-8 byte order mark first, so Excel opens the Hangul correctly
              anki  Anki's text import format with its header lines; the guid is the note id, so \
            importing again updates the notes in Anki
              json  everything: notes, cards, progress, settings and the review log
              apkg  an Anki package (-o FILE.apkg): notes, cards with their scheduling and FSRS \
            memory, the review log and images, for Anki, AnkiDroid and AnkiMobile; --no-progress for \
            new cards only

            Output goes to stdout, or with -o to FILE, replaced atomically. Progress (csv, json) \
            is read from the data folder without taking its lock; with no data folder every card \
            is new. Cards with errors in the decks are left out, with a message.

            Exit status: 64 bad options or an unknown deck or tag, 65 a damaged progress file, 66 no deck folder or no card \
            matches, 74 the output cannot be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case txt, md, csv, anki, json, apkg
    }

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("The format.", valueName: "format"))
    var format: Format = .txt

    @Option(help: ArgumentHelp(
        "txt: inline puts each answer under its question; end puts them in an answer key after the questions, for a printable self-test (default: inline).",
        valueName: "inline|end"))
    var answers: StudySheet.AnswerPlacement?

    @Flag(help: "csv: start with a UTF-8 byte order mark, so Excel (on Korean Windows too) reads the Hangul as UTF-8.")
    var excel = false

    @OptionGroup var selectionOptions: SelectionOptions

    @Flag(help: "apkg: notes and cards only, every card new, no review log.")
    var noProgress = false

    @Option(help: ArgumentHelp("apkg: the time the package is made (ISO 8601 with an offset), for its due days; default: now.",
                               valueName: "time"))
    var at: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (for md and several decks, this folder/).", valueName: "file"))
    var output: String?

    func validate() throws {
        if answers != nil, format != .txt { throw Console.usage(.answersNeedTxt) }
        if excel, format != .csv { throw Console.usage(.excelNeedsCSV) }
        if noProgress, format != .apkg { throw Console.usageText(PackageExportMessage.optionNeedsApkg("--no-progress")) }
        if let at {
            if format != .apkg { throw Console.usageText(PackageExportMessage.optionNeedsApkg("--at")) }
            if Instant(iso8601: at) == nil { throw Console.usageText(PackageExportMessage.badTime(at)) }
        }
        if format == .apkg, output == nil || output.map(OutputPath.isFolder) == true {
            throw Console.usageText(PackageExportMessage.needsOutputFile)
        }
    }

    func run() throws {
        // The JSON export's undo pre-pass reads the whole log: on the other core, while the decks load.
        let folder = dataOptions.folder
        let undone = format == .json || (format == .apkg && !noProgress) ? BackgroundValue { try LogFiles.find(folder: folder)?.undoneIDs() ?? [] } : nil
        let library = try deckOptions.loadForReading()
        try selectionOptions.check(deckNames: library.decks.map(\.name), tags: library.notes.flatMap(\.tags))  // a card's tags are its note's
        let selection = ExportSelection(decks: library.decks, selection: selectionOptions.selection)
        guard !selection.decks.isEmpty else {
            Console.fail(TransferMessage.noCardsToExport(deck: selectionOptions.deck, tags: selectionOptions.tagList))
            throw ExitStatus.noInput
        }
        let summary = ExportedCount(cards: selection.cards.count, decks: selection.decks.count)
        switch format {
        case .txt:
            try write(StudySheet.render(selection.decks, answers: answers ?? .inline, language: InterfaceLanguage.current), summary: summary)
        case .md:
            try exportMarkdown(selection, library: library, summary: summary)
        case .csv:
            let (loaded, _) = try dataOptions.loadForReading()
            let csv = CSVExport.render(selection.decks, progress: loaded.state)
            try write(excel ? CSVExport.byteOrderMark + csv : csv, summary: summary)
        case .anki:
            let notes = selection.notes
            for warning in AnkiTextExport.notices(notes) { Console.error("recall: " + warning.line(InterfaceLanguage.current)) }
            try write(AnkiTextExport.render(notes), summary: ExportedCount(cards: summary.cards, decks: summary.decks, notes: notes.count))
        case .json:
            try writeJSON(selection, undone: undone!, summary: summary)
        case .apkg:
            try exportPackage(selection, undone: undone)
        }
    }

    /// Streams the document: the log is read entry by entry and written out in pieces, so a
    /// million reviews never sit in memory as one document.
    private func writeJSON(_ selection: ExportSelection, undone: BackgroundValue<Set<EventID>>, summary: ExportedCount) throws {
        let (loaded, config) = try dataOptions.loadForReading()
        let folder = dataOptions.folder
        do {
            let log = try LogFiles.find(folder: folder)
            let undone = try undone.value()
            let sink = try OutputSink(output)
            var stream = try JSONExportStream(selection.decks, state: loaded.state,
                                              config: DataFolder.exists(DataFolder.configPath(folder)) ? config : nil,
                                              whole: selectionOptions.selection.isAll, undone: undone, exported: SystemClock.now(),
                                              flush: sink.write)
            if let log {
                _ = try log.readAhead { entry in
                    stream.review(entry)
                    if stream.pending >= 1 << 20 { try stream.flush(sink.write) }
                }
            }
            try sink.write(try stream.finish())
            try sink.commit()
        } catch let error as ProgressError {
            throw DataOptions.fail(error)
        } catch let error as JSONExportStream.NonFiniteNumber {
            Console.fail(TransferMessage.jsonNotWritable(reason: "\(error)"))
            throw ExitStatus.dataError
        } catch let error as EncodingError {
            // JSONEncoder's own description is a dump of the coding path; its context says it in words.
            var reason = "\(error)"
            if case .invalidValue(_, let context) = error { reason = context.debugDescription }
            Console.fail(TransferMessage.jsonNotWritable(reason: reason))
            throw ExitStatus.dataError
        } catch let error as AtomicFile.WriteError {
            Console.fail(error.message)
            throw ExitStatus.ioError
        }
        if let output { Console.error(Console.text(TransferMessage.wrote(summary, to: output))) }
    }

    /// One deck: a deck file to stdout or -o. Several: -o FOLDER/, each at its path in the deck folder.
    private func exportMarkdown(_ selection: ExportSelection, library: DeckLibrary, summary: ExportedCount) throws {
        let deckFolder = try deckOptions.deckFolder()
        if let output, Self.isInside(output, deckFolder) {
            Console.fail(TransferMessage.outputInsideDeckFolder(output: output, deckFolder: deckFolder))
            throw ExitStatus.usage
        }
        let files = selection.decks.map { deck in
            (path: Self.relativePath(deck.file, in: deckFolder),
             text: DeckWriter.deckFile(DeckWriter.DeckHeader(deck, description: "Exported by `recall export` from \(deck.file)."),
                                       notes: deck.notes))
        }
        guard let output, OutputPath.isFolder(output) else {
            guard files.count == 1 else {
                Console.fail(TransferMessage.markdownNeedsFolder(decks: files.count))
                throw ExitStatus.usage
            }
            try write(files[0].text, summary: summary)
            return
        }
        for file in files {
            try OutputPath.write(file.text, to: DataFolder.join(output, file.path))
        }
        Console.error(Console.text(TransferMessage.wroteFiles(summary, files: files.count, folder: output)))
    }

    private func write(_ text: String, summary: ExportedCount) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try OutputPath.write(text, to: output)
        Console.error(Console.text(TransferMessage.wrote(summary, to: output)))
    }

    /// `Decks/AWS/vpc.md` in `Decks` is `AWS/vpc.md`; a file given alone is its name.
    static func relativePath(_ file: String, in folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : (file as NSString).lastPathComponent
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        let target = OutputPath.absolute(path)
        let base = OutputPath.absolute(folder)
        return target == base || target.hasPrefix(base + "/")
    }
}

/// Where a streamed export goes: stdout, or a file replaced atomically once all is written.
struct OutputSink {
    private let file: AtomicFile.Writer?

    /// Creates the folders on the way to `path` (nil: stdout); exit 74 when it cannot.
    init(_ path: String?) throws {
        guard let path else {
            file = nil
            return
        }
        try OutputPath.createFolder(of: path)
        file = try AtomicFile.Writer(path)
    }

    func write(_ bytes: [UInt8]) throws(AtomicFile.WriteError) {
        guard let file else { return FileHandle.standardOutput.write(Data(bytes)) }
        try file.write(bytes)
    }

    func commit() throws(AtomicFile.WriteError) {
        try file?.commit()
    }
}

/// Where exports and imports write: a file replaced atomically, or a folder of them.
enum OutputPath {
    /// An existing folder, or a path ending in `/`.
    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue)
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Creates the folders on the way, then replaces the file atomically; exit 74 on failure.
    static func write(_ text: String, to path: String) throws {
        try createFolder(of: path)
        do {
            try AtomicFile.replace(path, with: Array(text.utf8))
        } catch {
            Console.fail(error.message)
            throw ExitStatus.ioError
        }
    }
}

extension OutputPath {
    /// The folders on the way to `path`; exit 74 when they cannot be made.
    static func createFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try FolderCreation.create(folder) }
        } catch {
            Console.fail(TransferMessage.cannotWrite(path: path, reason: error.reason))
            throw ExitStatus.ioError
        }
    }
}

extension StudySheet.AnswerPlacement: ExpressibleByArgument {}
