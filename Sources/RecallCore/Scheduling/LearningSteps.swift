import Foundation

/// Learning and relearning steps: the short waits (minutes to hours) before a new or forgotten
/// card is shown again, until it graduates to days. Both schedulers move through them with
/// py-fsrs's rules, which are also Anki's.
public enum LearningSteps {
    public static let defaultLearning: [TimeSpan] = [.minutes(1), .minutes(10)]
    public static let defaultRelearning: [TimeSpan] = [.minutes(10)]

    /// Where a rating sends a card that is on a step.
    public enum Outcome: Hashable, Sendable {
        /// Stay in (re)learning, at `step`, shown again after `wait`.
        case step(Int, wait: TimeSpan)
        /// Leave the steps for the review state; the scheduler picks the interval in days.
        case graduate
    }

    /// py-fsrs's step rules: Again restarts at step 0; Hard repeats the step, and on the first
    /// step waits the mean of the first two steps (or 1.5 times a single step); Good moves on,
    /// graduating after the last step; Easy graduates at once. With no steps, or on a step past
    /// the end (the list was shortened), any rating but Again graduates; with no steps even
    /// Again does.
    public static func advance(_ steps: [TimeSpan], from step: Int, rating: Rating) -> Outcome {
        if steps.isEmpty || (step >= steps.count && rating != .again) { return .graduate }
        switch rating {
        case .again:
            return .step(0, wait: steps[0])
        case .hard:
            if step == 0 {
                return .step(0, wait: steps.count == 1 ? steps[0].timesOneAndAHalf() : TimeSpan.mean(steps[0], steps[1]))
            }
            return .step(step, wait: steps[step])
        case .good:
            return step + 1 == steps.count ? .graduate : .step(step + 1, wait: steps[step + 1])
        case .easy:
            return .graduate
        }
    }

    /// Reads `1m,10m`: whole numbers with `s`, `m`, `h` or `d`, comma-separated. An empty (or
    /// all-blank) text means no steps.
    public static func parse(_ text: String) throws(StepParseError) -> [TimeSpan] {
        if text.allSatisfy(\.isWhitespace) { return [] }
        return try text.split(separator: ",", omittingEmptySubsequences: false).map { (item) throws(StepParseError) in
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard let unit = trimmed.last, let amount = Int64(trimmed.dropLast()), amount > 0,
                  !trimmed.dropLast().hasPrefix("+") else {
                throw StepParseError(step: trimmed)
            }
            let seconds: Int64
            switch unit {
            case "s": seconds = 1
            case "m": seconds = 60
            case "h": seconds = 3_600
            case "d": seconds = 86_400
            default: throw StepParseError(step: trimmed)
            }
            guard amount <= Int64.max / TimeSpan.microsecondsPerSecond / seconds / 1_000 else {
                throw StepParseError(step: trimmed)
            }
            return .seconds(amount * seconds)
        }
    }

    /// `1m,10m`: the short form `parse` reads, using the largest unit that divides each step.
    public static func describe(_ steps: [TimeSpan]) -> String {
        steps.map { span in
            let seconds = span.microseconds / TimeSpan.microsecondsPerSecond
            for (unit, size) in [("d", Int64(86_400)), ("h", 3_600), ("m", 60)] where seconds % size == 0 && seconds > 0 {
                return "\(seconds / size)\(unit)"
            }
            return "\(seconds)s"
        }.joined(separator: ",")
    }
}

public struct StepParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var step: String

    public var description: String { SchedulerSettingsMessage.steps(self).english }
}
