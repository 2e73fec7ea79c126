import Testing
@testable import RecallCore

/// The batch order's generator against the values Rust's `rand` 0.10 publishes for `StdRng`
/// (its value-stability tests) and the ChaCha12 test vector; that the whole order is fsrs-rs's
/// is shown by `FSRSTrainingPipelineTests.defaultFitIsFsrsRs`.
@Suite struct FSRSBatchShuffleTests {
    /// rand's `test_stdrng_construction`: this key's first `next_u64`.
    @Test func firstDrawIsRandsStdRng() {
        var random = FSRSBatchShuffle(key: [1, 23, 456, 7890, 0, 0, 0, 0])
        #expect(random.nextUInt64() == 10_719_222_850_664_546_238)
    }

    /// draft-strombergson-chacha-test-vectors-01, 12 rounds, zero key and IV: the first
    /// 16 bytes of the keystream 9bf49a6a 0755f953 811fce12 5f2683d5, as little-endian words.
    @Test func zeroKeyBlockIsTheTestVector() {
        let block = FSRSBatchShuffle.chacha12(key: Array(repeating: 0, count: 8), counter: 0)
        #expect(Array(block.prefix(4)) == [0x6A9A_F49B, 0x53F9_5507, 0x12CE_1F81, 0xD583_265F])
    }

    /// The words run on across blocks, the block counter counting up: the 17th word is the
    /// second block's first.
    @Test func wordsRunOnAcrossBlocks() {
        let zero = [UInt32](repeating: 0, count: 8)
        var random = FSRSBatchShuffle(key: zero)
        let words = (0..<17).map { _ in random.nextUInt32() }
        #expect(Array(words.prefix(16)) == FSRSBatchShuffle.chacha12(key: zero, counter: 0))
        #expect(words[16] == FSRSBatchShuffle.chacha12(key: zero, counter: 1)[0])
    }

    /// A shuffle is a permutation, the same for the same seed, and moves the first element.
    @Test func shuffleIsASeededPermutation() {
        var a = FSRSBatchShuffle(seed: 2023), b = FSRSBatchShuffle(seed: 2023), c = FSRSBatchShuffle(seed: 1)
        var x = Array(0..<40), y = Array(0..<40), z = Array(0..<40)
        a.shuffle(&x)
        b.shuffle(&y)
        c.shuffle(&z)
        #expect(x == y)
        #expect(x != z)
        #expect(x.sorted() == Array(0..<40))
        #expect(x != Array(0..<40))
    }

    /// `below` stays below its bound, including bounds near 2^32 where the carry matters.
    @Test func drawsStayBelowTheirBound() {
        var random = FSRSBatchShuffle(seed: 7)
        for bound in [1, 2, 3, 479_001_600, UInt32.max - 1, UInt32.max] as [UInt32] {
            for _ in 0..<200 { #expect(random.below(bound) < bound) }
        }
    }
}
