import Foundation

/// fsrs-rs 6.6.1's training loop (`src/training.rs` `train`) and evaluation (`src/inference.rs`).
public enum FSRSTraining {
    /// fsrs-rs's `PARAMS_STDDEV`: the spread of each parameter over many learners, which scales
    /// the L2 pull toward the initial vector.
    static let parameterSpread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    ]

    /// fsrs-rs's recency weight of the `index`th of `count` chronological items:
    /// 0.25 + 0.75·(i/max(n−1, 1))³, so the newest reviews count four times the oldest.
    static func recencyWeight(_ index: Int, of count: Int) -> Double {
        0.25 + 0.75 * pow(Double(index) / Double(max(count - 1, 1)), 3)
    }

    /// Trains `initial` (21 values: the pretrained initial stabilities and the defaults) on
    /// `trainSet` (chronological: the recency weights depend on the order) as fsrs-rs does:
    /// recency-weighted BCE summed per batch plus the L2 pull toward `initial`, Adam with the
    /// cosine schedule, batches by length, clipping after each step. Items with fewer than two
    /// reviews predict nothing and are left out; a vector that is not 21 values comes back as it
    /// is. With short-term reviews off, w17…w19 start at 0
    /// and they and w0…w3 stay put (fsrs-rs's `ModelConfig`). `progress` gets 0...1 as epochs pass.
    public static func train(_ trainSet: [FSRSItem], initial: [Double], settings: FSRSTrainingSettings,
                             progress: (@Sendable (Double) -> Void)? = nil) -> [Double] {
        guard initial.count == FSRSParameters.count else { return initial }
        var start = initial
        if !settings.enableShortTerm { start.replaceSubrange(17..<20, with: [0, 0, 0]) }
        let weighted = trainSet.enumerated()
            .map { (item: $0.element, weight: recencyWeight($0.offset, of: trainSet.count)) }
            .filter { $0.item.reviews.count <= settings.maxSeqLen && $0.item.reviews.count >= 2 }
        guard !weighted.isEmpty, settings.epochs > 0, settings.isValid else { return start }
        let batches = batchesByLength(weighted, size: settings.batchSize)
        var schedule = FSRSCosineSchedule(
            period: Double((weighted.count / settings.batchSize + 1) * settings.epochs),
            initial: settings.learningRate)
        var random = FSRSBatchShuffle(seed: settings.seed)
        var adam = FSRSAdam()
        var parameters = start
        let relearningSteps = settings.relearningSteps ?? 1
        for epoch in 1...settings.epochs {
            var order = Array(batches.indices)
            random.shuffle(&order)
            for index in order {
                let batch = batches[index]
                let learningRate = schedule.step()
                var gradient = lossGradient(batch, parameters: parameters)
                let pull = settings.gamma * Double(batch.count) / Double(weighted.count)
                for j in gradient.indices {
                    let spread = parameterSpread[j]
                    gradient[j] += 2 * (parameters[j] - start[j]) / (spread * spread) * pull
                }
                if !settings.enableShortTerm {
                    for j in [0, 1, 2, 3, 17, 18, 19] { gradient[j] = 0 }
                }
                adam.step(&parameters, gradient: gradient, learningRate: learningRate)
                parameters = FSRSParameterClipper.clip(
                    parameters, relearningSteps: relearningSteps, enableShortTerm: settings.enableShortTerm)
            }
            progress?(Double(epoch) / Double(settings.epochs))
        }
        return parameters
    }

    /// fsrs-rs's batches without card ids: a stable sort by the number of reviews, then chunks.
    static func batchesByLength(_ items: [(item: FSRSItem, weight: Double)], size: Int)
        -> [ArraySlice<(item: FSRSItem, weight: Double)>] {
        let sorted = items.indices
            .sorted { (items[$0].item.reviews.count, $0) < (items[$1].item.reviews.count, $1) }
            .map { items[$0] }
        return stride(from: 0, to: sorted.count, by: size).map { sorted[$0..<min($0 + size, sorted.count)] }
    }

    /// The gradient of Σ weight·BCE over a batch (`FSRSItemGradient`).
    static func lossGradient(_ batch: ArraySlice<(item: FSRSItem, weight: Double)>, parameters: [Double]) -> [Double] {
        var gradient = FSRSItemGradient(parameters: parameters)
        for (item, weight) in batch { gradient.add(item.reviews, weight: weight) }
        return gradient.gradient
    }
}
