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
        public var reason: String

        public var description: String {
            "bad duration '\(text)': \(reason); write it like 90s, 20m, 2h or 1h30m (a plain number is minutes)"
        }
    }

    public static func parse(_ text: String) -> Result<TimeSpan, ParseError> {
        func fail(_ reason: String) -> Result<TimeSpan, ParseError> { .failure(ParseError(text: text, reason: reason)) }
        let body = text.trimmed
        guard !body.isEmpty else { return fail("it is empty") }
        if body.first == "-" { return fail("it is negative") }

        var totalSeconds: Int64 = 0
        if body.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard body.count <= 9, let minutes = Int64(body) else { return fail("the number is too large") }
            totalSeconds = minutes * 60
        } else {
            let units: [(letter: String, seconds: Int64)] = [("h", 3_600), ("m", 60), ("s", 1)]
            var nextUnit = 0
            var digits = ""
            for character in body {
                if character.isASCII, character.isNumber {
                    guard digits.count < 9 else { return fail("the number is too large") }
                    digits.append(character)
                    continue
                }
                if character == " " {
                    guard digits.isEmpty else { return fail("'\(digits)' has no unit (h, m or s)") }
                    continue
                }
                let letter = character.lowercased()
                guard let unit = units.firstIndex(where: { $0.letter == letter }) else {
                    return fail("'\(character)' is not a unit; use h, m or s")
                }
                guard let value = Int64(digits) else { return fail("'\(character)' needs a number before it") }
                guard unit >= nextUnit else { return fail("units go largest first (h, then m, then s), each once") }
                totalSeconds += value * units[unit].seconds
                digits = ""
                nextUnit = unit + 1
            }
            guard digits.isEmpty else { return fail("'\(digits)' has no unit (h, m or s)") }
        }
        let span = TimeSpan.seconds(totalSeconds)
        guard totalSeconds > 0 else { return fail("it must be more than zero") }
        guard span <= maximum else { return fail("the longest quiz is 24h") }
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
