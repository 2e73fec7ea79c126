/// The 21 weights of FSRS-6, w0…w20, with py-fsrs 6.3.2's defaults and bounds.
///
/// w0–w3: initial stability for Again/Hard/Good/Easy. w4, w5: initial difficulty.
/// w6: difficulty change per grade; w7: mean reversion. w8–w10: stability after recall;
/// w11–w14: after a lapse. w15, w16: Hard penalty and Easy bonus. w17–w19: same-day reviews.
/// w20: the decay of the forgetting curve.
public struct FSRSParameters: Hashable, Sendable, Codable {
    public static let count = 21

    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// py-fsrs's `LOWER_BOUNDS_PARAMETERS` and `UPPER_BOUNDS_PARAMETERS`, inclusive.
    public static let bounds: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100,
        1...10, 0.001...4, 0.001...4, 0.001...0.75, 0...4.5, 0...0.8, 0.001...3.5,
        0.001...5, 0.001...0.25, 0.001...0.9, 0...4, 0...1, 1...6, 0...2, 0...2, 0...0.8, 0.1...0.8,
    ]

    /// py-fsrs's defaults, inside the bounds by definition (a test validates them through `init`).
    public static let `default` = FSRSParameters(unchecked: defaultWeights)

    public let weights: [Double]

    private init(unchecked weights: [Double]) {
        self.weights = weights
    }

    /// Checks the count and every bound, and reports all problems at once, as py-fsrs does.
    public init(_ weights: [Double]) throws(FSRSParameterError) {
        guard weights.count == Self.count else {
            throw FSRSParameterError(issues: [.count(expected: Self.count, got: weights.count)])
        }
        var issues: [FSRSParameterError.Issue] = []
        for (index, (weight, bound)) in zip(weights, Self.bounds).enumerated() where !bound.contains(weight) {
            issues.append(.outOfBounds(index: index, value: weight, lower: bound.lowerBound, upper: bound.upperBound))
        }
        guard issues.isEmpty else { throw FSRSParameterError(issues: issues) }
        self.weights = weights
    }

    public init(from decoder: any Decoder) throws {
        let weights = try decoder.singleValueContainer().decode([Double].self)
        try self.init(weights)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(weights)
    }

    public subscript(index: Int) -> Double { weights[index] }
}

/// Custom FSRS parameters that py-fsrs would refuse. Each problem names the index and its bounds.
public struct FSRSParameterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One problem of the parameters, as values, so that each language says it
    /// (`SchedulerSettingsMessage`).
    public enum Issue: Hashable, Sendable {
        case count(expected: Int, got: Int)
        case outOfBounds(index: Int, value: Double, lower: Double, upper: Double)
    }

    public var issues: [Issue]

    public init(issues: [Issue]) { self.issues = issues }

    /// Each issue in English: `w7 = 0.8 is out of bounds: 0.001 to 0.75`.
    public var problems: [String] { issues.map { SchedulerSettingsMessage.issueText($0, .en) } }

    public var description: String { SchedulerSettingsMessage.parameters(self).english }
}
