import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall optimize`: FSRS-6's 21 weights fitted to the learner's own answers as fsrs-rs fits
/// them, the fit measured against the current weights, and `--apply` / `--revert` to take them
/// into `config.json`. Reads the log without the lock; writes the config under it.
struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Fit the FSRS parameters to your own reviews, and apply them.",
        discussion: """
            Makes fsrs-rs's training items from the log (every card's answers since its last \
            learning steps; undone answers left out), fits the 21 weights (fsrs-rs 6.6.1's \
            pretrain, outlier filter and training), and prints them with the reviews and items \
            used and the log loss and RMSE(bins) of the current and the fitted weights. Fewer \
            than 8 items give the defaults, fewer than 64 the initial stabilities only. \
            --apply saves them in config.json when they predict better (the previous ones are \
            kept: --revert restores them); every card's memory then follows them, and due \
            dates stay unless --reschedule is given. --evaluate prints the current weights' \
            figures in-sample and by time-series splits. --log FILE fits one log file instead \
            (a recall log or a py-fsrs csv). Days are whole 24-hour periods, as the scheduler \
            counts them; --day-rule calendar counts study days that roll over at --rollover \
            (default: the config's) in --timezone (default: the local zone), as fsrs-rs and \
            Anki do. --json prints one object (see docs/optimizer.md), the same in every \
            language; --print-items prints the training items alone. See docs/optimizer.md.
            """
    )

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("Fit to the cards of this deck and its sub-decks.", valueName: "name"))
    var deck: String?

    @Flag(help: "Save the fitted parameters in config.json when they predict better.")
    var apply = false

    @Flag(help: "With --apply or --revert: plan every due date again with the parameters.")
    var reschedule = false

    @Flag(help: "Restore the parameters before the last --apply.")
    var revert = false

    @Flag(help: "Print the current parameters' log loss and RMSE(bins), in-sample and by time-series splits.")
    var evaluate = false

    @Flag(help: "Print one JSON object.")
    var json = false

    @Option(help: ArgumentHelp("Fit to this log file alone (a recall log or a py-fsrs csv).", valueName: "file"))
    var log: String?

    @Option(name: .customLong("day-rule"), help: ArgumentHelp("How days between answers are counted: elapsed or calendar.",
                                                               valueName: "rule"))
    var dayRule = "elapsed"

    @Option(help: ArgumentHelp("With --day-rule calendar: the IANA time zone of the study days.", valueName: "zone"))
    var timezone: String?

    @Option(help: ArgumentHelp("With --day-rule calendar: the hour a study day starts (default: the config's).",
                               valueName: "hour"))
    var rollover: Int?

    @Option(help: ArgumentHelp("Training epochs (fsrs-rs: 5).", valueName: "n"))
    var epochs: Int?

    @Option(name: .customLong("batch-size"), help: ArgumentHelp("Items per training batch (fsrs-rs: 512).", valueName: "n"))
    var batchSize: Int?

    @Option(help: ArgumentHelp("The seed of the batches' shuffle (fsrs-rs: 2023).", valueName: "n"))
    var seed: UInt64?

    @Flag(name: .customLong("print-items"), help: "Print the training items as JSON, and nothing else.")
    var printItems = false

    func validate() throws {
        func usage(_ message: OptimizeMessage) -> ValidationError { ValidationError(Console.text(message)) }
        if !["elapsed", "calendar"].contains(dayRule) { throw usage(.badDayRule(dayRule)) }
        if dayRule != "calendar", timezone != nil || rollover != nil { throw usage(.calendarOptionsNeedCalendar) }
        if let timezone, TimeZone(identifier: timezone) == nil { throw usage(.badTimeZone(timezone)) }
        if let rollover, !(0...23).contains(rollover) { throw usage(.badRollover(rollover)) }
        if let epochs, epochs < 0 { throw usage(.notPositive(option: "--epochs", value: epochs)) }
        if let batchSize, batchSize < 1 { throw usage(.notPositive(option: "--batch-size", value: batchSize)) }
        if reschedule, !apply, !revert { throw usage(.rescheduleNeedsApply) }
        if deck != nil, log != nil { throw usage(.deckWithLog) }
        let actions = [("--apply", apply), ("--revert", revert), ("--evaluate", evaluate), ("--print-items", printItems)]
            .filter(\.1).map(\.0)
        if actions.count > 1 { throw usage(.conflicting(actions[0], actions[1])) }
        if log != nil, apply || revert { throw usage(.conflicting("--log", apply ? "--apply" : "--revert")) }
    }

    func run() throws {
        _ = try fitOrAct(confirm: nil)
    }

    /// The home screen's `o` (`StudyLoop`, with the terminal given back to the shell): the
    /// report of a fit of every answer, then a question before applying. True when applied.
    static func runFromHomeScreen(dataFolder: String, deckOptions: DeckOptions) -> Bool {
        var applied = false
        do {
            var command = try OptimizeCommand.parse(["--data-dir", dataFolder])
            command.deckOptions = deckOptions
            applied = try command.fitOrAct {
                print(Console.text(OptimizeMessage.applyNow), terminator: "")
                return readLine()?.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y") == true
            }
        } catch {
            // The failure was printed where it happened.
        }
        print(Console.text(OptimizeMessage.pressEnter))
        _ = readLine()
        return applied
    }

    /// Runs what the options ask; `confirm` is asked before applying a better fit (nil: only
    /// `--apply` applies). True when the config was changed.
    private func fitOrAct(confirm: (() -> Bool)?) throws -> Bool {
        do {
            if revert {
                return try revertWeights()
            }
            let source = try loadAnswers()
            let items = FSRSTrainingItems.items(source.histories, dayRule: dayRule(source.config))
            if printItems {
                print(try Self.encoded(ItemsJSON(items: items.map { $0.reviews.map { [$0.rating, $0.deltaT] } }), pretty: false))
                return false
            }
            let current = source.config.currentFSRSWeights
            if evaluate {
                try printEvaluation(items, current: current, settings: trainingSettings(source.config))
                return false
            }
            return try fit(items, source: source, current: current, confirm: confirm)
        } catch let failure as StatsLoading.Failure {
            Console.error((failure.prefixed ? "recall: " : "") + failure.description)
            throw failure.status
        }
    }

    /// The config, and each card's answers: from `--log`, else from the data folder's log (of
    /// the `--deck` cards).
    private func loadAnswers() throws -> (config: StudyConfig, histories: [FSRSCardHistory], reviews: Int) {
        let say: (any Message) -> Void = { Console.error("recall: " + $0.text(InterfaceLanguage.current)) }
        let folder = dataOptions.folder
        if let log {
            let config: StudyConfig
            do throws(ProgressError) {
                config = try StudyConfig.load(DataFolder.configPath(folder))
            } catch {
                throw StatsLoading.Failure(error)
            }
            let schedulers = try StatsLoading.schedulers(config, folder: folder)
            let history = try StatsLoading.isCSV(log)
                ? StatsLoading.csvHistory(log, schedulers: schedulers)
                : StatsLoading.recallLogHistory(log, schedulers: schedulers, notice: say)
            return (config, history.fsrsCardHistories(), history.reviews.count)
        }
        let undone = StatsLoading.undonePrePass(folder)
        var taken: Set<String>?
        if let deck {
            taken = Set(try StatsLoading.cardsInScope(deckOptions: deckOptions, dataFolder: folder,
                                                      selection: CardSelection(deck: deck), notice: say).map(\.id))
        }
        let (config, _, history) = try StatsLoading.folderHistory(dataFolder: folder, undone: undone.value, notice: say)
        let keeping: (String) -> Bool = { taken?.contains($0) ?? true }
        return (config, history.fsrsCardHistories(keeping: keeping), history.reviewCount(keeping: keeping))
    }

    private func dayRule(_ config: StudyConfig) -> FSRSDayRule {
        guard dayRule == "calendar" else { return .elapsed }
        let zone = timezone.flatMap(TimeZone.init(identifier:)) ?? SystemClock.timeZone
        return .calendar(rolloverHour: rollover ?? config.rolloverHour, utcOffset: StudyDay.offset(in: zone))
    }

    private func trainingSettings(_ config: StudyConfig) -> FSRSTrainingSettings {
        var settings = FSRSTrainingSettings()
        if let epochs { settings.epochs = epochs }
        if let batchSize { settings.batchSize = batchSize }
        if let seed { settings.seed = seed }
        // fsrs-rs's bound on w17 and w18 counts the relearning steps shorter than a day, as Anki passes them.
        let steps = (try? LearningSteps.parse(config.relearningSteps)) ?? []
        settings.relearningSteps = steps.count { $0 < .days(1) }
        return settings
    }

    /// Fits, measures both sets of weights on the same items, and applies the fit if asked
    /// (`--apply`, or `confirm` says yes) and better. True when applied.
    private func fit(_ items: [FSRSItem], source: (config: StudyConfig, histories: [FSRSCardHistory], reviews: Int),
                     current: [Double], confirm: (() -> Bool)?) throws -> Bool {
        let progress = FitProgress()
        let fit = FSRSOptimizer.computeParameters(items, settings: trainingSettings(source.config), progress: progress.show)
        progress.end()
        let currentFigures = items.isEmpty ? nil : FSRSTraining.evaluate(items, parameters: current)
        let fittedFigures = items.isEmpty ? nil : FSRSTraining.evaluate(items, parameters: fit.parameters)
        // As Anki: the current weights stay unless the fit predicts strictly better.
        let better = currentFigures.flatMap { c in fittedFigures.map { $0.logLoss < c.logLoss } } ?? false
        var appliedPath: String?
        func applyFit() throws {
            guard better, let currentFigures, let fittedFigures else { return }
            let now = SystemClock.now()
            let fitted = FSRSParametersFitted(at: now, reviews: source.reviews, items: items.count,
                                              before: currentFigures, after: fittedFigures)
            try update { $0.applyFSRSWeights(fit.parameters, at: now, reschedule: reschedule, fitted: fitted) }
            appliedPath = DataFolder.configPath(dataOptions.folder)
        }
        if apply { try applyFit() }
        if json {
            print(try Self.encoded(FitJSON(parameters: fit.parameters, current: current, reviews: source.reviews,
                                           items: fit.items, trainSet: fit.trainSet,
                                           initialStabilities: fit.initialStabilities, outcome: fit.outcome,
                                           currentEvaluation: OrNull(currentFigures), fittedEvaluation: OrNull(fittedFigures),
                                           better: better, applied: appliedPath != nil)))
            return appliedPath != nil
        }
        var lines: [OptimizeMessage] = [.summary(reviews: source.reviews, items: fit.items, trainSet: fit.trainSet),
                                        .outcome(fit.outcome), .parametersHeading]
        let language = InterfaceLanguage.current
        print(lines.map { $0.text(language) }.joined(separator: "\n"))
        print(Self.weightRows(fit.parameters))
        lines = [.currentFigures(logLoss: currentFigures?.logLoss, rmseBins: currentFigures?.rmseBins),
                 .fittedFigures(logLoss: fittedFigures?.logLoss, rmseBins: fittedFigures?.rmseBins)]
        if better, let currentFigures, let fittedFigures {
            if appliedPath == nil {
                lines.append(.better(before: currentFigures.logLoss, after: fittedFigures.logLoss))
                print(lines.map { $0.text(language) }.joined(separator: "\n"))
                lines = []
                if confirm?() == true { try applyFit() }
            }
            if let appliedPath { lines.append(.applied(path: appliedPath, rescheduled: reschedule)) }
        } else {
            lines.append(.notBetter)
        }
        if !lines.isEmpty { print(lines.map { $0.text(language) }.joined(separator: "\n")) }
        return appliedPath != nil
    }

    private func printEvaluation(_ items: [FSRSItem], current: [Double], settings: FSRSTrainingSettings) throws {
        guard !items.isEmpty else {
            if json {
                print(try Self.encoded(EvaluateJSON(parameters: current, items: 0, inSample: OrNull(nil), timeSeriesSplits: OrNull(nil))))
            } else {
                print(Console.text(OptimizeMessage.nothingToEvaluate))
            }
            return
        }
        let inSample = FSRSTraining.evaluate(items, parameters: current)
        let splits = FSRSTraining.evaluateWithTimeSeriesSplits(items, settings: settings)
        if json {
            print(try Self.encoded(EvaluateJSON(parameters: current, items: items.count, inSample: OrNull(inSample),
                                                   timeSeriesSplits: OrNull(splits))))
            return
        }
        let lines: [OptimizeMessage] = [.evaluateHeading(items: items.count),
                                        .inSample(logLoss: inSample.logLoss, rmseBins: inSample.rmseBins),
                                        .timeSeriesSplits(logLoss: splits.logLoss, rmseBins: splits.rmseBins)]
        print(lines.map(Console.text).joined(separator: "\n"))
        print(Self.weightRows(current))
    }

    private func revertWeights() throws -> Bool {
        var reverted = false
        let config = try update { reverted = $0.revertFSRSWeights(at: SystemClock.now(), reschedule: reschedule) }
        if json {
            print(try Self.encoded(RevertJSON(parameters: config.currentFSRSWeights, reverted: reverted)))
        } else if reverted {
            print(Console.text(OptimizeMessage.reverted(path: DataFolder.configPath(dataOptions.folder),
                                                        toDefaults: config.fsrsParameters == nil, rescheduled: reschedule)))
        } else {
            print(Console.text(OptimizeMessage.nothingToRevert))
        }
        return reverted
    }

    /// Changes config.json under the writer's lock (`StudyConfig.update`).
    @discardableResult
    private func update(_ change: (inout StudyConfig) -> Void) throws -> StudyConfig {
        do {
            return try StudyConfig.update(folder: dataOptions.folder, change)
        } catch {
            throw DataOptions.fail(error)
        }
    }

    /// The 21 weights, seven to a line, four decimals.
    static func weightRows(_ weights: [Double]) -> String {
        stride(from: 0, to: weights.count, by: 7).map { start in
            "  " + weights[start..<min(start + 7, weights.count)].map { String(format: "%.4f", $0) }.joined(separator: ", ")
        }.joined(separator: "\n")
    }

    static func encoded(_ value: some Encodable, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted] : [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
