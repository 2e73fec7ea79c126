/// What `recall optimize --apply` keeps about the fit beside the weights in `config.json`
/// (`fsrsParametersFitted`): the study screen's help says when they were fitted and how much
/// better they predict, without fitting again.
///
/// ```json
/// {"at": "2026-12-01T20:30:00+00:00", "reviews": 12580, "items": 6276,
///  "logLossBefore": 0.4535, "logLossAfter": 0.4444, "rmseBinsBefore": 0.061, "rmseBinsAfter": 0.0516}
/// ```
public struct FSRSParametersFitted: Hashable, Sendable, Codable {
    public var at: Instant
    public var reviews: Int
    public var items: Int
    /// Log loss and RMSE(bins) of the weights before and after, on the same items.
    public var logLossBefore: Double
    public var logLossAfter: Double
    public var rmseBinsBefore: Double
    public var rmseBinsAfter: Double

    public init(at: Instant, reviews: Int, items: Int, before: FSRSEvaluation, after: FSRSEvaluation) {
        self.at = at
        self.reviews = reviews
        self.items = items
        logLossBefore = before.logLoss
        logLossAfter = after.logLoss
        rmseBinsBefore = before.rmseBins
        rmseBinsAfter = after.rmseBins
    }
}

/// One earlier period of FSRS weights in `config.json` (`fsrsParametersEarlier`): the weights
/// (nil: the defaults) and when they stopped being used.
public struct FSRSWeightsEra: Hashable, Sendable, Codable {
    public var parameters: [Double]?
    public var until: Instant

    public init(parameters: [Double]?, until: Instant) {
        self.parameters = parameters
        self.until = until
    }
}
