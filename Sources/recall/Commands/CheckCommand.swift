import ArgumentParser
import Foundation
import RecallCore
import RecallStore


/// `recall check`: validates decks and reports every problem with file:line:col.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate deck files and count their cards.",
        discussion: """
            Prints every problem as file:line:col: message on stderr, and a one-line summary on \
            stdout. Exits 65 if any deck has an error, 66 if a path does not exist.
            """
    )

    @OptionGroup var deckOptions: DeckOptions

    @Flag(name: .customLong("write-ids"), help: "Write an explicit id comment under every card that lacks one (files with errors are left alone).")
    var writeIDs = false

    @Argument(help: ArgumentHelp("Deck files or folders (default: the deck folder).", valueName: "path"))
    var paths: [String] = []

    func run() throws {
        var library = try deckOptions.load(paths)
        if writeIDs {
            let (added, files) = writeMissingIDs(library)
            print(Console.text(CommandOutputMessage.wroteIDs(ids: added, files: files)))
            library = try deckOptions.load(paths)
        }
        Console.report(library.diagnostics)
        print(Self.summary(library))
        if library.diagnostics.hasErrors { throw ExitStatus.dataError }
    }

    /// `2 decks, 24 cards from 20 notes (6 basic, 8 reversible, …); no problems`
    static func summary(_ library: DeckLibrary) -> String {
        let cards = library.cards
        let kinds = Dictionary(grouping: cards, by: \.kind).mapValues(\.count)
        let errors = library.diagnostics.errors.count
        return Console.text(CommandOutputMessage.checkSummary(
            decks: library.decks.count, cards: cards.count, notes: library.notes.count, kinds: kinds,
            errors: errors, warnings: library.diagnostics.count - errors))
    }

    /// Pins derived ids into every error-free file; returns ids written and files changed.
    func writeMissingIDs(_ library: DeckLibrary) -> (Int, Int) {
        let filesWithErrors = Set(library.diagnostics.errors.map(\.location.file))
        var added = 0
        var files = 0
        for deck in library.decks where deck.notes.contains(where: { !$0.hasExplicitID }) {
            if filesWithErrors.contains(deck.file) {
                Console.error(Console.text(CommandOutputMessage.idsNotWritten(file: deck.file)))
                continue
            }
            guard let data = FileManager.default.contents(atPath: deck.file),
                  let text = String(data: data, encoding: .utf8) else { continue }
            let result = DeckIDWriter.insertingIDs(into: text, for: deck.notes)
            do {
                try AtomicFile.replace(deck.file, with: Array(result.text.utf8))
                added += result.added
                files += 1
            } catch {
                Console.fail(error.message)
            }
        }
        return (added, files)
    }
}
