import ArgumentParser
import RecallCore

/// `recall show ID`: one card (or every card of one note), as the learner would study it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one card: its question, answer and details.",
        discussion: "ID is a card id (`recall check --write-ids` makes them visible in the deck), or a note id to show all its cards."
    )

    @OptionGroup var deckOptions: DeckOptions

    @Argument(help: "The card or note id.")
    var id: String

    func run() throws {
        let library = try deckOptions.loadForReading()
        let cards = library.cards(matching: id)
        guard !cards.isEmpty else {
            Console.error("recall: no card with id '\(id)'")
            let similar = library.cards.map(\.id).filter { $0.hasPrefix(id) || id.hasPrefix($0) }.prefix(5)
            if !similar.isEmpty { Console.error("did you mean: \(similar.joined(separator: ", "))") }
            throw ExitStatus.failure
        }
        print(cards.map(Self.describe).joined(separator: "\n\n"))
    }

    static func describe(_ card: Card) -> String {
        let note = card.note
        var lines = [
            "id:      \(card.id)",
            "deck:    \(card.deck)",
            "type:    \(card.kind.rawValue)",
        ]
        if !card.tags.isEmpty { lines.append("tags:    \(card.tags.joined(separator: ", "))") }
        if let source = note.source { lines.append("source:  \(source)") }
        lines.append("file:    \(note.location.fileAndLine)")
        lines.append("")
        lines.append("Q: " + card.front.replacingNewlines(indent: "   "))
        if card.kind == .choice {
            for (index, option) in note.options.enumerated() {
                lines.append("   \(index + 1). [\(option.isCorrect ? "x" : " ")] \(option.text)")
            }
        }
        lines.append("A: " + card.back.replacingNewlines(indent: "   "))
        if !note.alternatives.isEmpty {
            lines.append("   also accepted: " + note.alternatives.joined(separator: " | "))
        }
        if let explanation = note.explanation {
            lines.append("Explanation: " + explanation.replacingNewlines(indent: "   "))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func replacingNewlines(indent: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent)
    }
}
