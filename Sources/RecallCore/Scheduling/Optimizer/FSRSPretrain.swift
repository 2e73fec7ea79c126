import Foundation

/// fsrs-rs's pretrain of the four initial stabilities (`parameter_initialization.rs`): for each
/// first rating, the stability whose forgetting curve best fits how often the first long-term
/// review was passed after each gap, pulled toward the default; ratings never seen first are
/// then filled in from the others.
enum FSRSPretrain {
    /// The fitted w0...w3 and how many items each first rating (1...4) had; nil when no item
    /// has a single long-term review (fsrs-rs's `NotEnoughData`).
    static func initialStabilities(_ initialization: [FSRSItem], averageRecall: Double) -> (stabilities: [Double], counts: [Int: Int])? {
        let groups = passRates(initialization)
        let counts = groups.mapValues { $0.reduce(0) { $0 + $1.count } }
        var fitted: [Int: Double] = [:]
        for (rating, rates) in groups {
            fitted[rating] = search(rates, averageRecall: averageRecall, defaultS0: defaults[rating - 1])
        }
        guard let stabilities = smoothAndFill(fitted, counts: counts) else { return nil }
        return (stabilities, counts)
    }

    static let defaults = Array(FSRSParameters.defaultWeights[0..<4])
    static let minimum = 0.001
    static let maximum = 100.0

    /// How often the first long-term review was passed after one gap, for one first rating.
    struct PassRate {
        var deltaT: Int
        var recall: Double
        var count: Int
    }

    /// First rating -> pass rates by the gap of the first long-term review, shortest first.
    static func passRates(_ items: [FSRSItem]) -> [Int: [PassRate]] {
        var tallies: [Int: [Int: (passed: Int, count: Int)]] = [:]
        for item in items where item.longTermReviewCount == 1 {
            let review = item.firstLongTermReview!
            var tally = tallies[item.reviews[0].rating, default: [:]][review.deltaT, default: (0, 0)]
            tally.passed += review.rating > 1 ? 1 : 0
            tally.count += 1
            tallies[item.reviews[0].rating, default: [:]][review.deltaT] = tally
        }
        return tallies.mapValues { byGap in
            byGap.keys.sorted().map { gap in
                let (passed, count) = byGap[gap]!
                return PassRate(deltaT: gap, recall: Double(passed) / Double(count), count: count)
            }
        }
    }

    /// The ternary search on [0.001, 100] of fsrs-rs: it stops when the interval is no wider
    /// than machine epsilon or after 1000 rounds, which for a stability above about 1 is what
    /// stops it (the interval cannot shrink below one ulp there).
    static func search(_ rates: [PassRate], averageRecall: Double, defaultS0: Double) -> Double {
        // Laplace smoothing toward the average recall: one more review, passed at that rate.
        let recalls = rates.map { (($0.recall * Double($0.count)) + averageRecall) / (Double($0.count) + 1) }
        func loss(_ stability: Double) -> Double {
            var total = 0.0
            for (rate, recall) in zip(rates, recalls) {
                let predicted = defaultModel.retrievability(elapsedDays: Int64(rate.deltaT), stability: stability)
                total += -(recall * log(predicted) + (1 - recall) * log(1 - predicted)) * Double(rate.count)
            }
            return total + abs(stability - defaultS0) / 16
        }
        var low = minimum, high = maximum
        var best = defaultS0
        var rounds = 0
        while high - low > Double.ulpOfOne && rounds < 1000 {
            rounds += 1
            let third1 = low + (high - low) / 3
            let third2 = high - (high - low) / 3
            if loss(third1) < loss(third2) { high = third2 } else { low = third1 }
            best = (high + low) / 2
        }
        return best
    }

    /// The forgetting curve with the default decay: the pretrain does not fit w20.
    static let defaultModel = FSRSModel(.default)

    /// fsrs-rs's `smooth_and_fill`: keeps the ratings that had items, makes the stabilities
    /// grow with the rating (of a pair out of order, the rating with more items wins), fills
    /// the missing ratings by geometric interpolation, and clamps to [0.001, 100]. nil when no
    /// rating had items.
    static func smoothAndFill(_ fitted: [Int: Double], counts: [Int: Int]) -> [Double]? {
        var s: [Double?] = (0...4).map { rating in counts[rating] == nil ? nil : fitted[rating] }
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            if let a = s[small], let b = s[big], a > b {
                if counts[small]! > counts[big]! { s[big] = a } else { s[small] = b }
            }
        }
        let w1 = 0.41, w2 = 0.54
        let present = (1...4).filter { s[$0] != nil }
        switch present {
        case []:
            return nil
        case _ where present.count == 1:
            let rating = present[0]
            let factor = s[rating]! / defaults[rating - 1]
            for r in 1...4 { s[r] = defaults[r - 1] * factor }
        case [3, 4]:
            s[2] = pow(s[3]!, 1 / (1 - w2)) * pow(s[4]!, 1 - 1 / (1 - w2))
            s[1] = pow(s[2]!, 1 / w1) * pow(s[3]!, 1 - 1 / w1)
        case [2, 4]:
            s[3] = pow(s[2]!, 1 - w2) * pow(s[4]!, w2)
            s[1] = pow(s[2]!, 1 / w1) * pow(s[3]!, 1 - 1 / w1)
        case [2, 3]:
            s[4] = pow(s[2]!, 1 - 1 / w2) * pow(s[3]!, 1 / w2)
            s[1] = pow(s[2]!, 1 / w1) * pow(s[3]!, 1 - 1 / w1)
        case [1, 4]:
            let k = w1 + w2 - w1 * w2
            s[2] = pow(s[1]!, w1 / k) * pow(s[4]!, 1 - w1 / k)
            s[3] = pow(s[1]!, 1 - w2 / k) * pow(s[4]!, w2 / k)
        case [1, 3]:
            s[2] = pow(s[1]!, w1) * pow(s[3]!, 1 - w1)
            s[4] = pow(s[2]!, 1 - 1 / w2) * pow(s[3]!, 1 / w2)
        case [1, 2]:
            s[3] = pow(s[1]!, 1 - 1 / (1 - w1)) * pow(s[2]!, 1 / (1 - w1))
            s[4] = pow(s[2]!, 1 - 1 / w2) * pow(s[3]!, 1 / w2)
        case [2, 3, 4]:
            s[1] = pow(s[2]!, 1 / w1) * pow(s[3]!, 1 - 1 / w1)
        case [1, 3, 4]:
            s[2] = pow(s[1]!, w1) * pow(s[3]!, 1 - w1)
        case [1, 2, 4]:
            s[3] = pow(s[2]!, 1 - w2) * pow(s[4]!, w2)
        case [1, 2, 3]:
            s[4] = pow(s[2]!, 1 - 1 / w2) * pow(s[3]!, 1 / w2)
        default:
            break
        }
        return (1...4).map { min(max(s[$0]!, minimum), maximum) }
    }
}
