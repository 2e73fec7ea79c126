/// The result of a fit.
public struct FSRSFit: Sendable, Codable, Hashable {
    public var parameters: [Double]
    public var initialStabilities: [Double]
    /// Items given, and those trained on after the outlier filter and the `maxSeqLen` cut.
    public var items: Int
    public var trainSet: Int
    /// Why the result is what it is: "trained", "defaults (fewer than 8 items)",
    /// "initial stabilities only (fewer than 64 items)" (`Outcome`'s raw values).
    public var outcome: String

    public init(parameters: [Double], initialStabilities: [Double], items: Int, trainSet: Int, outcome: Outcome) {
        self.parameters = parameters
        self.initialStabilities = initialStabilities
        self.items = items
        self.trainSet = trainSet
        self.outcome = outcome.rawValue
    }

    /// `outcome` as a value, for the interface to say in its language (the raw value is what
    /// `--json` prints, the same in every language).
    public var fitOutcome: Outcome? { Outcome(rawValue: outcome) }

    /// Every way `FSRSOptimizer.computeParameters` can end.
    public enum Outcome: String, Sendable, CaseIterable {
        case trained = "trained"
        /// Fewer than 8 items after the outlier filter (fsrs-rs returns its defaults).
        case tooFewForAnything = "defaults (fewer than 8 items)"
        /// No first review is followed by a long-term one the filter kept (fsrs-rs's `NotEnoughData`).
        case nothingToPretrain = "defaults (no first reviews to fit the initial stabilities on)"
        /// Fewer than 64 items after the filter: the pretrain only.
        case tooFewToTrain = "initial stabilities only (fewer than 64 items)"
        /// Every item trained on is one the pretrain used: training would add nothing.
        case onlyFirstReviews = "initial stabilities only (every item is a card's first long-term review)"
        /// An item with no review, a rating outside 1...4, a negative gap, or no long-term
        /// review (fsrs-rs's `InvalidInput`).
        case invalidItems = "defaults (invalid items)"
        /// Training gave a value that is not a finite number (fsrs-rs's `InvalidInput`).
        case notFinite = "defaults (training gave a value that is not a number)"
    }
}

/// Fits the 21 FSRS-6 parameters to training items as fsrs-rs 6.6.1 does.
public enum FSRSOptimizer {
    /// fsrs-rs's `compute_parameters`: validation, the outlier filter, the pretrain of the four
    /// initial stabilities, the guards for little data, training (`FSRSTraining.train`), and the
    /// final smoothing. `progress` gets 0...1 as epochs pass.
    ///
    /// Where fsrs-rs returns an error, this returns the defaults with the outcome saying why.
    public static func computeParameters(_ items: [FSRSItem], settings: FSRSTrainingSettings,
                                         progress: (@Sendable (Double) -> Void)? = nil) -> FSRSFit {
        let defaults = FSRSParameters.defaultWeights
        func fit(_ parameters: [Double], trainSet: Int, _ outcome: FSRSFit.Outcome) -> FSRSFit {
            FSRSFit(parameters: parameters, initialStabilities: Array(parameters[0..<4]), items: items.count,
                    trainSet: trainSet, outcome: outcome)
        }
        guard items.allSatisfy(\.isValid) else { return fit(defaults, trainSet: 0, .invalidItems) }
        let filter = FSRSOutlierFilter(items)
        let trainSet = filter.trainSet
        let trained = trainSet.filter { $0.reviews.count <= settings.maxSeqLen }.count
        guard trainSet.count >= 8 else { return fit(defaults, trainSet: trained, .tooFewForAnything) }
        guard let pretrain = FSRSPretrain.initialStabilities(filter.initialization, averageRecall: averageRecall(trainSet)) else {
            return fit(defaults, trainSet: trained, .nothingToPretrain)
        }
        let pretrained = pretrain.stabilities + defaults[4...]
        if trainSet.count < 64 { return fit(pretrained, trainSet: trained, .tooFewToTrain) }
        if trainSet.count == filter.initialization.count { return fit(pretrained, trainSet: trained, .onlyFirstReviews) }
        var initial = pretrained
        if !settings.enableShortTerm { initial[17...19] = [0, 0, 0] }
        let parameters = FSRSTraining.train(trainSet, initial: initial, settings: settings, progress: progress)
        guard parameters.count == FSRSParameters.count, parameters.allSatisfy(\.isFinite) else {
            return fit(defaults, trainSet: trained, .notFinite)
        }
        // The trained initial stabilities smoothed again: a first rating the pretrain never
        // saw takes its value from the others rather than from training.
        let trainedS0 = Dictionary(uniqueKeysWithValues: (1...4).map { ($0, parameters[$0 - 1]) })
        let smoothed = FSRSPretrain.smoothAndFill(trainedS0, counts: pretrain.counts)!
        return fit(smoothed + parameters[4...], trainSet: trained, .trained)
    }

    /// The share of targets passed (fsrs-rs `average_recall`), which the pretrain's smoothing
    /// pulls each group's pass rate toward.
    static func averageRecall(_ items: [FSRSItem]) -> Double {
        guard !items.isEmpty else { return 0 }
        return Double(items.filter { $0.reviews.last!.rating > 1 }.count) / Double(items.count)
    }
}
