/// fsrs-rs's `TrainingConfig` and `compute_parameters` options, with its defaults.
public struct FSRSTrainingSettings: Sendable, Hashable {
    public var epochs = 5
    public var batchSize = 512
    /// Seeds the shuffle of the batch order each epoch, drawn as fsrs-rs draws it
    /// (`FSRSBatchShuffle`), so the same seed gives fsrs-rs's fit.
    public var seed: UInt64 = 2023
    public var learningRate = 0.04
    /// Items with more reviews than this are left out of training.
    public var maxSeqLen = 256
    /// The weight of the L2 pull toward the initial vector.
    public var gamma = 1.0
    /// Off: w17…w19 start at 0 and, with w0…w3, are not trained (fsrs-rs's rule).
    public var enableShortTerm = true
    /// Relearning steps shorter than a day (the clipper's bound on w17/w18); nil = 1.
    public var relearningSteps: Int? = nil
    public init() {}

    /// fsrs-rs's `validate_training_config`: batches of at least one item, a finite learning rate
    /// and gamma. `FSRSTraining.train` returns the initial vector untouched otherwise.
    public var isValid: Bool { batchSize > 0 && learningRate.isFinite && gamma.isFinite }
}
