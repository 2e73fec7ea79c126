/// How well parameters predict a set of items: fsrs-rs's log loss and RMSE(bins).
public struct FSRSEvaluation: Sendable, Hashable, Codable {
    public var logLoss: Double
    public var rmseBins: Double
    public init(logLoss: Double, rmseBins: Double) { self.logLoss = logLoss; self.rmseBins = rmseBins }
}
