import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall stats`: what the learner knows, what is coming and where they are weak, as text
/// charts or as one JSON object. Reads without the writer's lock.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print statistics: today, the forecast, the calendar, reviews, card counts and weak domains.",
        discussion: """
            The sections follow Anki's statistics screen: today's answers; the forecast of due \
            cards; the year's calendar with the streak; reviews per day (learn, relearn, young, \
            mature); card counts; intervals, stability, difficulty, retrievability and the \
            estimated known cards; true retention (the pass rate of cards with an interval of a \
            day or more) beside the desired retention; the hourly breakdown; the answer buttons; \
            and the exam domains, weakest first. A review is mature when the card's interval \
            before it was 21 days or more. Days follow the rollover hour in config.json. \
            --range (1m, 3m, 1y or all; default 1m) sets how far back reviews, hours and buttons \
            look and how far ahead the forecast looks. --deck and --tag narrow the cards as in \
            due (an unknown name exits 64). With --json, prints one object that carries every \
            figure (see docs/stats.md); it is the same in every language. With --log FILE, the \
            review-based sections of that log alone: a recall log file (log/<device>.jsonl or \
            reviews.jsonl) or a py-fsrs csv (card_id,review_rating,review_time,review_duration); \
            a bad row is FILE:LINE:COL: message, exit 65.
            """
    )

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: ArgumentHelp("How far back and ahead to look: 1m, 3m, 1y or all.", valueName: "range"))
    var range: String = StatsRange.month.rawValue

    @Flag(help: "Print one JSON object with every figure.")
    var json = false

    @Option(help: ArgumentHelp("Count as if it were this time (ISO 8601 with an offset).", valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp("The review-based sections of this log file alone (a recall log or a py-fsrs csv).",
                               valueName: "file"))
    var log: String?

    func validate() throws {
        if let at, Instant(iso8601: at) == nil {
            throw Console.usage(.badTime(at))
        }
        if StatsRange(rawValue: range) == nil {
            throw ValidationError(Console.text(StatsCommandMessage.badRange(range)))
        }
        if log != nil, !selectionOptions.selection.isAll {
            throw ValidationError(Console.text(StatsCommandMessage.selectionWithLog))
        }
    }

    func run() throws {
        let now = at.flatMap { Instant(iso8601: $0) } ?? SystemClock.now()
        let range = StatsRange(rawValue: range) ?? .month
        let report: StatsReport
        let say: (any Message) -> Void = { Console.error("recall: " + $0.text(InterfaceLanguage.current)) }
        do {
            report = try log.map {
                try StatsLoading.report(logFile: $0, dataFolder: dataOptions.folder, range: range, now: now, notice: say)
            } ?? StatsLoading.report(deckOptions: deckOptions, dataFolder: dataOptions.folder,
                                     selection: selectionOptions.selection, range: range, now: now, notice: say)
        } catch let failure as StatsLoading.Failure {
            Console.error((failure.prefixed ? "recall: " : "") + failure.description)
            throw failure.status
        }
        if json {
            print(try Self.json(report))
            return
        }
        let language = InterfaceLanguage.current
        if report.scope.reviews == 0 {
            print((log.map { StatsCommandMessage.noReviewsInLog(path: $0) } ?? .noReviews).text(language))
        }
        let colour = Self.toTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        for line in StatsText.lines(report, width: Self.outputWidth(), language: language) {
            print(colour ? line.ansiText : line.plainText)
        }
    }

    /// `--json`: sorted keys, so the output is the same byte for byte from run to run.
    static func json(_ report: StatsReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    static var toTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The terminal's columns when stdout is one (`COLUMNS`, else the terminal's own size),
    /// else 80, so that a file or a pipe gets the same lines on every machine.
    static func outputWidth() -> Int {
        guard toTerminal else { return 80 }
        if let columns = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? ""), columns >= 20 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        return 80
    }
}
