import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTUI

/// `recall quiz`: a timed exam rehearsal from the decks' questions, and `recall quiz --history`,
/// the attempts so far. The quiz itself is drawn by `QuizRunner`; this command checks the options,
/// builds the quiz, and afterwards saves the attempt (and, with --reschedule, the reviews).
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Take a timed quiz on the decks' questions, or print past attempts.",
        discussion: """
            By default: 65 multiple-choice questions from all decks in 130 minutes, passed at \
            72%, as in the AWS Solutions Architect Associate exam. Multiple-choice questions come \
            first; with --types basic, cloze and type-in questions can be added. Every attempt is \
            saved in quiz-history.jsonl in the data folder, with its seed, so any quiz can be \
            taken again with --seed. A quiz does not change the review schedule unless \
            --reschedule is given. See docs/quiz.md.
            """
    )

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: ArgumentHelp("How many questions (default: 65).", valueName: "n"))
    var count: Int?

    @Option(help: ArgumentHelp("The time limit: 90s, 20m, 2h, 1h30m; a plain number is minutes (default: 130m).",
                               valueName: "duration"))
    var time: String?

    @Option(help: ArgumentHelp("The pass mark, a percentage from 1 to 100 (default: 72).", valueName: "percent"))
    var pass: Int?

    @Option(help: ArgumentHelp("Pick the same questions in the same order as another quiz with this seed.",
                               valueName: "n"))
    var seed: String?

    @Option(help: ArgumentHelp("Question types, separated by commas: choice, basic, cloze, typein (default: choice).",
                               valueName: "types"))
    var types: String?

    @Flag(help: "Record the answers as reviews: wrong is Again, right is Good.")
    var reschedule = false

    @Flag(help: "Print past attempts and the trend of the last ones.")
    var history = false

    @Flag(help: "With --history: one JSON object per attempt, one per line.")
    var json = false

    /// The quiz's start time, for tests.
    @Option(help: .hidden)
    var at: String?

    func validate() throws {
        if json, !history { throw Console.usage(.jsonNeedsHistory) }
        if history {
            let quizOptions = [selectionOptions.deck.map { _ in "--deck" }, selectionOptions.tags.isEmpty ? nil : "--tag", count.map { _ in "--count" },
                               time.map { _ in "--time" }, pass.map { _ in "--pass" }, seed.map { _ in "--seed" },
                               types.map { _ in "--types" }, reschedule ? "--reschedule" : nil, at.map { _ in "--at" }]
                .compactMap { $0 }
            if let first = quizOptions.first {
                throw Console.usage(.historyTakesNo(option: first))
            }
            return
        }
        if let at, Instant(iso8601: at) == nil {
            throw Console.usage(.badTime(at))
        }
        _ = try spec(randomSeed: 0)
    }

    /// The options as a `QuizSpec`; the first thing wrong is a usage error (exit status 64).
    func spec(randomSeed: UInt64) throws -> QuizSpec {
        func check<T>(_ result: Result<T, QuizError>) throws -> T {
            switch result {
            case .success(let value): return value
            case .failure(let error): throw Console.usage(.quiz(error))
            }
        }
        var limit = QuizSpec.defaultTimeLimit
        if let time {
            limit = try check(QuizDuration.parse(time).mapError { QuizError.badDuration($0) })
        }
        var chosenSeed = randomSeed
        if let seed {
            guard let value = UInt64(seed.trimmed), value < QuizRandom.seedLimit else {
                throw Console.usage(.quiz(.badSeed(seed)))
            }
            chosenSeed = value
        }
        let spec = QuizSpec(
            deck: selectionOptions.deck, tags: selectionOptions.tagList, count: count ?? QuizSpec.defaultCount, timeLimit: limit,
            passPercent: pass ?? QuizSpec.defaultPassPercent, seed: chosenSeed,
            types: try types.map { try check(QuizQuestionType.parseList($0)) } ?? QuizSpec.defaultTypes)
        if let problem = spec.problem() { throw Console.usage(.quiz(problem)) }
        return spec
    }

    func run() throws {
        if history {
            try printHistory()
            return
        }
        let spec = try spec(randomSeed: UInt64.random(in: 0..<QuizRandom.seedLimit))
        // `r` on the result: the wrong cards as a cram session, once the quiz has let go of the data folder.
        if let wrong = try takeQuiz(spec) {
            let scope = SessionScope(selection: CardSelection(deck: spec.deck, tags: spec.tags),
                                     cram: CramSettings(limit: wrong.count, reschedule: false, cards: wrong))
            try StudyLoop.run(deckOptions: deckOptions, dataOptions: dataOptions, session: scope)
        }
    }

    /// Runs the quiz and saves the attempt; returns the wrong cards' ids when the learner asked to study them.
    private func takeQuiz(_ spec: QuizSpec) throws -> [String]? {
        let library = try deckOptions.loadForReading()
        try selectionOptions.check(deckNames: library.decks.map(\.name), tags: library.cards.flatMap(\.tags))
        let quiz: Quiz
        do {
            quiz = try QuizBuilder.build(cards: library.cards, spec: spec)
        } catch {
            if case .noQuestions(_, let types, let otherTypes) = error {
                Console.fail(UsageMessage.noQuestions(QuizScope(deck: spec.deck, tags: spec.tags), types: types, otherTypes: otherTypes))
            } else {
                Console.fail(UsageMessage.quiz(error))
            }
            throw ExitStatus.usage
        }
        // Fail before the quiz, not after two hours of answers: a damaged history cannot take
        // the attempt, and --reschedule needs the writer's lock, so take it now and hold it.
        _ = try loadHistory()
        let startedAt = at.flatMap { Instant(iso8601: $0) } ?? SystemClock.now()
        let store = reschedule ? try dataOptions.openStore(now: startedAt) : nil
        defer { try? store?.close() }
        // The attempt is saved the moment it is submitted (by the learner or by the clock), while
        // the result is on the screen; what the save said is printed once the terminal is back.
        var report: Result<SavedAttempt, SaveFailure>?
        let (result, studyWrong) = try QuizLoop.run(quiz: quiz, startedAt: startedAt) { result in
            let outcome = save(result, decks: library.decks, store: store)
            report = outcome
            switch outcome {
            case .success(let saved): return .saved(path: saved.path, reviews: saved.reviews)
            case .failure(let failure): return .notSaved(reason: failure.messages.first ?? "")
            }
        }
        switch report {
        case .success(let saved): print(saved.line)
        case .failure(let failure):
            for message in failure.messages { Console.error(message) }
            throw failure.status
        case nil: Console.fail(QuizHistoryMessage.leftWithoutSubmitting)
        }
        return studyWrong ? result?.wrong.map(\.question.card.id) : nil
    }

    /// A saved attempt: the line printed after the quiz, where it went, and the reviews recorded.
    struct SavedAttempt {
        var line: String
        var path: String
        var reviews: Int?
    }

    /// Why an attempt could not be saved: what to print, and the exit status.
    struct SaveFailure: Error {
        var messages: [String]
        var status: ExitCode
    }

    /// Saves the attempt in the history, and with --reschedule records the reviews. Prints
    /// nothing (the quiz screen is up): returns the line to print, or what went wrong. If the
    /// history cannot be written, the messages include the attempt's line, so it is not lost.
    func save(_ result: QuizResult, decks: [Deck], store: ProgressStore?) -> Result<SavedAttempt, SaveFailure> {
        let seconds = Double(result.finishedAt.microseconds) / 1e6
        let offset = SystemClock.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
        let entry = QuizHistoryEntry(result: result, utcOffsetSeconds: offset)
        let path: String
        do {
            path = try QuizHistory.append(entry, folder: dataOptions.folder)
        } catch {
            return .failure(SaveFailure(messages: [
                "recall: " + Console.text(error.message),
                "recall: " + Console.text(QuizHistoryMessage.attemptNotSaved(file: QuizHistory.fileName)),
                String(decoding: entry.line.dropLast(), as: UTF8.self),
            ], status: Self.exitStatus(error)))
        }
        var saved = SavedAttempt(line: Self.summary(entry) + Console.text(QuizHistoryMessage.savedIn(path: path)), path: path)
        if let store {
            do {
                let count = try QuizReviews.record(result, decks: decks, store: store, at: result.finishedAt)
                saved.line += Console.text(QuizHistoryMessage.recordedReviews(count))
                saved.reviews = count
                try store.close()
            } catch {
                return .failure(SaveFailure(messages: ["recall: " + Console.text(QuizHistoryMessage.reviewsNotSaved(error.message))],
                                            status: DataOptions.exitStatus(error)))
            }
        }
        return .success(saved)
    }

    /// `38/50 (76%): pass (mark 72%), 41m12s used`.
    static func summary(_ entry: QuizHistoryEntry) -> String {
        Console.text(QuizHistoryMessage.attemptSummary(correct: entry.correct, count: entry.count, percent: entry.percent,
                                                       passed: entry.passed, mark: entry.passPercent,
                                                       used: Int(entry.timeUsedSeconds), timedOut: entry.timedOut))
    }

    // MARK: --history

    func loadHistory() throws -> [QuizHistoryEntry] {
        do {
            return try QuizHistory.load(folder: dataOptions.folder)
        } catch {
            Console.fail(error.message)
            throw Self.exitStatus(error)
        }
    }

    static func exitStatus(_ error: QuizHistoryError) -> ExitCode {
        switch error {
        case .damaged: return ExitStatus.dataError
        case .io, .store: return ExitStatus.ioError
        }
    }

    func printHistory() throws {
        let entries = try loadHistory()
        if json {
            for entry in entries { print(String(decoding: entry.line.dropLast(), as: UTF8.self)) }
            return
        }
        guard !entries.isEmpty else {
            print(Console.text(QuizHistoryMessage.noAttempts(path: QuizHistory.path(dataOptions.folder))))
            return
        }
        let width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "").flatMap { $0 >= 20 ? $0 : nil } ?? 80
        print(Self.table(entries))
        print("")
        print(QuizHistoryChart.render(entries, width: width, language: InterfaceLanguage.current))
    }

    /// One attempt a line: its number (what `recall review --quiz-wrong N` takes), date (local to
    /// where it was taken), what it was on, questions, score, verdict, time.
    static func table(_ entries: [QuizHistoryEntry]) -> String {
        let header: [QuizHistoryMessage] = [.dateColumn, .scopeColumn, .countColumn, .scoreColumn, .resultColumn, .timeColumn]
        let language = InterfaceLanguage.current
        let rows = [["#"] + header.map(Console.text)] + entries.enumerated().map { number, entry in
            ["\(number + 1)", entry.localDateText, entry.scopeText, String(entry.count), "\(entry.correct) (\(entry.percent)%)",
             Console.text(QuizHistoryMessage.verdict(passed: entry.passed)),
             language == .ko ? LocalizedFormat.duration(seconds: Int(entry.timeUsedSeconds), language: .ko)
                 : QuizDuration.format(.seconds(entry.timeUsedSeconds))]
        }
        return TextTable.lines(rows, rightAligned: [0, 3, 4]).joined(separator: "\n")
    }
}
