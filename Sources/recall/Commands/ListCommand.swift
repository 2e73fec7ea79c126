import ArgumentParser
import RecallCore
import RecallStore

/// `recall list`: the decks, their card counts and files.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List decks with their card counts."
    )

    @OptionGroup var deckOptions: DeckOptions

    func run() throws {
        let library = try deckOptions.loadForReading()
        let header: [CommandOutputMessage] = [.deckColumn, .cardsColumn, .fileColumn]
        let rows = [header.map(Console.text)] + library.decks.map { [$0.name, String($0.cards.count), $0.file] }
            + [[Console.text(CommandOutputMessage.totalRow), String(library.cards.count), ""]]
        for line in TextTable.lines(rows, rightAligned: [1]) {
            print(line)
        }
    }
}

