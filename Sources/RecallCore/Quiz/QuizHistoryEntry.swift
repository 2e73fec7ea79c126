import Foundation

/// One finished attempt as the quiz history keeps it: one JSON object on one line of
/// `quiz-history.jsonl`, enough to print the trend and to replay the same quiz (`seed`).
///
/// ```json
/// {"schema":1,"date":"2026-03-01T14:05:09+09:00","deck":"AWS","tags":["security"],"count":65,"correct":50,"percent":76,"pass":72,"passed":true,"timeLimit":7800,"timeUsed":5423,"timedOut":false,"seed":8361,"types":["choice"],"domains":[{"domain":"security","correct":10,"total":14}]}
/// ```
public struct QuizHistoryEntry: Hashable, Sendable {
    public static let schema = 1

    /// When the attempt was submitted.
    public var date: Instant
    /// The learner's UTC offset then, so the date reads as the local time it was taken.
    public var utcOffsetSeconds: Int
    public var deck: String?
    public var tags: [String]
    public var count: Int
    public var correct: Int
    public var percent: Int
    public var passPercent: Int
    public var passed: Bool
    /// Whole seconds.
    public var timeLimitSeconds: Int64
    public var timeUsedSeconds: Int64
    public var timedOut: Bool
    public var seed: UInt64
    public var types: [QuizQuestionType]
    /// Weakest first, as the result screen showed them.
    public var domains: [DomainScore]
    /// The ids of the cards answered wrong or left unanswered (both score wrong), in quiz order:
    /// what `recall review --quiz-wrong` studies. Nil for a line written before recall kept them
    /// (the key `wrong` is then absent); empty when every answer was right.
    public var wrongCards: [String]?

    public init(date: Instant, utcOffsetSeconds: Int, deck: String?, tags: [String], count: Int, correct: Int,
                percent: Int, passPercent: Int, passed: Bool, timeLimitSeconds: Int64, timeUsedSeconds: Int64,
                timedOut: Bool, seed: UInt64, types: [QuizQuestionType], domains: [DomainScore], wrongCards: [String]? = nil) {
        self.wrongCards = wrongCards
        self.date = date
        self.utcOffsetSeconds = utcOffsetSeconds
        self.deck = deck
        self.tags = tags
        self.count = count
        self.correct = correct
        self.percent = percent
        self.passPercent = passPercent
        self.passed = passed
        self.timeLimitSeconds = timeLimitSeconds
        self.timeUsedSeconds = timeUsedSeconds
        self.timedOut = timedOut
        self.seed = seed
        self.types = types
        self.domains = domains
    }

    /// The entry for a scored attempt; `utcOffsetSeconds` is the local offset at `finishedAt`.
    public init(result: QuizResult, utcOffsetSeconds: Int) {
        let perSecond = TimeSpan.microsecondsPerSecond
        self.init(date: result.finishedAt, utcOffsetSeconds: utcOffsetSeconds, deck: result.spec.deck,
                  tags: result.spec.tags, count: result.total, correct: result.correct, percent: result.percent,
                  passPercent: result.spec.passPercent, passed: result.passed,
                  timeLimitSeconds: result.spec.timeLimit.microseconds / perSecond,
                  timeUsedSeconds: result.timeUsed.microseconds / perSecond, timedOut: result.timedOut,
                  seed: result.spec.seed, types: result.spec.types, domains: result.domains,
                  wrongCards: result.wrong.map(\.question.card.id))
    }

    /// `AWS`, `#security #networking`, `AWS #security`, or `all decks`.
    public var scopeText: String {
        let parts = (deck.map { [$0] } ?? []) + tags.map { "#" + $0 }
        return parts.isEmpty ? "all decks" : parts.joined(separator: " ")
    }

    /// `2026-03-01 14:05` in the time zone the attempt was taken in.
    public var localDateText: String {
        let iso = dateText
        return iso.prefix(10) + " " + iso.dropFirst(11).prefix(5)
    }

    /// `2026-03-01T14:05:09+09:00`: whole seconds, local time, and its offset.
    public var dateText: String { ISOTimestamp.local(date, utcOffsetSeconds: utcOffsetSeconds) }

    /// The offset at the end of an ISO timestamp: `Z` or `±HH:MM`.
    static func offsetSeconds(in text: String) -> Int? {
        if text.hasSuffix("Z") { return 0 }
        let tail = Array(text.suffix(6))
        guard tail.count == 6, tail[0] == "+" || tail[0] == "-", tail[3] == ":",
              let hours = Int(String(tail[1...2])), let minutes = Int(String(tail[4...5])) else { return nil }
        return (tail[0] == "-" ? -1 : 1) * (hours * 3_600 + minutes * 60)
    }

    // MARK: JSON

    /// The entry as one line of JSON, with its `\n`; keys in a fixed order, for people reading the file.
    public var line: [UInt8] {
        var out = JSONWriter()
        out.raw("{")
        out.field("schema", Self.schema, first: true)
        out.field("date", string: dateText)
        out.key("deck")
        if let deck { out.string(deck) } else { out.raw("null") }
        out.key("tags")
        Self.array(tags, into: &out) { $1.string($0) }
        out.field("count", count)
        out.field("correct", correct)
        out.field("percent", percent)
        out.field("pass", passPercent)
        out.key("passed")
        out.raw(passed ? "true" : "false")
        out.field("timeLimit", timeLimitSeconds)
        out.field("timeUsed", timeUsedSeconds)
        out.key("timedOut")
        out.raw(timedOut ? "true" : "false")
        out.field("seed", seed)
        out.key("types")
        Self.array(types, into: &out) { $1.string($0.rawValue) }
        out.key("domains")
        Self.array(domains, into: &out) { domain, out in
            out.raw("{")
            out.field("domain", string: domain.domain, first: true)
            out.field("correct", domain.correct)
            out.field("total", domain.total)
            out.raw("}")
        }
        if let wrongCards {
            out.key("wrong")
            Self.array(wrongCards, into: &out) { $1.string($0) }
        }
        out.raw("}\n")
        return out.bytes
    }

    private static func array<T>(_ items: [T], into out: inout JSONWriter, _ write: (T, inout JSONWriter) -> Void) {
        out.raw("[")
        for (i, item) in items.enumerated() {
            if i > 0 { out.raw(",") }
            write(item, &out)
        }
        out.raw("]")
    }

    /// The shape of a line, for `JSONDecoder`: the history is small and read rarely, and its
    /// lines hold arrays, which the progress files' flat reader skips.
    private struct Stored: Decodable {
        struct Domain: Decodable {
            var domain: String
            var correct: Int
            var total: Int
        }
        var schema: Int
        var date: String
        var deck: String?
        var tags: [String]
        var count: Int
        var correct: Int
        var percent: Int
        var pass: Int
        var passed: Bool
        var timeLimit: Int64
        var timeUsed: Int64
        var timedOut: Bool
        var seed: UInt64
        var types: [String]
        var domains: [Domain]
        var wrong: [String]?
    }

    /// Reads one line (without its `\n`); the error says what is wrong, for a `file:line:` message.
    public static func parse(_ bytes: ArraySlice<UInt8>) -> Result<QuizHistoryEntry, QuizHistoryProblem> {
        let stored: Stored
        do {
            stored = try JSONDecoder().decode(Stored.self, from: Data(bytes))
        } catch {
            return .failure(Self.explain(error))
        }
        func fail(_ problem: QuizHistoryProblem) -> Result<QuizHistoryEntry, QuizHistoryProblem> { .failure(problem) }
        guard stored.schema <= schema else {
            return fail(.newerSchema(found: stored.schema, reads: schema))
        }
        guard let date = Instant(iso8601: stored.date), let offset = offsetSeconds(in: stored.date) else {
            return fail(.badDate)
        }
        guard stored.count >= 1, (0...stored.count).contains(stored.correct) else {
            return fail(.badCount)
        }
        guard (0...100).contains(stored.percent), (1...100).contains(stored.pass) else {
            return fail(.badPercent)
        }
        guard stored.timeLimit > 0, stored.timeUsed >= 0 else {
            return fail(.badTime)
        }
        var types: [QuizQuestionType] = []
        for name in stored.types {
            guard let type = QuizQuestionType(rawValue: name) else { return fail(.unknownType(name)) }
            types.append(type)
        }
        return .success(QuizHistoryEntry(
            date: date, utcOffsetSeconds: offset, deck: stored.deck, tags: stored.tags, count: stored.count,
            correct: stored.correct, percent: stored.percent, passPercent: stored.pass, passed: stored.passed,
            timeLimitSeconds: stored.timeLimit, timeUsedSeconds: stored.timeUsed, timedOut: stored.timedOut,
            seed: stored.seed, types: types,
            domains: stored.domains.map { DomainScore(domain: $0.domain, correct: $0.correct, total: $0.total) },
            wrongCards: stored.wrong))
    }

    /// A short reason from a `DecodingError`, naming the key rather than dumping the coding path.
    private static func explain(_ error: any Error) -> QuizHistoryProblem {
        guard let error = error as? DecodingError else { return .notJSONObject }
        func name(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? "\"\($0.stringValue)\"" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .missing(key: name(context.codingPath + [key]))
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return .wrongType(key: name(context.codingPath))
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? .notJSONObject : .notValid(key: name(context.codingPath))
        @unknown default:
            return .notAttempt
        }
    }
}
