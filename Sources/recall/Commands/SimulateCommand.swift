import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTUI

/// `recall simulate`: the learner's own cards run forward day by day (`LearnerSimulation`),
/// with their weights, limits and answer times, toward their deck's exam when it has one.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate the coming study days: answers, new cards, minutes and expected recall per day.",
        discussion: """
            Starts from your cards and progress (suspended and SM-2 cards left out), your FSRS \
            weights (fitted ones when set), your daily limits and the mean time of your own \
            timed answers, and runs them forward day by day with a simulated learner whose \
            answers follow the model's recall probability (seeded by --seed). When the deck has \
            an exam ahead (recall exam set), the days run up to the exam day, scheduling aims \
            at the exam (unless --normal), and recall is measured at the exam's time; otherwise \
            over --days (30) and at the end of the last day (--measure-at sets another time). --cram-days N adds a cram: on \
            the last N days every studied card is answered once more. With --json, prints \
            {"settings": {...}, "leftOut": {...}, "result": {"days": [...], "recallAt": ..., ...}}.
            """
    )

    static let longestRun = 3_650

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: ArgumentHelp("Days to simulate (default 30, or up to the exam day).", valueName: "n"))
    var days: Int?
    @Option(name: .customLong("new-per-day"), help: ArgumentHelp("New cards a day (default: your limit).", valueName: "k"))
    var newPerDay: Int?
    @Option(name: .customLong("reviews-per-day"), help: ArgumentHelp("Reviews a day (default: your limit).", valueName: "m"))
    var reviewsPerDay: Int?
    @Option(help: ArgumentHelp("Seed of the simulated learner's answers.", valueName: "s"))
    var seed: UInt64 = 1
    @Flag(help: "Schedule normally even when the deck has an exam (recall is still measured at the exam).")
    var normal = false
    @Option(name: .customLong("cram-days"), help: ArgumentHelp("Cram on the last N days.", valueName: "n"))
    var cramDays = 0
    @Option(name: .customLong("measure-at"), help: ArgumentHelp(
        "Measure recall at this time (ISO 8601 with an offset; default: the exam's, else the end of the last day).",
        valueName: "time"))
    var measureAt: String?
    @Flag(help: "Print one JSON object.")
    var json = false
    @Option(help: ArgumentHelp("Start as if it were this time (ISO 8601 with an offset).", valueName: "time"))
    var at: String?

    func validate() throws {
        for time in [at, measureAt].compactMap({ $0 }) where Instant(iso8601: time) == nil { throw Console.usage(.badTime(time)) }
        try Self.check("--days", days, 1...Self.longestRun)
        try Self.check("--new-per-day", newPerDay, 0...100_000)
        try Self.check("--reviews-per-day", reviewsPerDay, 0...1_000_000)
        try Self.check("--cram-days", cramDays, 0...(days ?? Self.longestRun))
    }

    static func check(_ option: String, _ value: Int?, _ range: ClosedRange<Int>) throws {
        guard let value, !range.contains(value) else { return }
        throw ValidationError(Console.text(SimulateMessage.outOfRange(
            option: option, value: value, lowest: range.lowerBound, highest: range.upperBound)))
    }

    func run() throws {
        let now = at.flatMap { Instant(iso8601: $0) } ?? SystemClock.now()
        let selection = selectionOptions.selection
        let index = try DeckIndexLoader.cards(deckOptions: deckOptions, dataFolder: dataOptions.folder, tags: !selection.tags.isEmpty)
        try selectionOptions.check(deckNames: index.decks, tags: index.tags.flatMap { $0 })
        let taken = selection.taken(count: index.cards.count, deck: { index.cards[$0].deck },
                                    tags: { index.tags.isEmpty ? [] : index.tags[$0] })
        let (loaded, _) = try dataOptions.loadForReading()
        let (config, schedulers, history): (StudyConfig, SchedulerSet, ReviewHistory)
        do {
            (config, schedulers, history) = try StatsLoading.folderHistory(dataFolder: dataOptions.folder, undone: {
                try loaded.log?.undoneIDs() ?? []
            }, notice: { _ in })
        } catch let failure as StatsLoading.Failure {
            Console.error("recall: " + failure.description)
            throw failure.status
        }

        var cards: [SimulationCard] = []
        var (suspended, sm2) = (0, 0)
        for card in taken.map({ index.cards[$0] }) {
            let progress = loaded.state.cards[card.id]
            if progress?.suspended == true { suspended += 1; continue }
            let kind = progress?.schedule == nil ? config.scheduler : progress!.scheduler
            if kind == .sm2 { sm2 += 1; continue }
            cards.append(SimulationCard(id: card.id, schedule: progress?.schedule))
        }

        let utcOffset = StudyDay.offset(in: SystemClock.timeZone)
        let today = StudyDay.containing(now, rolloverHour: config.rolloverHour, utcOffset: utcOffset)
        let exam = selection.deck.map(config.exam(forDeck:)) ?? config.exams.first { $0.deck == nil }
        let ahead = exam.flatMap { now < $0.at ? $0 : nil }
        let limits = config.dailyLimits(forDeck: selection.deck)
        var settings = SimulationSettings(
            days: days ?? ahead.map {
                min(max($0.daysLeft(today: today, rolloverHour: config.rolloverHour, utcOffset: utcOffset), 1), Self.longestRun)
            } ?? 30,
            newPerDay: newPerDay ?? limits.newPerDay,
            reviewsPerDay: reviewsPerDay ?? limits.reviewsPerDay,
            seed: seed, exam: normal ? nil : ahead,
            measureAt: measureAt.flatMap { Instant(iso8601: $0) } ?? ahead?.at)
        settings.cramDays = min(cramDays, settings.days)
        let timed = settings.useAnswerSeconds(of: history.reviews, cap: ReviewScreen.longestAnswer.days * 86_400)

        let result = LearnerSimulation.run(cards: cards, scheduler: schedulers.fsrs, settings: settings, start: now,
                                           rolloverHour: config.rolloverHour, utcOffset: utcOffset)
        if json {
            print(try Self.json(settings: settings, result: result, suspended: suspended, sm2: sm2))
            return
        }
        var notes: [SimulateMessage] = []
        if let exam {
            let at = String(SystemClock.localText(exam.at).prefix(16))  // to the minute, as exam set prints it
            notes.append(ahead == nil ? .examOver(at: at) : normal ? .normalWithExam(at: at) : .towardExam(at: at, target: exam.target))
        }
        if settings.cramDays > 0 { notes.append(.cram(days: settings.cramDays)) }
        if suspended + sm2 > 0 { notes.append(.leftOut(suspended: suspended, sm2: sm2)) }
        notes.append(.answerSeconds(new: settings.secondsNew, learning: settings.secondsLearning,
                                    review: settings.secondsReview, timed: timed))
        if cards.isEmpty { notes.append(.noCards) }
        for note in notes { print(Console.text(note)) }
        print(Self.table(result))
        let measuredAt = settings.measureAt ?? StudyDay.named(today.dayNumber + Int64(settings.days), rolloverHour: config.rolloverHour,
                                                              utcOffset: utcOffset).start
        print(Console.text(SimulateMessage.summary(
            days: settings.days, reviews: result.totalReviews, minutes: Int((result.days.reduce(0) { $0 + $1.seconds } / 60).rounded()),
            recall: result.recallAt, measuredAt: String(SystemClock.localText(measuredAt).prefix(16)), lastNewCardDay: result.lastNewCardDay)))
    }

    static func table(_ result: SimulationResult) -> String {
        let header: [SimulateMessage] = [.dateColumn, .reviewsColumn, .newColumn, .minutesColumn, .learnedColumn, .rememberedColumn]
        let rows = result.days.map {
            [$0.date, String($0.reviews), String($0.newCards), String(Int(($0.seconds / 60).rounded())), String($0.learned),
             String(format: "%.1f", $0.expectedRemembered)]
        }
        return TextTable.lines([header.map(Console.text)] + rows, rightAligned: [1, 2, 3, 4, 5]).joined(separator: "\n")
    }

    /// What `--json` prints: the settings used, the cards left out, and the result.
    struct Output: Encodable {
        struct Settings: Encodable {
            var days, newPerDay, reviewsPerDay, cramDays: Int
            var seed: UInt64
            var exam: Exam?
            var secondsNew, secondsLearning, secondsReview: Double
            var measureAt: String?
        }
        struct Exam: Encodable {
            var deck: String?
            var at: String
            var target: Double
        }
        var settings: Settings
        var leftOut: [String: Int]
        var result: SimulationResult
    }

    static func json(settings: SimulationSettings, result: SimulationResult, suspended: Int, sm2: Int) throws -> String {
        let output = Output(
            settings: .init(days: settings.days, newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay,
                            cramDays: settings.cramDays, seed: settings.seed,
                            exam: settings.exam.map { Output.Exam(deck: $0.deck, at: $0.at.iso8601, target: $0.target) },
                            secondsNew: settings.secondsNew, secondsLearning: settings.secondsLearning,
                            secondsReview: settings.secondsReview, measureAt: settings.measureAt?.iso8601),
            leftOut: ["suspended": suspended, "sm2": sm2], result: result)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try encoder.encode(output), as: UTF8.self)
    }
}
