import ArgumentParser
import RecallTUI

/// `recall` (or `recall home`): the study screen, starting at the deck list.
struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "home",
        abstract: "Open the study screen: your decks with today's counts (the default command).",
        discussion: """
            Choose a deck with j/k or the arrow keys and press Enter to study it; ? lists every \
            key. Needs a terminal; exits 1 when stdin or stdout is not one.
            """
    )

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try StudyLoop.run(deckOptions: deckOptions, dataOptions: dataOptions, session: nil)
    }
}
