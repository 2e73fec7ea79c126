/// Interval fuzz: a review interval of a few days or more is moved by up to a few percent, so
/// that cards learned together do not stay due together forever.
///
/// The ranges are py-fsrs 6.3.2's (`FUZZ_RANGES` and `_get_fuzzed_interval`). py-fsrs draws
/// from Python's global `random()`, which we cannot reproduce and would not want to: a preview
/// must show the interval the review will give, and a replay must give the same result twice.
/// So the draw comes from SplitMix64 seeded with the card's `fuzzSeed` and its review count.
public enum Fuzz {
    /// Within [start, end) days, each day adds `factor` days of spread on either side.
    static let ranges: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.1),
        (20.0, .infinity, 0.05),
    ]

    /// The interval (whole days) after fuzz, given a uniform draw in [0, 1).
    /// Intervals under 2.5 days are left alone, as py-fsrs does.
    public static func fuzzed(days: Int, maximumInterval: Int, draw: Double) -> Int {
        guard Double(days) >= 2.5 else { return days }
        let (low, high) = range(days: days, maximumInterval: maximumInterval)
        let picked = roundHalfToEven(draw * Double(high - low + 1) + Double(low))
        return min(picked, maximumInterval)
    }

    /// The smallest and largest fuzzed interval, as py-fsrs's `_get_fuzz_range`.
    public static func range(days: Int, maximumInterval: Int) -> (low: Int, high: Int) {
        var delta = 1.0
        for range in ranges {
            delta += range.factor * max(min(Double(days), range.end) - range.start, 0.0)
        }
        var low = roundHalfToEven(Double(days) - delta)
        var high = roundHalfToEven(Double(days) + delta)
        low = max(2, low)
        high = min(high, maximumInterval)
        low = min(low, high)
        return (low, high)
    }

    /// A uniform draw in [0, 1) that depends only on the card and how many reviews it has had.
    public static func draw(seed: UInt64, reps: Int) -> Double {
        var state = seed ^ (UInt64(truncatingIfNeeded: reps) &* 0xD1B5_4A32_D192_ED03)
        let bits = splitMix64(&state)
        return Double(bits >> 11) * 0x1.0p-53
    }

    /// SplitMix64 (Steele, Lea and Flood): one multiply-xorshift step, well mixed even for seeds 0, 1, 2…
    static func splitMix64(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Python's `round(x)` for a float: to the nearest integer, ties to even.
/// Clamped to Int's range, where Python would raise instead of trapping.
func roundHalfToEven(_ x: Double) -> Int {
    let rounded = x.rounded(.toNearestOrEven)
    if rounded >= 9.2e18 { return Int.max }
    if rounded <= -9.2e18 || rounded.isNaN { return Int.min }
    return Int(rounded)
}

/// The seed for a card's fuzz, fixed for the card's life.
public enum FuzzSeed {
    /// For deck cards: FNV-1a of the id, the same on every platform and run.
    public static func of(cardID: String) -> UInt64 {
        CardID.fnv1a64(Array(cardID.utf8))
    }

    /// For py-fsrs's integer card ids (`recall replay`).
    public static func of(cardID: Int) -> UInt64 {
        UInt64(bitPattern: Int64(cardID))
    }
}
