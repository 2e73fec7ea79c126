import Testing
@testable import RecallCore
import RecallTestSupport

@Suite struct FuzzTests {
    @Test func rangesArePyFSRSs() {
        // delta = 1 + 0.15 (min(d, 7) - 2.5) + 0.1 (min(d, 20) - 7)⁺ + 0.05 (d - 20)⁺
        #expect(Fuzz.range(days: 3, maximumInterval: 36_500) == (2, 4))      // delta 1.075
        #expect(Fuzz.range(days: 10, maximumInterval: 36_500) == (8, 12))    // delta 1.975
        #expect(Fuzz.range(days: 100, maximumInterval: 36_500) == (93, 107)) // delta 6.975
        #expect(Fuzz.range(days: 100, maximumInterval: 100) == (93, 100))
    }

    @Test func shortIntervalsAreNotFuzzed() {
        for draw in [0.0, 0.5, 0.999] {
            #expect(Fuzz.fuzzed(days: 1, maximumInterval: 36_500, draw: draw) == 1)
            #expect(Fuzz.fuzzed(days: 2, maximumInterval: 36_500, draw: draw) == 2)
        }
    }

    @Test func fuzzedIntervalsStayNearTheRange() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<10_000 {
            let days = Int.random(in: 3...5_000, using: &random)
            let (low, high) = Fuzz.range(days: days, maximumInterval: 36_500)
            let fuzzed = Fuzz.fuzzed(days: days, maximumInterval: 36_500, draw: Double.random(in: 0..<1, using: &random))
            // py-fsrs rounds draw·(high − low + 1) + low, which can reach high + 1.
            #expect(fuzzed >= low && fuzzed <= high + 1)
        }
    }

    @Test func fuzzIsReproducibleFromCardAndReviewCount() throws {
        let fsrs = try FSRSScheduler(settings: FSRSSettings(fuzz: true))
        let reviews: [(Rating, Instant)] = [(.easy, clock.start), (.good, clock.at(days: 9)), (.good, clock.at(days: 40))]
        #expect(fsrs.history(reviews, seed: 42) == fsrs.history(reviews, seed: 42))
        #expect(Fuzz.draw(seed: 42, reps: 3) == Fuzz.draw(seed: 42, reps: 3))
        #expect(Fuzz.draw(seed: 42, reps: 3) != Fuzz.draw(seed: 42, reps: 4))
        #expect(Fuzz.draw(seed: 42, reps: 3) != Fuzz.draw(seed: 43, reps: 3))
        // Different cards get different intervals somewhere among many.
        let dues = Set((1...50).map { fsrs.history(reviews, seed: UInt64($0)).due })
        #expect(dues.count > 1)
    }

    @Test func previewsMatchTheReviewEvenWithFuzz() throws {
        let fsrs = try FSRSScheduler(settings: FSRSSettings(fuzz: true))
        let card = fsrs.history([(.easy, clock.start), (.good, clock.at(days: 9))], seed: 9)
        let now = clock.at(days: 30)
        for (rating, wait) in fsrs.previews(card, at: now) {
            #expect(fsrs.review(card, rating: rating, at: now).due == now + wait)
        }
    }

    @Test func seedsFromDeckIDsAreStable() {
        #expect(FuzzSeed.of(cardID: "aws-vpc-3fa91c0d2b") == FuzzSeed.of(cardID: "aws-vpc-3fa91c0d2b"))
        #expect(FuzzSeed.of(cardID: "a") != FuzzSeed.of(cardID: "b"))
        #expect(FuzzSeed.of(cardID: 5) == 5)
    }
}
