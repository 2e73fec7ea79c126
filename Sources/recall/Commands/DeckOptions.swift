import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `--decks DIR`, shared by every command that reads decks.
struct DeckOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The deck folder or file.",
        discussion: "Default: $RECALL_DECKS, else ./Decks, else the installed share/recall/Decks.",
        valueName: "dir"))
    var decks: String?

    /// The deck folder, in order: --decks, $RECALL_DECKS, ./Decks, <prefix>/share/recall/Decks.
    func deckFolder() throws -> String {
        if let decks { return decks }
        if let fromEnvironment = ProcessInfo.processInfo.environment["RECALL_DECKS"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: "Decks", isDirectory: &isFolder), isFolder.boolValue {
            return "Decks"
        }
        if let installed = Self.installedDeckFolder() { return installed }
        Console.fail(CommandOutputMessage.noDeckFolder)
        throw ExitStatus.noInput
    }

    static func installedDeckFolder() -> String? {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        let folder = executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/recall/Decks").path
        return FileManager.default.fileExists(atPath: folder) ? folder : nil
    }

    /// Loads the given paths (or the deck folder); a missing path exits with 66.
    func load(_ paths: [String] = []) throws -> DeckLibrary {
        let targets = paths.isEmpty ? [try deckFolder()] : paths
        do {
            return try DeckLibrary.load(paths: targets)
        } catch {
            Console.fail(error.message)
            throw ExitStatus.noInput
        }
    }

    /// For commands that only read decks: problems are mentioned once, and the valid cards are used.
    func loadForReading() throws -> DeckLibrary {
        let library = try load()
        let errors = library.diagnostics.errors.count
        if errors > 0 {
            Console.fail(CommandOutputMessage.deckErrorsLeftOut(errors: errors))
        }
        return library
    }
}
