import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall answer ID RATING`: records one answer durably, as the review screen does, and
/// prints when the card is due again. Useful in scripts; the crash test and the benchmark use
/// its hidden `--stress` mode.
struct AnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: "Record an answer to a card and print when it is due again.",
        discussion: """
            RATING is 1 (again), 2 (hard), 3 (good) or 4 (easy). The answer is on disk (fsync) \
            before the command prints anything. Exits 1 if the card is in no deck or another \
            recall is using the data folder, 65 if a progress file is damaged. With --cram the \
            answer is logged as a cram answer ("cram":true), which leaves the card's schedule \
            as it was, as `recall review --cram` does; only a studied card can be crammed (else exit 1).
            """
    )

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

    @Argument(help: "The card id.")
    var id: String

    @Argument(help: ArgumentHelp("1 again, 2 hard, 3 good, 4 easy (or the word).", valueName: "rating"))
    var rating: String

    @Option(help: ArgumentHelp("The time of the answer (ISO 8601 with an offset); default: now.", valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp("How long the answer took, in milliseconds.", valueName: "ms"))
    var duration: Int?

    @Flag(help: "A cram answer: logged, counted today, but the card's schedule stays as it was.")
    var cram = false

    /// Answers N times in a loop (cards in deck order, ratings cycling), printing `ack SEQ` after
    /// each durable answer: for the crash-safety test and the benchmark.
    @Option(help: .hidden)
    var stress: Int?

    /// With --stress: print the median and 95th percentile time of one durable answer to stderr.
    @Flag(help: .hidden)
    var latency = false

    func validate() throws {
        if Self.parseRating(rating) == nil {
            throw Console.usage(.badRating(rating))
        }
        if let at, Instant(iso8601: at) == nil {
            throw Console.usage(.badTime(at))
        }
    }

    static func parseRating(_ text: String) -> Rating? {
        if let number = Int(text) { return Rating(rawValue: number) }
        return Rating.allCases.first { $0.label.lowercased() == text.lowercased() }
    }

    func run() throws {
        let library = try deckOptions.loadForReading()
        let decksByFile = Dictionary(library.decks.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let start = at.flatMap { Instant(iso8601: $0) } ?? SystemClock.now()
        let store = try dataOptions.openStore(now: start)
        func record(_ card: Card, _ rating: Rating, at time: Instant) throws -> CardSchedule {
            guard let deck = decksByFile[card.note.location.file] else { throw ExitStatus.failure }
            do {
                var answer = ReviewRecord(card: card, deck: deck, rating: rating, durationMilliseconds: duration,
                                          defaultScheduler: store.config.scheduler)
                answer.cram = cram
                return try store.record(answer, at: time).schedule
            } catch {
                throw DataOptions.fail(error)
            }
        }
        if let stress {
            try runStress(stress, cards: library.cards, start: start, store: store, record: record)
        } else {
            guard let card = library.cards.first(where: { $0.id == id }) else {
                Console.fail(CommandOutputMessage.noCardWithIDInDecks(id))
                throw ExitStatus.failure
            }
            let rating = Self.parseRating(rating)!
            if cram, store.state.cards[card.id]?.schedule == nil {
                Console.fail(CramMessage.notStudied(card: card.id))
                throw ExitStatus.failure
            }
            let schedule = try record(card, rating, at: start)
            let interval = LocalizedFormat.interval(schedule.due - start, language: InterfaceLanguage.current)
            if cram {
                print(Console.text(CramMessage.answeredCram(card: card.id, rating: rating, due: SystemClock.localText(schedule.due))))
            } else {
                print(Console.text(CommandOutputMessage.answered(card: card.id, rating: rating, due: SystemClock.localText(schedule.due),
                                                                interval: interval)))
            }
        }
        do {
            try store.close(onlyIfLarge: true)
        } catch {
            throw DataOptions.fail(error)
        }
    }

    private func runStress(_ count: Int, cards: [Card], start: Instant, store: ProgressStore,
                           record: (Card, Rating, Instant) throws -> CardSchedule) throws {
        guard !cards.isEmpty else {
            Console.fail(CommandOutputMessage.noCardsToAnswer)
            throw ExitStatus.failure
        }
        let ratings: [Rating] = [.good, .good, .again, .easy, .hard, .good, .good]
        var timings: [Int64] = []
        timings.reserveCapacity(count)
        for i in 0..<count {
            let began = SystemClock.monotonicNanoseconds()
            _ = try record(cards[i % cards.count], ratings[i % ratings.count], start + .seconds(Int64(i)))
            timings.append(SystemClock.monotonicNanoseconds() - began)
            let line = Array("ack \(store.state.lastSeq(of: store.writer.device))\n".utf8)
            _ = line.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        }
        if latency, !timings.isEmpty {
            let sorted = timings.sorted()
            func ms(_ ns: Int64) -> String { String(format: "%.3f", Double(ns) / 1e6) }
            Console.error("answers \(count) median_ms \(ms(sorted[sorted.count / 2])) p95_ms \(ms(sorted[sorted.count * 95 / 100])) max_ms \(ms(sorted.last!))")
        }
    }
}
