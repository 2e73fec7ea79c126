import Foundation
import RecallCore

/// `recall optimize --json`: the fit, the weights it was measured against, and the verdict.
/// Every key is always there (an evaluation is null when there was no item to measure on), so
/// the fsrs-rs check (`Scripts/checks.d/fsrs-rs-optimizer`) reads it as it is.
struct FitJSON: Encodable {
    var parameters: [Double]
    var current: [Double]
    var reviews: Int
    var items: Int
    var trainSet: Int
    var initialStabilities: [Double]
    var outcome: String
    var currentEvaluation: OrNull<FSRSEvaluation>
    var fittedEvaluation: OrNull<FSRSEvaluation>
    var better: Bool
    var applied: Bool
}

/// `recall optimize --evaluate --json`: the current weights' figures, null without items.
struct EvaluateJSON: Encodable {
    var parameters: [Double]
    var items: Int
    var inSample: OrNull<FSRSEvaluation>
    var timeSeriesSplits: OrNull<FSRSEvaluation>
}

/// A value written as `null` when absent, where a plain optional would leave its key out.
struct OrNull<Value: Encodable>: Encodable {
    var value: Value?

    init(_ value: Value?) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}

/// `recall optimize --revert --json`: the weights now in use, and whether anything changed.
struct RevertJSON: Encodable {
    var parameters: [Double]
    var reverted: Bool
}

/// `recall optimize --print-items`: `{"items": [[[rating, deltaT], ...], ...]}`, fsrs-rs's
/// `FSRSItem`s as its Python binding builds them.
struct ItemsJSON: Encodable {
    var items: [[[Int]]]
}

/// The fit's progress on stderr, shown only when stderr is a terminal and the fit has taken
/// more than half a second (a short fit prints nothing). Called from the training's thread.
final class FitProgress: @unchecked Sendable {
    private let start = Date()
    private let lock = NSLock()
    private var shown = -1
    private let toTerminal = isatty(STDERR_FILENO) == 1

    func show(_ fraction: Double) {
        guard toTerminal, Date().timeIntervalSince(start) > 0.5 else { return }
        let percent = Int((min(max(fraction, 0), 1) * 100).rounded(.down))
        lock.lock()
        defer { lock.unlock() }
        guard percent != shown else { return }
        shown = percent
        FileHandle.standardError.write(Data(("\r" + Console.text(OptimizeMessage.progress(percent: percent))).utf8))
    }

    /// Clears the progress line, if one was shown.
    func end() {
        lock.lock()
        defer { lock.unlock() }
        if shown >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
