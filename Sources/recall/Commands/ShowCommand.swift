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
            Console.fail(CommandOutputMessage.noCardWithID(id))
            let similar = library.cards.map(\.id).filter { $0.hasPrefix(id) || id.hasPrefix($0) }.prefix(5)
            if !similar.isEmpty { Console.error(Console.text(CommandOutputMessage.didYouMeanCards(Array(similar)))) }
            throw ExitStatus.failure
        }
        let (loaded, _) = try dataOptions.loadForReading()
        print(cards.map { Self.describe($0) + "\n\n" + Self.progress(loaded.state.cards[$0.id]) }.joined(separator: "\n\n"))
    }

    /// `state: review`, `due: 2026-03-05 09:00:00`, ...; local time, as `recall log` shows it.
    static func progress(_ progress: CardProgress?) -> String {
        var lines: [CardDetailMessage] = []
        if let schedule = progress?.schedule, !schedule.isNew {
            lines = [.state(schedule.state), .due(SystemClock.localText(schedule.due)), .stability(schedule.stability),
                     .difficulty(schedule.difficulty)]
            if let ease = schedule.ease { lines.append(.ease(ease)) }
            lines += [.reps(schedule.reps), .lapses(schedule.lapses)]
        } else {
            lines = [.neverStudied]
        }
        if progress?.suspended == true { lines.append(.suspended) }
        if let until = progress?.buriedUntil { lines.append(.buried(until: SystemClock.localText(until))) }
        return lines.map(Console.text).joined(separator: "\n")
    }

    static func describe(_ card: Card) -> String {
        let note = card.note
        var fields: [CardDetailMessage] = [.id(card.id), .deck(card.deck), .kind(card.kind)]
        if !card.tags.isEmpty { fields.append(.tags(card.tags)) }
        if let source = note.source { fields.append(.source(source)) }
        fields.append(.file(note.location.fileAndLine))
        var lines = fields.map(Console.text) + [""]
        /// The label, then the text with its next lines indented to the label's width.
        func labelled(_ label: CardDetailMessage, _ text: String) -> String {
            let label = Console.text(label)
            return label + text.replacingNewlines(indent: String(repeating: " ", count: DisplayWidth.of(label)))
        }
        lines.append(labelled(.questionLabel, card.front))
        if card.kind == .choice {
            for (index, option) in note.options.enumerated() {
                lines.append("   \(index + 1). [\(option.isCorrect ? "x" : " ")] \(option.text)")
            }
        }
        lines.append(labelled(.answerLabel, card.back))
        if !note.alternatives.isEmpty { lines.append(Console.text(CardDetailMessage.alsoAccepted(note.alternatives))) }
        if let explanation = note.explanation {
            // The explanation's next lines keep the answer's indent, as they always did.
            let indent = String(repeating: " ", count: DisplayWidth.of(Console.text(CardDetailMessage.answerLabel)))
            lines.append(Console.text(CardDetailMessage.explanationLabel) + explanation.replacingNewlines(indent: indent))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func replacingNewlines(indent: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent)
    }
}
