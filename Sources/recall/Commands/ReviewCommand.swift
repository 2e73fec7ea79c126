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

            --cram studies instead the studied cards that are not due today, lowest recall             probability first (at the deck's exam when it has one, else now), at most --limit             (50); its answers are logged as cram answers, which leave the schedule as it was,             unless --reschedule makes them ordinary early reviews. Nothing to cram: a message, exit 0.

            --quiz-wrong [ATTEMPT] studies, the same way, the cards answered wrong or left \
            unanswered in a quiz attempt (its number in `recall quiz --history`; default the \
            last), in quiz order. An attempt saved by an older recall has no such list: exit 1; \
            one with none wrong: a message, exit 0; no such attempt: exit 64.
            """
    )

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var selectionOptions: SelectionOptions

    @Option(name: .customLong("new-limit"), help: ArgumentHelp("At most N new cards in this session.", valueName: "n"))
    var newLimit: Int?

    @Option(name: .customLong("review-limit"), help: ArgumentHelp("At most N reviews in this session.", valueName: "n"))
    var reviewLimit: Int?

    @Flag(help: "Cram: study the weakest cards not due today; the answers leave their schedules.")
    var cram = false

    @Option(help: ArgumentHelp("With --cram: at most N cards (default 50).", valueName: "n"))
    var limit: Int?

    @Flag(help: "With --cram: the answers reschedule the cards, as early reviews.")
    var reschedule = false

    @Flag(name: .customLong("quiz-wrong"), help: "Study the wrong answers of a quiz attempt as a cram session.")
    var quizWrong = false

    @Argument(help: ArgumentHelp("With --quiz-wrong: the attempt's number in `recall quiz --history` (default: the last).", valueName: "attempt"))
    var attempt: Int?

    @Flag(help: "With --cram: print the session's cards in order (id and recall probability) instead of studying; needs no terminal.")
    var list = false

    @Option(help: ArgumentHelp("With --list: the time to rank at (ISO 8601 with an offset); default: now.", valueName: "time"))
    var at: String?

    func validate() throws {
        if let at, Instant(iso8601: at) == nil { throw Console.usage(.badTime(at)) }
        if attempt != nil, !quizWrong { throw Console.usage(.needsOption(option: "ATTEMPT", needs: "--quiz-wrong")) }
        let crams = cram || quizWrong
        if !crams, list { throw Console.usage(.needsOption(option: "--list", needs: "--cram")) }
        if !list, at != nil { throw Console.usage(.needsOption(option: "--at", needs: "--list")) }
        if let limit, limit < 0 { throw Console.usage(.negativeLimit(option: "--limit", value: limit)) }
        if !crams, limit != nil || reschedule {
            throw Console.usage(.needsOption(option: limit != nil ? "--limit" : "--reschedule", needs: "--cram"))
        }
        if let newLimit, newLimit < 0 { throw Console.usage(.negativeLimit(option: "--new-limit", value: newLimit)) }
        if let reviewLimit, reviewLimit < 0 { throw Console.usage(.negativeLimit(option: "--review-limit", value: reviewLimit)) }
    }

    func run() throws {
        var cramSettings = cram ? CramSettings(limit: limit ?? CramQueue.defaultLimit, reschedule: reschedule) : nil
        if quizWrong {
            guard let wrong = try quizWrongCards() else { return }
            cramSettings = CramSettings(limit: limit ?? wrong.count, reschedule: reschedule, cards: wrong)
        }
        let scope = SessionScope(selection: selectionOptions.selection, newLimit: newLimit, reviewLimit: reviewLimit, cram: cramSettings)
        if list { return try printCramList(scope) }
        try StudyLoop.run(deckOptions: deckOptions, dataOptions: dataOptions, session: scope)
    }

    /// The wrong cards of the attempt asked for, in quiz order; nil (a message said why) when there are none.
    private func quizWrongCards() throws -> [String]? {
        let entries: [QuizHistoryEntry]
        do {
            entries = try QuizHistory.load(folder: dataOptions.folder)
        } catch {
            Console.fail(error.message)
            throw QuizCommand.exitStatus(error)
        }
        let number = attempt ?? entries.count
        guard entries.indices.contains(number - 1) else {
            Console.fail(CramMessage.noSuchAttempt(attempt: number, count: entries.count))
            throw ExitStatus.usage
        }
        guard let wrong = entries[number - 1].wrongCards else {
            Console.fail(CramMessage.attemptHasNoWrongList(attempt: number))
            throw ExitStatus.failure
        }
        guard !wrong.isEmpty else {
            print(Console.text(CramMessage.attemptAllRight(attempt: number)))
            return nil
        }
        return wrong
    }

    /// `--cram --list`: the cards the session would show, in its order, without a terminal (for
    /// scripts and the end-to-end tests): `id<TAB>retrievability` at the time it ranks at.
    private func printCramList(_ scope: SessionScope) throws {
        let now = at.flatMap { Instant(iso8601: $0) } ?? SystemClock.now()
        let library = try deckOptions.loadForReading()
        try StudyLoop.check(scope, in: library)
        let (loaded, config) = try dataOptions.loadForReading()
        let schedulers = try StatsLoading.schedulers(config, folder: dataOptions.folder)
        let data = StudyData(library: library, progress: loaded.state, config: config, schedulers: schedulers,
                             timeZone: SystemClock.timeZone)
        let ids = data.cramCards(scope, at: now)
        let language = InterfaceLanguage.current
        guard !ids.isEmpty else {
            print(CramMessage.nothingToCram(scope: SessionScope(selection: scope.selection).title(language)).text(language))
            return
        }
        let rankAt = data.cramRankInstant(scope, at: now)
        for id in ids {
            let progress = loaded.state.cards[id]
            let r = progress?.schedule.map { schedulers.scheduler(progress!.scheduler).retrievability(of: $0, at: rankAt) } ?? 0
            print("\(id)\t\(String(format: "%.4f", r))")
        }
    }
}
