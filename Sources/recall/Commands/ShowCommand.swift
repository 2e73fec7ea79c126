import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall show ID`: one card (or every card of one note), as the learner would study it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one card: its question, answer and details.",
        discussion: """
            ID is a card id (`recall check --write-ids` makes them visible in the deck), or a note \
            id to show all its cards. Each card ends with its progress from the data folder \
            (read without the lock): state, due, stability, difficulty, reps and lapses, or \
            "new" for a card never studied.
            """
    )

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

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
        let (loaded, _) = try dataOptions.loadForReading()
        print(cards.map { Self.describe($0) + "\n\n" + Self.progress(loaded.state.cards[$0.id]) }.joined(separator: "\n\n"))
    }

    /// `state: review`, `due: 2026-03-05 09:00:00`, ...; local time, as `recall log` shows it.
    static func progress(_ progress: CardProgress?) -> String {
        var lines: [String] = []
        if let schedule = progress?.schedule, !schedule.isNew {
            lines = [
                "state:      \(ProgressText.state(schedule))",
                "due:        \(SystemClock.localText(schedule.due))",
                "stability:  " + (schedule.stability.map { String(format: "%.2f days", $0) } ?? "-"),
                "difficulty: " + (schedule.difficulty.map { String(format: "%.2f (1 easiest, 10 hardest)", $0) } ?? "-"),
            ]
            if let ease = schedule.ease { lines.append("ease:       " + String(format: "%.2f", ease)) }
            lines += ["reps:       \(schedule.reps)", "lapses:     \(schedule.lapses)"]
        } else {
            lines = ["progress:   new (never studied)"]
        }
        if progress?.suspended == true { lines.append("suspended:  yes ('recall unsuspend ID' brings it back)") }
        if let until = progress?.buriedUntil { lines.append("buried:     until \(SystemClock.localText(until))") }
        return lines.joined(separator: "\n")
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
