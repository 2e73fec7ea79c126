import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall replay`: runs py-fsrs-shaped review logs through a scheduler and prints each card
/// after each review, so that our numbers can be checked against py-fsrs's line by line.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay review logs (JSON Lines) through the scheduler and print each card after each review.",
        discussion: """
            Each input line is a review in py-fsrs's ReviewLog shape:
              {"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00", "review_duration": 4200}
            rating is 1 Again, 2 Hard, 3 Good, 4 Easy; review_duration (ms) is optional; cards may be \
            interleaved, and each starts as a new card. Blank lines are skipped.

            Each output line is the card after that review in py-fsrs's Card shape, plus the \
            retrievability just before the review (0 for a new card):
              {"card_id": 1, "state": 1, "step": 1, "stability": 2.3065, "difficulty": 2.118103970459016, \
            "due": "2024-01-01T09:10:00+00:00", "last_review": "2024-01-01T09:00:00+00:00", "retrievability": 0}
            state is 1 learning, 2 review, 3 relearning; step is null in review.

            With --scheduler sm2, stability is the SM-2 interval in days and difficulty the ease \
            (both null until the card graduates), and retrievability is 0.9^(days elapsed / interval).

            A malformed line is reported as FILE:LINE:COL: message (<stdin> for -) and replay \
            stops with exit status 65; the lines before it have been printed. Bad options exit 64.
            """
    )

    @Argument(help: ArgumentHelp("The review log; - or nothing for standard input.", valueName: "file"))
    var file: String = "-"

    @Option(help: "The scheduler: fsrs (FSRS-6) or sm2 (Anki's SM-2).")
    var scheduler: SchedulerKind = .fsrs

    @Option(help: ArgumentHelp("FSRS: the recall probability at which cards fall due, above 0 and below 1.", valueName: "x"))
    var desiredRetention: Double?

    @Option(help: ArgumentHelp("The longest review interval in days.", valueName: "days"))
    var maximumInterval: Int = 36_500

    @Option(help: ArgumentHelp("Learning steps: durations with s, m, h or d, comma-separated; \"\" for none.", valueName: "steps"))
    var learningSteps: String = "1m,10m"

    @Option(help: ArgumentHelp("Relearning steps, as --learning-steps.", valueName: "steps"))
    var relearningSteps: String = "10m"

    @Option(help: ArgumentHelp("FSRS: the 21 weights w0,…,w20 (default: FSRS-6's defaults).", valueName: "w0,…,w20"))
    var parameters: String?

    @Flag(inversion: .prefixedNo, help: "Fuzz review intervals (seeded from the card id and review count).")
    var fuzz = false

    func validate() throws {
        _ = try makeScheduler()
    }

    func run() throws {
        switch try makeScheduler() {
        case .fsrs(let fsrs): try replay(Replay(scheduler: fsrs))
        case .sm2(let sm2): try replay(Replay(scheduler: sm2))
        }
    }

    enum Chosen {
        case fsrs(FSRSScheduler)
        case sm2(SM2Scheduler)
    }

    /// Every option problem is a `ValidationError`, which ArgumentParser reports with exit 64.
    func makeScheduler() throws -> Chosen {
        do {
            let learning = try LearningSteps.parse(learningSteps)
            let relearning = try LearningSteps.parse(relearningSteps)
            switch scheduler {
            case .fsrs:
                let weights = try parameters.map(Self.parseWeights) ?? FSRSParameters.defaultWeights
                let checked: FSRSParameters
                do {
                    checked = try FSRSParameters(weights)
                } catch {
                    throw ValidationError("--parameters: " + Console.text(SchedulerSettingsMessage.parameters(error)))
                }
                return .fsrs(try FSRSScheduler(settings: FSRSSettings(
                    parameters: checked, desiredRetention: desiredRetention ?? 0.9,
                    learningSteps: learning, relearningSteps: relearning,
                    maximumInterval: maximumInterval, fuzz: fuzz)))
            case .sm2:
                if parameters != nil { throw Console.usage(.fsrsOnly(option: "--parameters")) }
                if desiredRetention != nil { throw Console.usage(.fsrsOnly(option: "--desired-retention")) }
                var settings = SM2Settings()
                settings.learningSteps = learning
                settings.relearningSteps = relearning
                settings.maximumInterval = maximumInterval
                settings.fuzz = fuzz
                return .sm2(try SM2Scheduler(settings: settings))
            }
        } catch let error as ValidationError {
            throw error
        } catch let error as SchedulerSettingsError {
            throw ValidationError(Console.text(error.message))
        } catch let error as StepParseError {
            throw ValidationError(Console.text(SchedulerSettingsMessage.steps(error)))
        } catch {
            throw ValidationError("\(error)")
        }
    }

    static func parseWeights(_ text: String) throws -> [Double] {
        try text.split(separator: ",", omittingEmptySubsequences: false).enumerated().map { index, item in
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard let value = Double(trimmed), value.isFinite else {
                throw Console.usage(.parameterNotNumber(index: index, text: trimmed))
            }
            return value
        }
    }

    private func replay<S: CardScheduler>(_ replay: Replay<S>) throws {
        var replay = replay
        let name = file == "-" ? "<stdin>" : file
        let input: FileHandle
        if file == "-" {
            input = .standardInput
        } else if let handle = FileHandle(forReadingAtPath: file) {
            input = handle
        } else {
            Console.fail(TransferMessage.cannotRead(path: file, reason: ReadFailure.problem(file)))
            throw ExitStatus.noInput
        }
        var output = OutputBuffer()
        var lineNumber = 0
        var failure: String?
        try LineReader(fileDescriptor: input.fileDescriptor).forEachLine { line in
            lineNumber += 1
            if let error = replay.replay(line: line, into: &output.bytes) {
                failure = "\(name):\(lineNumber):\(error.column): \(Console.text(error.problem))"
                return false
            }
            output.flushIfFull()
            return true
        }
        output.flush()
        if let failure {
            Console.error(failure)
            throw ExitStatus.dataError
        }
    }
}

extension SchedulerKind: ExpressibleByArgument {}
