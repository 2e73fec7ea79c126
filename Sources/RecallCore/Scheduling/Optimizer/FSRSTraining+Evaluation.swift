import Foundation

extension FSRSTraining {
    /// fsrs-rs's `FSRS::evaluate`: in-sample, recency-weighted log loss and RMSE(bins). The
    /// parameters are first clipped as fsrs-rs's `FSRS::new` clips them. Items with fewer than two
    /// reviews are left out; with none left both figures are NaN.
    public static func evaluate(_ items: [FSRSItem], parameters: [Double]) -> FSRSEvaluation {
        let model = FSRSItemModel(FSRSParameterClipper.forPrediction(parameters))
        var metrics = FSRSMetrics()
        for (index, item) in items.enumerated() where item.reviews.count >= 2 {
            metrics.add(item, prediction: model.predict(item.reviews), weight: recencyWeight(index, of: items.count))
        }
        return metrics.evaluation
    }

    /// fsrs-rs's `evaluate_with_time_series_splits`: 5 folds of n/6 items; fold i trains with
    /// `FSRSOptimizer.computeParameters` on the items before its test segment, (i+1)·n/6, and
    /// tests unweighted on the next n/6 (the last fold to the end). NaN with fewer than 6 items.
    public static func evaluateWithTimeSeriesSplits(_ items: [FSRSItem], settings: FSRSTrainingSettings) -> FSRSEvaluation {
        let folds = 5
        let segment = items.count / (folds + 1)
        var metrics = FSRSMetrics()
        guard segment > 0 else { return metrics.evaluation }
        for fold in 0..<folds {
            let testStart = (fold + 1) * segment
            let testEnd = fold == folds - 1 ? items.count : (fold + 2) * segment
            let fit = FSRSOptimizer.computeParameters(Array(items[..<testStart]), settings: settings)
            let model = FSRSItemModel(FSRSParameterClipper.forPrediction(fit.parameters))
            for item in items[testStart..<testEnd] where item.reviews.count >= 2 {
                metrics.add(item, prediction: model.predict(item.reviews), weight: 1)
            }
        }
        return metrics.evaluation
    }
}

/// The sums behind fsrs-rs's log loss and RMSE(bins) (`src/inference.rs`, `src/dataset.rs`).
struct FSRSMetrics {
    /// fsrs-rs's `r_matrix_index`: bins of the target's delta_t, of the number of long-term
    /// reviews + 1, and of the lapses (long-term Agains) in the history.
    /// Whole numbers, kept as doubles so that no delta_t can trap in a conversion.
    struct Bin: Hashable {
        var days: Double
        var length: Double
        var lapses: Double

        init(_ item: FSRSItem) {
            let reviews = item.reviews
            let target = Double(reviews[reviews.count - 1].deltaT)
            days = (2.48 * pow(3.62, (log(target) / log(3.62)).rounded(.down)) * 100).rounded()
            let length = Double(item.longTermReviewCount) + 1
            self.length = (1.99 * pow(1.89, (log(length) / log(1.89)).rounded(.down))).rounded()
            let lapseCount = reviews.dropLast().filter { $0.rating == 1 && $0.deltaT > 0 }.count
            lapses = lapseCount == 0 ? 0
                : (1.65 * pow(1.73, (log(Double(lapseCount)) / log(1.73)).rounded(.down))).rounded()
        }
    }

    struct Cell {
        var predicted = 0.0, actual = 0.0, count = 0.0, weight = 0.0
    }

    private var loss = 0.0
    private var weights = 0.0
    private var bins: [Bin: Cell] = [:]

    mutating func add(_ item: FSRSItem, prediction p: Double, weight: Double) {
        let label = item.reviews[item.reviews.count - 1].rating > 1 ? 1.0 : 0.0
        loss += (label * log(p) + (1 - label) * log(1 - p)) * weight
        weights += weight
        let bin = Bin(item)
        var cell = bins[bin, default: Cell()]
        cell.predicted += p
        cell.actual += label
        cell.count += 1
        cell.weight += weight
        bins[bin] = cell
    }

    /// Log loss = −Σw·(y ln p + (1−y) ln(1−p))/Σw; RMSE(bins) = √(Σ W_b(p̄_b − ȳ_b)²/Σ W_b), with
    /// bin means over raw counts and each bin weighted by its items' weights.
    var evaluation: FSRSEvaluation {
        var squares = 0.0, total = 0.0
        // In the bins' order, not the dictionary's: a Dictionary's order changes from run to
        // run (its hash is seeded per process), and so would the last digits of the sum.
        let ordered = bins.sorted { ($0.key.days, $0.key.length, $0.key.lapses) < ($1.key.days, $1.key.length, $1.key.lapses) }
        for cell in ordered.map(\.value) {
            let gap = cell.predicted / cell.count - cell.actual / cell.count
            squares += gap * gap * cell.weight
            total += cell.weight
        }
        return FSRSEvaluation(logLoss: -loss / weights, rmseBins: (squares / total).squareRoot())
    }
}
