import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall due`: today's new, learning and review counts per deck, quickly enough for a shell
/// prompt. Reads without the writer's lock.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Print today's new, learning and review counts per deck.",
        discussion: """
            Each row is what studying that deck alone would give today, its sub-decks included, \
            as the home screen shows it: within the daily limits in config.json in the data \
            folder (20 new cards and 200 reviews a day unless set otherwise), the deck's own \
            and its parents', with siblings buried; a parent's row is not the sum of its \
            children's, and the total row is all decks together. Decks are in tree order, \
            parents included. The study day starts at the rollover hour (04:00 local time \
            unless set otherwise). --deck and --tag narrow the cards as in review, quiz and \
            export (any case, sub-decks included; an unknown name exits 64). \
            With --json, prints one object: \
            {"day": "2026-01-02", "decks": [{"deck": …, "new": …, "learning": …, "review": …}], "total": {…}}.
            """
    )

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var selectionOptions: SelectionOptions

    @Flag(help: "Print one JSON object.")
    var json = false

    @Option(help: ArgumentHelp("Count as if it were this time (ISO 8601 with an offset).", valueName: "time"))
    var at: String?

    func validate() throws {
        if let at, Instant(iso8601: at) == nil {
            throw Console.usage(.badTime(at))
        }
    }

    func run() throws {
        let now = at.flatMap { Instant(iso8601: $0) } ?? SystemClock.now()
        let (cards, deckNames) = try selectedCards()
        let (loaded, config) = try dataOptions.loadForReading(cardsInTable: true)
        ProgressLoader.cacheSnapshot(loaded, folder: dataOptions.folder, config: config)
        let day = StudyDay.containing(now, rolloverHour: config.rolloverHour, timeZone: SystemClock.timeZone)
        // From the snapshot's table when there is one; without a snapshot the log was replayed.
        // The config was checked when it loaded, so its schedulers are valid.
        let scheduler = (try? SchedulerSet(config: config))?.fsrs ?? SchedulerSet.defaults.fsrs
        let zone = StudyDay.offset(in: SystemClock.timeZone)
        let counts = loaded.table.map {
            DeckCounts(cards: cards, deckNames: deckNames, table: $0, answers: loaded.state, config: config, day: day, now: now,
                       exams: ExamDues(cards: cards, table: $0, config: config, scheduler: scheduler, now: now, utcOffset: zone))
        } ?? DeckCounts(cards: cards, deckNames: deckNames, state: loaded.state, config: config, day: day, now: now,
                        exams: ExamDues(cards: cards, state: loaded.state, config: config, scheduler: scheduler, now: now,
                                        utcOffset: zone))
        // A selected deck shows itself and its sub-decks, not the parents DeckCounts adds.
        let rows = counts.decks.filter { selectionOptions.selection.includes(deck: $0.deck) }.map { ($0.deck, $0.counts) }
        print(json ? Self.json(rows, total: counts.all, day: day) : Self.table(rows, total: counts.all))
    }

    /// The cards and deck names --deck and --tag take, from the deck index (which keeps each
    /// card's tags, so that --tag parses no deck either).
    func selectedCards() throws -> ([StudyCard], [String]) {
        let selection = selectionOptions.selection
        let index = try DeckIndexLoader.cards(deckOptions: deckOptions, dataFolder: dataOptions.folder, tags: !selection.tags.isEmpty)
        try selectionOptions.check(deckNames: index.decks, tags: index.tags.flatMap { $0 })
        // Without --deck every card is taken: 100,000 of them are not copied to say so.
        if selection.isAll { return (index.cards, index.decks) }
        let cards = selection.taken(count: index.cards.count, deck: { index.cards[$0].deck },
                                    tags: { index.tags.isEmpty ? [] : index.tags[$0] }).map { index.cards[$0] }
        if selection.tags.isEmpty { return (cards, index.decks.filter(selection.includes(deck:))) }
        // As the index lists them (tree order, each once), but only the decks with a tagged card.
        let decks = Set(cards.map(\.deck))
        return (cards, index.decks.filter(decks.contains))
    }

    static func table(_ rows: [(String, DueCounts)], total: DueCounts) -> String {
        let header: [CommandOutputMessage] = [.deckColumn, .newColumn, .learningColumn, .reviewColumn]
        let lines = [header.map(Console.text)]
            + rows.map { [$0.0, String($0.1.new), String($0.1.learning), String($0.1.review)] }
            + [[Console.text(CommandOutputMessage.totalRow), String(total.new), String(total.learning), String(total.review)]]
        return TextTable.lines(lines, rightAligned: [1, 2, 3]).joined(separator: "\n")
    }

    static func json(_ rows: [(String, DueCounts)], total: DueCounts, day: StudyDay) -> String {
        func object(_ counts: DueCounts) -> String {
            "\"new\":\(counts.new),\"learning\":\(counts.learning),\"review\":\(counts.review)"
        }
        let decks = rows.map { "{\"deck\":\(quoted($0.0)),\(object($0.1))}" }
        return "{\"day\":\"\(day.dateText)\",\"decks\":[\(decks.joined(separator: ","))],\"total\":{\(object(total))}}"
    }

    static func quoted(_ text: String) -> String {
        let data = try? JSONEncoder().encode(text)
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}

/// The cards `due` needs, in deck order, and the deck names, through the deck index cache.
enum DeckIndexLoader {
    /// The index's cards, with the errors said on stderr as `loadForReading` says them.
    /// With `blocks`, where each card is in its file too (the study screen's); with `tags`,
    /// each card's tags.
    static func cards(deckOptions: DeckOptions, dataFolder: String, blocks: Bool = false, tags: Bool = false) throws -> DeckIndex.Cards {
        let folder = try deckOptions.deckFolder()
        let cache = try DataFolder.exists(dataFolder) ? DataFolder.join(dataFolder, DeckIndex.fileName) : nil
        do {
            let index = try DeckIndex.cards(paths: [folder], cachePath: cache, blocks: blocks, tags: tags)
            if index.errors > 0 {
                Console.fail(CommandOutputMessage.deckErrorsLeftOut(errors: index.errors))
            }
            return index
        } catch {
            Console.fail(error.message)
            throw ExitStatus.noInput
        }
    }
}
