/// The quiz's random source: SplitMix64 from a seed, with its own uniform draw and shuffle.
///
/// `--seed` must give the same questions in the same order, with the same option order, on every
/// platform and every Swift release. The standard library's `shuffle(using:)` and
/// `Int.random(in:using:)` promise no particular algorithm, so they could change between releases;
/// these are written out here (Fisher–Yates, and rejection sampling for an unbiased draw) and
/// fixed by the tests.
public struct QuizRandom: Sendable {
    /// Seeds are kept below 2^53 so that a seed in the history file survives tools that read JSON
    /// numbers as doubles (JavaScript, jq).
    public static let seedLimit: UInt64 = 1 << 53

    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        Fuzz.splitMix64(&state)
    }

    /// A uniform draw in `0..<bound`, without modulo bias: draws in the incomplete last block of
    /// `bound`s are thrown away. A bound of 1 or less gives 0 and uses no draw.
    public mutating func index(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let n = UInt64(bound)
        let threshold = (0 &- n) % n  // 2^64 mod n
        while true {
            let draw = next()
            if draw >= threshold { return Int(draw % n) }
        }
    }

    /// Fisher–Yates from the last element down: element `i` swaps with a uniform pick in `0...i`.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, index(below: i + 1))
        }
    }
}
