extension Histogram {
    /// Charts stay readable in 80 columns with at most this many buckets.
    static let maximumBuckets = 40

    /// Days from 0: a day per bucket up to 31 days, else the smallest round width (2, 5, 10,
    /// 20, 50, ... days) that keeps within `maximumBuckets`. Empty when there are no values.
    static func days(_ values: [Double]) -> Histogram {
        let finite = values.filter(\.isFinite)
        let top = max(finite.max() ?? 0, 0)
        return Histogram(unit: "days", values: finite, lower: 0, width: top < 31 ? 1 : roundWidth(span: top, atLeast: 2))
    }

    /// Percent from 0 to 100 in buckets of 5 (100 is in the last one).
    static func percent(_ values: [Double]) -> Histogram {
        Histogram(unit: "percent", values: values.filter(\.isFinite), lower: 0, width: 5, upper: 100)
    }

    /// Percent from the lowest value down to a multiple of 10, in round widths (SM-2 ease).
    static func spread(_ values: [Double]) -> Histogram {
        let finite = values.filter(\.isFinite)
        let bottom = ((finite.min() ?? 0) / 10).rounded(.down) * 10
        return Histogram(unit: "percent", values: finite, lower: bottom,
                         width: roundWidth(span: (finite.max() ?? 0) - bottom, atLeast: 10))
    }

    /// The smallest of 1, 2, 5, 10, 20, 50, ... (at least `atLeast`) that covers `span` in
    /// `maximumBuckets` buckets.
    static func roundWidth(span: Double, atLeast: Double = 1) -> Double {
        var scale = 1.0
        while true {
            for step in [1.0, 2, 5] where step * scale >= atLeast {
                if (span / (step * scale)).rounded(.down) + 1 <= Double(maximumBuckets) { return step * scale }
            }
            scale *= 10
        }
    }

    /// Counts `values` in buckets from `lower`, as many as reach the largest value (or `upper`).
    init(unit: String, values: [Double], lower: Double, width: Double, upper: Double? = nil) {
        let top = upper ?? values.max() ?? lower
        let buckets = values.isEmpty ? 0 : max(1, Int(((top - lower) / width).rounded(.down)) + (upper == nil ? 1 : 0))
        var counts = [Int](repeating: 0, count: buckets)
        for value in values {
            let i = Int(((value - lower) / width).rounded(.down))
            counts[min(max(i, 0), buckets - 1)] += 1
        }
        let sorted = values.sorted()
        let n = sorted.count
        let median: Double? = n == 0 ? nil : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        let mean: Double? = n == 0 ? nil : values.reduce(0, +) / Double(n)
        self.init(unit: unit, lower: lower, width: width, counts: counts, count: n, median: median, mean: mean)
    }
}
