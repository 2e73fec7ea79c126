/// Quiz time limits as the learner writes them (`90s`, `20m`, `2h`, `1h30m`) and as the quiz shows them.
///
/// A plain number is minutes, because exam lengths are given in minutes ("130 minutes"), so
/// `--time 130` means what it says on the exam guide. Units are `h`, `m` and `s`, largest first,
/// each at most once, optionally with spaces between them (`1h 30m`). A limit must be more than
/// zero and at most a day: anything longer is surely a typo for something shorter.
public enum QuizDuration {
    public static let maximum = TimeSpan.hours(24)

    /// Why a duration was refused; the message names the text as typed.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        public var text: String
        public var problem: DurationMessage
        /// `problem` in English.
        public var reason: String { problem.english }

        public init(text: String, problem: DurationMessage) {
            self.text = text
            self.problem = problem
        }

        public var description: String {
            "bad duration '\(text)': \(reason); write it like 90s, 20m, 2h or 1h30m (a plain number is minutes)"
        }
    }

    public static func parse(_ text: String) -> Result<TimeSpan, ParseError> {
        func fail(_ reason: DurationMessage) -> Result<TimeSpan, ParseError> { .failure(ParseError(text: text, problem: reason)) }
        let body = text.trimmed
        guard !body.isEmpty else { return fail(.empty) }
        if body.first == "-" { return fail(.negative) }

        var totalSeconds: Int64 = 0
        if body.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard body.count <= 9, let minutes = Int64(body) else { return fail(.tooLarge) }
            totalSeconds = minutes * 60
        } else {
            let units: [(letter: String, seconds: Int64)] = [("h", 3_600), ("m", 60), ("s", 1)]
            var nextUnit = 0
            var digits = ""
            for character in body {
                if character.isASCII, character.isNumber {
                    guard digits.count < 9 else { return fail(.tooLarge) }
                    digits.append(character)
                    continue
                }
                if character == " " {
                    guard digits.isEmpty else { return fail(.noUnit(String(digits))) }
                    continue
                }
                let letter = character.lowercased()
                guard let unit = units.firstIndex(where: { $0.letter == letter }) else {
                    return fail(.notAUnit(character))
                }
                guard let value = Int64(digits) else { return fail(.needsNumber(character)) }
                guard unit >= nextUnit else { return fail(.unitOrder) }
                totalSeconds += value * units[unit].seconds
                digits = ""
                nextUnit = unit + 1
            }
            guard digits.isEmpty else { return fail(.noUnit(String(digits))) }
        }
        let span = TimeSpan.seconds(totalSeconds)
        guard totalSeconds > 0 else { return fail(.zero) }
        guard span <= maximum else { return fail(.tooLong) }
        return .success(span)
    }

    /// `1h30m`, `20m`, `1m30s`, `6s`: whole seconds, zero parts left out; `parse` reads it back.
    public static func format(_ span: TimeSpan) -> String {
        let total = max(0, span.microseconds / TimeSpan.microsecondsPerSecond)
        let hours = total / 3_600, minutes = total / 60 % 60, seconds = total % 60
        var text = ""
        if hours > 0 { text += "\(hours)h" }
        if minutes > 0 { text += "\(minutes)m" }
        if seconds > 0 || text.isEmpty { text += "\(seconds)s" }
        return text
    }

    /// The countdown as a clock, `1:05:09` or `04:59`. Rounded up to the next whole second, so
    /// it reads `00:00` only when the time is really up.
    public static func countdown(_ remaining: TimeSpan) -> String {
        let perSecond = TimeSpan.microsecondsPerSecond
        let total = max(0, (remaining.microseconds + perSecond - 1) / perSecond)
        let hours = total / 3_600, minutes = total / 60 % 60, seconds = total % 60
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(seconds))" : "\(two(minutes)):\(two(seconds))"
    }
}
