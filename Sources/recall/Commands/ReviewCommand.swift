import ArgumentParser
import RecallCore
import RecallStore
import RecallTUI

/// `recall review`: straight into a review session, leaving when it ends.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Study today's cards in the terminal, then quit.",
        discussion: """
            Takes the cards due today, within the daily limits of config.json, narrowed by \
            --deck (a deck and its sub-decks) and --tag, and capped for this session by \
            --new-limit and --review-limit. Needs a terminal; exits 1 when stdin or stdout is \
            not one, 64 for an unknown deck or tag.
            """
    )

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var selectionOptions: SelectionOptions

    @Option(name: .customLong("new-limit"), help: ArgumentHelp("At most N new cards in this session.", valueName: "n"))
    var newLimit: Int?

    @Option(name: .customLong("review-limit"), help: ArgumentHelp("At most N reviews in this session.", valueName: "n"))
    var reviewLimit: Int?

    func validate() throws {
        if let newLimit, newLimit < 0 { throw Console.usage(.negativeLimit(option: "--new-limit", value: newLimit)) }
        if let reviewLimit, reviewLimit < 0 { throw Console.usage(.negativeLimit(option: "--review-limit", value: reviewLimit)) }
    }

    func run() throws {
        let scope = SessionScope(selection: selectionOptions.selection, newLimit: newLimit, reviewLimit: reviewLimit)
        try StudyLoop.run(deckOptions: deckOptions, dataOptions: dataOptions, session: scope)
    }
}
