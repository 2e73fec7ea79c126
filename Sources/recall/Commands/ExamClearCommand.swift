import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall exam clear`: removes the exam of a deck (or the one for every deck) from
/// config.json, so that every card of it is due as it was (nothing else was ever written).
struct ExamClearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear",
        abstract: "Remove the exam of a deck, or the one for every deck.",
        discussion: """
            Only the exam set for exactly that deck (or, without --deck, for every deck) is \
            removed; none is no error. --decks is accepted, as by every other command, but not \
            needed: the exam of a deck whose file is gone can still be cleared.
            """
    )

    @Option(help: ArgumentHelp("The deck whose exam to remove (default: the one for every deck).", valueName: "name"))
    var deck: String?

    /// Accepted so that a script can pass every command the same options; unused.
    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        var removed: ExamDate?
        do {
            // Nothing to remove writes nothing: the config (or its absence) stays as it was.
            let path = DataFolder.configPath(dataOptions.folder)
            guard try StudyConfig.load(path).exams.contains(where: { ExamSetCommand.sameDeck($0.deck, deck) }) else {
                print(Console.text(ExamMessage.noneToClear(deck: deck)))
                return
            }
            _ = try StudyConfig.update(folder: dataOptions.folder) { config in
                removed = config.exams.first { ExamSetCommand.sameDeck($0.deck, deck) }
                config.exams.removeAll { ExamSetCommand.sameDeck($0.deck, deck) }
            }
        } catch {
            throw DataOptions.fail(error)
        }
        guard let removed else {
            print(Console.text(ExamMessage.noneToClear(deck: deck)))
            return
        }
        print(Console.text(ExamMessage.cleared(deck: removed.deck, local: ExamSetCommand.localText(removed.at))))
    }
}
