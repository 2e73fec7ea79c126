import Foundation

/// fsrs-rs's learning rate (`src/cosine_annealing.rs`, PyTorch's recursive CosineAnnealingLR with
/// eta_min 0), stepped before each batch: lr_k = lr·(1 + cos(πk/T))/2 for k = 0, 1, …
struct FSRSCosineSchedule {
    let period: Double
    let initial: Double
    private var count = -1.0
    private var current: Double

    init(period: Double, initial: Double) {
        self.period = period
        self.initial = initial
        current = initial
    }

    mutating func step() -> Double {
        count += 1
        if count == 0 {
            current = initial
        } else if (count - 1 - period).truncatingRemainder(dividingBy: 2 * period) == 0 {
            current = initial * (1 - cos(Double.pi / period)) / 2
        } else {
            current = (1 + cos(Double.pi * count / period)) / (1 + cos(Double.pi * (count - 1) / period)) * current
        }
        return current
    }
}
