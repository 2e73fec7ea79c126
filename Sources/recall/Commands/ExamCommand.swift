import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall exam`: the exam a deck is studied for. `show` (the default) prints readiness; `set`
/// and `clear` keep the exam in config.json.
struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam",
        abstract: "Show how ready you are for an exam, or set or clear its date.",
        subcommands: [ExamShowCommand.self, ExamSetCommand.self, ExamClearCommand.self],
        defaultSubcommand: ExamShowCommand.self
    )
}

/// `recall exam [show]`: readiness for the deck's exam (see docs/exam.md, "Readiness").
struct ExamShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print readiness: today, on exam day, per domain, cards at risk, the plan and the quiz trend.",
        discussion: """
            Readiness is the mean recall probability of the deck's FSRS cards (its sub-decks \
            included; new cards count 0), as FSRS computes it, today and at the exam instant if \
            you stop studying now. SM-2 and suspended cards are counted and left out. The plan \
            simulates studying at your daily limits up to the exam day (seeded: the same run \
            every time) and finds the smallest daily new-card count that reaches the target. \
            Without --deck: each exam set, nearest first. With --json, one object \
            {"readiness": [...]}, the same in every language (see docs/exam.md).
            """
    )

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("The deck (its sub-decks included); default: each exam set.", valueName: "name"))
    var deck: String?

    @Option(help: ArgumentHelp("Days to simulate for the plan (default: up to the exam day).", valueName: "n"))
    var days: Int?

    @Flag(help: "Print one JSON object.")
    var json = false

    @Option(help: ArgumentHelp("Count as if it were this time (ISO 8601 with an offset).", valueName: "time"))
    var at: String?

    func validate() throws {
        if let at, Instant(iso8601: at) == nil {
            throw Console.usage(.badTime(at))
        }
        if let days, !(0...3_650).contains(days) {
            throw ValidationError(Console.text(ReadinessMessage.badDays(String(days))))
        }
    }

    func run() throws {
        let now = at.flatMap { Instant(iso8601: $0) } ?? SystemClock.now()
        let request = ReadinessLoading.Request(deck: deck, now: now, planDays: days)
        let all: [ExamReadiness]
        do {
            all = try ReadinessLoading.readiness(deckOptions: deckOptions, dataFolder: dataOptions.folder, request: request) {
                Console.error("recall: " + $0.text(InterfaceLanguage.current))
            }
        } catch let failure as StatsLoading.Failure {
            Console.error((failure.prefixed ? "recall: " : "") + failure.description)
            throw failure.status
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(["readiness": all]), as: UTF8.self))
            return
        }
        let language = InterfaceLanguage.current
        if deck == nil, all.count == 1, all[0].exam == nil {
            print(ReadinessMessage.noExamSet.text(language))
            print("")
        }
        let width = StatsCommand.outputWidth()
        print(all.map { ReadinessText.lines($0, width: width, language: language).joined(separator: "\n") }
            .joined(separator: "\n\n"))
    }
}
