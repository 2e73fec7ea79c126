import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall import FILE [--format apkg|anki|csv] [-o Decks/x.md]`: deck files from an Anki
/// package (with `--with-progress`, its history too), Anki's text export or a csv file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make deck files from an Anki package, an Anki text export or a csv file.",
        discussion: """
            An Anki package (.apkg, current or legacy) gives one deck file per Anki deck (-o \
            FOLDER/); with --with-progress its review log is added to the data folder as your \
            answers, each once however often the package is imported. Notes of note types recall \
            has no kind for are reported by their Anki note id and skipped.

            Reads Anki's "Notes in Plain Text" export (with or without its header lines, HTML or \
            not) or a csv file whose first row names the columns (as 'recall export --format csv' \
            writes). Cloze notes stay cloze notes; notes that 'recall export --format anki' wrote \
            come back as the same cards with the same ids. See docs/export.md.

            The format is taken from the file (a .csv file with a 'question' column is csv) \
            unless --format says. Without -o the deck goes to stdout. With -o FILE it is written \
            there atomically; an existing file is replaced only with --force. Notes from several \
            decks need -o FOLDER/ (one deck file per deck, AWS::VPC in FOLDER/AWS/VPC.md) or \
            --deck NAME (all in one deck).

            Every row that is not imported is reported as FILE:LINE with the reason; the others \
            are still written, and the exit status is 65. Exit status: 64 bad options or an \
            output that exists, 65 rows skipped or a file that is not UTF-8, 66 FILE does not \
            exist or cannot be read, 74 the deck cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("The Anki package (.apkg), Anki text export (.txt) or csv file.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("apkg, anki or csv (default: from the file).", valueName: "format"))
    var format: ImportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the deck to this file, or one deck file per deck into this folder/.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Put every note in this deck (default: the file's decks, else the output's name).", valueName: "name"))
    var deck: String?

    @Flag(help: "Replace output files that exist.")
    var force = false

    @Flag(help: "With an Anki package: add its review log to your progress (see --data-dir).")
    var withProgress = false

    @OptionGroup var data: DataOptions

    func validate() throws {
        if let deck, let problem = DeckName.problem(deck) {
            throw ValidationError("--deck: \(problem.text(InterfaceLanguage.current))")
        }
    }

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
            Console.fail(TransferMessage.noSuchFile(file))
            throw ExitStatus.noInput
        }
        guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: file) else {
            if isFolder.boolValue { Console.fail(TransferMessage.importFolder(file)) } else { Console.fail(TransferMessage.cannotRead(path: file, reason: ReadFailure.problem(file))) }
            throw ExitStatus.noInput
        }
        let bytes = [UInt8](data)
        let format = format ?? ImportFormat.detect(path: file, text: String(decoding: bytes.prefix(4096), as: UTF8.self))
        if format == .apkg { return try importPackage() }
        if withProgress {
            Console.fail(PackageImportMessage.progressNeedsPackage(file))
            throw ExitStatus.usage
        }
        let result = DeckImport.read(bytes: bytes, file: file, format: format, defaultDeck: defaultDeckName(), deckOverride: deck)
        Console.report(result.warnings)
        Console.report(result.skipped)
        guard !result.decks.isEmpty else {
            Console.fail(TransferMessage.noNotesImported(file))
            throw ExitStatus.dataError
        }
        let files = try outputFiles(result)
        try checkOutputs(files)
        try write(files)
        Console.error(Console.text(TransferMessage.imported(cards: result.cards.count, notes: result.notes.count,
                                                            decks: result.decks.count, to: output, skipped: result.skipped.count)))
        if !result.skipped.isEmpty { throw ExitStatus.dataError }
    }

    /// Refuses to replace a file that exists, unless --force.
    func checkOutputs(_ files: [(path: String?, text: String)]) throws {
        if !force, let existing = files.first(where: { $0.path.map { FileManager.default.fileExists(atPath: $0) } ?? false }),
           let path = existing.path {
            Console.fail(TransferMessage.outputExists(path))
            throw ExitStatus.usage
        }
    }

    /// Writes each deck file atomically (nil: to stdout).
    func write(_ files: [(path: String?, text: String)]) throws {
        for file in files {
            guard let path = file.path else {
                FileHandle.standardOutput.write(Data(file.text.utf8))
                continue
            }
            try OutputPath.write(file.text, to: path)
        }
    }

    /// The deck name for notes whose row names none: the output file's name, else the input's.
    private func defaultDeckName() -> String {
        let name: String
        if let output, !OutputPath.isFolder(output) {
            name = ((output as NSString).lastPathComponent as NSString).deletingPathExtension
        } else {
            name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        }
        return DeckName.problem(name) == nil ? name : "Imported"
    }

    /// The text of each deck file, and where it goes (nil: stdout).
    func outputFiles(_ result: ImportResult) throws -> [(path: String?, text: String)] {
        let source = (file as NSString).lastPathComponent
        func text(_ deck: ImportResult.ImportedDeck) -> String {
            DeckWriter.deckFile(DeckWriter.DeckHeader(name: deck.name, description: "Imported by `recall import` from \(source)."),
                                notes: deck.notes)
        }
        if let output, OutputPath.isFolder(output) {
            return result.decks.map { (DataFolder.join(output, Self.path(forDeck: $0.name)), text($0)) }
        }
        guard result.decks.count == 1 else {
            Console.fail(TransferMessage.notesInSeveralDecks(file: file, decks: result.decks.map(\.name)))
            throw ExitStatus.usage
        }
        return [(output, text(result.decks[0]))]
    }

    /// `AWS::VPC` → `AWS/VPC.md`; characters a file name cannot hold become `-`.
    static func path(forDeck name: String) -> String {
        name.components(separatedBy: "::").map { part in
            var component = part.trimmed.replacing("/", with: "-").replacing("\\", with: "-").replacing("\0", with: "")
            if component.hasPrefix(".") { component = "_" + component.dropFirst() }
            return component.isEmpty ? "_" : component
        }.joined(separator: "/") + ".md"
    }
}

extension ImportFormat: ExpressibleByArgument {}
