/// The batch order of each epoch, drawn exactly as fsrs-rs 6.6.1 draws it: Rust's `rand` 0.10
/// `StdRng::seed_from_u64(seed)` (ChaCha with 12 rounds, its key spread from the seed by PCG32)
/// and `SliceRandom::shuffle` (rand 0.10's increasing Fisher–Yates, which takes several indices
/// from one 32-bit draw).
///
/// Why not any good shuffle: with batches of 512, the order of the batches moves a simulated
/// learner's fitted log loss by up to 0.005 from seed to seed, more than the 0.002 the fit is
/// allowed to differ from fsrs-rs's. With fsrs-rs's own order at the same seed, recall's fit is
/// fsrs-rs's fit (up to the rounding of its 32-bit parameters), so the check can demand that,
/// on any learner. Only the algorithms are taken from rand's documentation and behaviour;
/// the tests hold this to rand's published values.
struct FSRSBatchShuffle {
    private var key: [UInt32]
    private var counter: UInt64 = 0
    private var block: [UInt32] = []
    private var used = 16

    /// `StdRng::seed_from_u64`: eight 32-bit words of PCG32 (XSH-RR) output become the key.
    init(seed: UInt64) {
        var state = seed
        var key: [UInt32] = []
        for _ in 0..<8 {
            state = state &* 6_364_136_223_846_793_005 &+ 11_634_580_027_462_260_723
            let xorshifted = UInt32(truncatingIfNeeded: ((state >> 18) ^ state) >> 27)
            key.append(xorshifted.rotatedRight(by: UInt32(state >> 59)))
        }
        self.key = key
    }

    /// `StdRng::from_seed`: the 32 bytes as eight little-endian words.
    init(key: [UInt32]) {
        precondition(key.count == 8, "a ChaCha key is eight words")
        self.key = key
    }

    /// The next word of the ChaCha12 keystream: a 64-bit block counter in words 12 and 13 and a
    /// zero stream id in words 14 and 15 (rand's layout), words taken in order.
    mutating func nextUInt32() -> UInt32 {
        if used == 16 {
            block = Self.chacha12(key: key, counter: counter)
            counter &+= 1
            used = 0
        }
        defer { used += 1 }
        return block[used]
    }

    /// `next_u64`: two words, the first as the low half.
    mutating func nextUInt64() -> UInt64 {
        let low = UInt64(nextUInt32())
        return UInt64(nextUInt32()) << 32 | low
    }

    /// `random_range(0..bound)` for 32-bit values: the high word of one draw times `bound`,
    /// plus a carry from a second draw when the low word is in the biased zone (rand's default,
    /// "biased" Canon sampling).
    mutating func below(_ bound: UInt32) -> UInt32 {
        let product = UInt64(nextUInt32()) * UInt64(bound)
        var result = UInt32(truncatingIfNeeded: product >> 32)
        let low = UInt32(truncatingIfNeeded: product)
        if low > 0 &- bound {
            let next = UInt32(truncatingIfNeeded: (UInt64(nextUInt32()) * UInt64(bound)) >> 32)
            if low.addingReportingOverflow(next).overflow { result += 1 }
        }
        return result
    }

    /// `SliceRandom::shuffle` of rand 0.10: element `i` (from the first) swaps with a uniform
    /// pick in `0...i`; the picks for consecutive `i` are the digits of one draw below
    /// `(i+1)·(i+2)·…`, as many factors as fit in 32 bits.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        // The pick for 0 is 0 and takes no draw (rand starts with one digit left, of value 0).
        var digits = 1
        var draw: UInt32 = 0
        for i in items.indices {
            let n = UInt32(i + 1)
            if digits == 0 {
                var product = n
                var factor = n + 1
                while case let (next, overflow) = product.multipliedReportingOverflow(by: factor), !overflow {
                    product = next
                    factor += 1
                }
                digits = Int(factor - n)
                draw = below(product)
            }
            digits -= 1
            let pick = digits == 0 ? draw : draw % n
            if digits > 0 { draw /= n }
            items.swapAt(i, Int(pick))
        }
    }

    /// One ChaCha block with 12 rounds (6 double rounds), the input added back.
    static func chacha12(key: [UInt32], counter: UInt64) -> [UInt32] {
        let input: [UInt32] = [0x6170_7865, 0x3320_646E, 0x7962_2D32, 0x6B20_6574] + key
            + [UInt32(truncatingIfNeeded: counter), UInt32(truncatingIfNeeded: counter >> 32), 0, 0]
        var x = input
        func quarter(_ a: Int, _ b: Int, _ c: Int, _ d: Int) {
            x[a] &+= x[b]; x[d] ^= x[a]; x[d] = x[d].rotatedLeft(by: 16)
            x[c] &+= x[d]; x[b] ^= x[c]; x[b] = x[b].rotatedLeft(by: 12)
            x[a] &+= x[b]; x[d] ^= x[a]; x[d] = x[d].rotatedLeft(by: 8)
            x[c] &+= x[d]; x[b] ^= x[c]; x[b] = x[b].rotatedLeft(by: 7)
        }
        for _ in 0..<6 {
            quarter(0, 4, 8, 12); quarter(1, 5, 9, 13); quarter(2, 6, 10, 14); quarter(3, 7, 11, 15)
            quarter(0, 5, 10, 15); quarter(1, 6, 11, 12); quarter(2, 7, 8, 13); quarter(3, 4, 9, 14)
        }
        return zip(x, input).map { $0 &+ $1 }
    }
}

extension UInt32 {
    fileprivate func rotatedLeft(by count: UInt32) -> UInt32 {
        let c = count & 31
        return c == 0 ? self : self << c | self >> (32 - c)
    }

    fileprivate func rotatedRight(by count: UInt32) -> UInt32 {
        let c = count & 31
        return c == 0 ? self : self >> c | self << (32 - c)
    }
}
