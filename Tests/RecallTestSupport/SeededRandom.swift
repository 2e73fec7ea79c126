import RecallCore

/// A reproducible random source for property tests: the quiz's SplitMix64 from a fixed seed, as
/// a standard `RandomNumberGenerator`.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var source: QuizRandom

    public init(seed: UInt64) {
        source = QuizRandom(seed: seed)
    }

    public mutating func next() -> UInt64 {
        source.next()
    }
}
