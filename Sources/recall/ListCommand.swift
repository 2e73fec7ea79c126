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
        let rows = [["DECK", "CARDS", "FILE"]] + library.decks.map { [$0.name, String($0.cards.count), $0.file] }
            + [["total", String(library.cards.count), ""]]
        let nameWidth = rows.map { DisplayWidth.of($0[0]) }.max() ?? 0
        let countWidth = rows.map { $0[1].count }.max() ?? 0
        for row in rows {
            let count = String(repeating: " ", count: countWidth - row[1].count) + row[1]
            let line = DisplayWidth.padded(row[0], to: nameWidth) + "  " + count + "  " + row[2]
            print(line.withoutTrailingSpaces)
        }
    }
}

