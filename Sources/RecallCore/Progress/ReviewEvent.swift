/// One answer as the log records it: enough to replay it without the decks, and to tell
/// which deck and file the card came from when the decks have since changed.
public struct ReviewRecord: Hashable, Sendable {
    public var card: String
    public var rating: Rating
    /// How long the learner took, in milliseconds; nil when unknown.
    public var durationMilliseconds: Int?
    /// The scheduler that planned this answer; replay uses the same one.
    public var scheduler: SchedulerKind
    public var deck: String
    public var file: String
    /// A cram answer (`recall review --cram`): an answer that leaves its card's schedule as it
    /// was, as Anki's filtered deck without rescheduling. Written as `"cram":true` after `file`,
    /// only when true, so older lines and older recalls are unaffected.
    public var cram: Bool
    /// The id of the Anki revlog row this answer was imported from (`recall import FILE.apkg
    /// --with-progress`), which is also its time in milliseconds: marks the answer as imported,
    /// so that importing the package again adds it once, and exporting it gives Anki the same
    /// row. Written as `"anki":1700000000123` after `cram`, only when set; older recalls ignore it.
    public var ankiRevlog: Int64?

    public init(card: String, rating: Rating, durationMilliseconds: Int? = nil, scheduler: SchedulerKind,
                deck: String, file: String, cram: Bool = false, ankiRevlog: Int64? = nil) {
        self.cram = cram
        self.ankiRevlog = ankiRevlog
        self.card = card
        self.rating = rating
        self.durationMilliseconds = durationMilliseconds
        self.scheduler = scheduler
        self.deck = deck
        self.file = file
    }
}

/// What a log line says happened.
public enum ReviewEvent: Hashable, Sendable {
    case review(ReviewRecord)
    /// Takes back the review with this id: replay skips it.
    case undo(EventID)
    /// Keeps a card out of every queue until it is unsuspended.
    case suspend(card: String)
    case unsuspend(card: String)
    /// Keeps a card out of the queue until `until` (the start of the next study day).
    case bury(card: String, until: Instant)
    /// Sets a card's whole progress as it was: written by `recall doctor --repair` when the log
    /// was lost but the snapshot still knew the card, so that its progress is restored (and
    /// marked as such) instead of gone.
    case restore(card: String, progress: CardProgress)

    public var typeName: String {
        switch self {
        case .review: return "review"
        case .undo: return "undo"
        case .suspend: return "suspend"
        case .unsuspend: return "unsuspend"
        case .bury: return "bury"
        case .restore: return "restore"
        }
    }

    /// The card the event is about; nil for an undo, which names a review instead.
    public var card: String? {
        switch self {
        case .review(let record): return record.card
        case .undo: return nil
        case .suspend(let card), .unsuspend(let card), .bury(let card, _), .restore(let card, _): return card
        }
    }
}

/// One line of a review log: a sequence number, the time it happened, and the event; and the
/// device whose file it is in, which is not written on the line (the file's header names it).
///
/// `seq` grows by one with every line of a device's file, so `id` (device and seq) names one
/// event across every machine: an undo names the review it takes back by it, and a snapshot can
/// say exactly how much of each file it covers. `time` is the wall clock as it was; if the clock
/// went backwards, the log keeps that time and replay copes (see `ProgressState`).
public struct LogEntry: Hashable, Sendable {
    public var seq: Int
    public var time: Instant
    public var event: ReviewEvent
    /// The device whose file holds the line; empty in a schema-1 log, which has one file.
    public var device: String

    public init(seq: Int, time: Instant, event: ReviewEvent, device: String = "") {
        self.seq = seq
        self.time = time
        self.event = event
        self.device = device
    }

    public var id: EventID { EventID(device: device, seq: seq) }

    /// The entry as one line of a schema-2 device file, with its guard and `\n`:
    /// `{"seq":7,"type":"review","time":"2026-01-02T09:00:00.250000+00:00","card":"vpc-nat","rating":3,…,"crc":"0a4e77d1"}`.
    public var line: [UInt8] {
        var out = fields(schema: 2)
        LineGuard.seal(&out.bytes)
        return out.bytes
    }

    /// The entry as a schema-1 line (no guard, `undoes` a bare seq): what older logs hold, for
    /// tests and fixtures that make them.
    public var schema1Line: [UInt8] {
        var out = fields(schema: 1)
        out.raw("}\n")
        return out.bytes
    }

    /// The entry as a JSON object without its closing brace, for `recall log --json`: the line's
    /// fields without the guard, and, with `device`, the device (when the log has several, a seq
    /// alone does not name an answer).
    public func jsonObjectBody(device withDevice: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(200)
        appendJSONObjectBody(device: withDevice, to: &bytes)
        return bytes
    }

    /// `jsonObjectBody` appended to `bytes`: a million answers written into one buffer, without
    /// an array of their own each (a quarter of `recall log --json`).
    public func appendJSONObjectBody(device withDevice: Bool, to bytes: inout [UInt8]) {
        var out = JSONWriter()
        swap(&out.bytes, &bytes)  // the writer takes the buffer over, without copying it
        write(schema: withDevice ? 2 : 1, to: &out)
        if withDevice { out.field("device", string: device) }
        swap(&out.bytes, &bytes)
    }

    /// Every field of the line, without the closing brace.
    private func fields(schema: Int) -> JSONWriter {
        var out = JSONWriter()
        out.bytes.reserveCapacity(200)
        write(schema: schema, to: &out)
        return out
    }

    /// Writes every field of the line, without the closing brace, after what `out` holds.
    private func write(schema: Int, to out: inout JSONWriter) {
        out.raw("{")
        out.field("seq", seq, first: true)
        out.field("type", string: event.typeName)
        out.field("time", instant: time)
        switch event {
        case .review(let record):
            out.field("card", string: record.card)
            out.field("rating", record.rating.rawValue)
            if let duration = record.durationMilliseconds { out.field("duration", duration) }
            out.field("scheduler", string: record.scheduler.rawValue)
            out.field("deck", string: record.deck)
            out.field("file", string: record.file)
            if record.cram { out.raw(",\"cram\":true") }
            if let revlog = record.ankiRevlog { out.field("anki", revlog) }
        case .undo(let target):
            if schema == 1 { out.field("undoes", target.seq) } else { out.field("undoes", string: target.description) }
        case .suspend(let card), .unsuspend(let card):
            out.field("card", string: card)
        case .bury(let card, let until):
            out.field("card", string: card)
            out.field("until", instant: until)
        case .restore(let card, let progress):
            out.field("card", string: card)
            RestoredProgress.write(progress, to: &out)
        }
    }

    /// Reads one line (without its `\n`). The error says what is wrong, for a `file:line:` message.
    public static func parse(_ line: UnsafeBufferPointer<UInt8>) -> Result<LogEntry, LogLineError> {
        if let review = PlainLogLine.review(line) { return .success(review) }  // the usual line, read fast
        return parseFields(line)
    }

    /// The general reader: any JSON layout of a line, and a message for what is wrong. `parse`
    /// gives the same for every line (the fuzz target `fuzz-log-line` checks it).
    public static func parseFields(_ line: UnsafeBufferPointer<UInt8>) -> Result<LogEntry, LogLineError> {
        var seq: Int?
        var type: Substring?
        var time: Instant?
        var card: Substring?
        var rating: Rating?
        var duration: Int?
        var scheduler: SchedulerKind?
        var deck: Substring?
        var file: Substring?
        var cram = false
        var ankiRevlog: Int64?
        var undoes: EventID?
        var until: Instant?
        var restored = RestoredProgress()
        do throws(JSONFields.Failure) {
            try JSONFields.forEach(in: line) { (key, value) throws(JSONFields.Failure) in
                func fail(_ problem: LineProblem) -> JSONFields.Failure { JSONFields.Failure(offset: 0, problem: problem) }
                func text() throws(JSONFields.Failure) -> Substring {
                    guard case .string(let s) = value else { throw fail(.mustBeString(key: String(key))) }
                    return s
                }
                func whole() throws(JSONFields.Failure) -> Int {
                    guard case .integer(let n) = value, let n = Int(exactly: n) else { throw fail(.mustBeWhole(key: String(key))) }
                    return n
                }
                func instant() throws(JSONFields.Failure) -> Instant {
                    guard let parsed = Instant(iso8601: String(try text())) else {
                        throw fail(.mustBeTimeLike(key: String(key)))
                    }
                    return parsed
                }
                switch LogField(key) {
                case .seq: seq = try whole()
                case .type: type = try text()
                case .time: time = try instant()
                case .card: card = try text()
                case .rating:
                    guard let r = Rating(rawValue: try whole()) else { throw fail(.ratingRange) }
                    rating = r
                case .duration:
                    if case .null = value { duration = nil } else { duration = try whole() }
                case .scheduler:
                    guard let kind = SchedulerKind(rawValue: String(try text())) else {
                        throw fail(.schedulerName)
                    }
                    scheduler = kind
                case .deck: deck = try text()
                case .file: file = try text()
                case .cram:
                    guard case .bool(let b) = value else { throw fail(.mustBeBool(key: String(key))) }
                    cram = b
                case .anki:
                    guard case .integer(let n) = value, let id = Int64(exactly: n), id > 0 else { throw fail(.mustBeWhole(key: String(key))) }
                    ankiRevlog = id
                case .undoes:
                    // A bare seq in schema 1; `"device:seq"` in schema 2. Events are numbered
                    // from 1, so a seq below that names nothing, in either form (`EventID(text:)`).
                    let named: EventID?
                    if case .string(let text) = value { named = EventID(text: text) } else { named = EventID(text: String(try whole())) }
                    guard let named else { throw fail(.undoesEvent) }
                    undoes = named
                case .until: until = try instant()
                case .crc: break  // the line's guard, checked by the file's reader (`LineGuard`)
                case .other:
                    // A restore's own fields; anything else is from a later version: ignored.
                    try restored.read(key, value)
                }
            }
        } catch {
            return .failure(LogLineError(problem: error.problem))
        }
        guard let seq else { return .failure(LogLineError(problem: .missing(key: "seq"))) }
        guard let type else { return .failure(LogLineError(problem: .missing(key: "type"))) }
        guard let time else { return .failure(LogLineError(problem: .missing(key: "time"))) }
        func need<T>(_ value: T?, _ name: String) -> Result<T, LogLineError> {
            value.map { .success($0) } ?? .failure(LogLineError(problem: .needs(type: String(type), key: name)))
        }
        let event: ReviewEvent
        do throws(LogLineError) {
            switch type {
            case "review":
                event = .review(ReviewRecord(
                    card: String(try need(card, "card").get()), rating: try need(rating, "rating").get(),
                    durationMilliseconds: duration, scheduler: try need(scheduler, "scheduler").get(),
                    deck: String(deck ?? ""), file: String(file ?? ""), cram: cram, ankiRevlog: ankiRevlog))
            case "undo":
                event = .undo(try need(undoes, "undoes").get())
            case "suspend":
                event = .suspend(card: String(try need(card, "card").get()))
            case "unsuspend":
                event = .unsuspend(card: String(try need(card, "card").get()))
            case "bury":
                event = .bury(card: String(try need(card, "card").get()), until: try need(until, "until").get())
            case "restore":
                event = .restore(card: String(try need(card, "card").get()),
                                 progress: try restored.progress(scheduler: scheduler ?? .fsrs, deck: String(deck ?? ""), file: String(file ?? "")))
            default:
                throw LogLineError(problem: .unknownType(String(type)))
            }
        } catch {
            return .failure(error)
        }
        return .success(LogEntry(seq: seq, time: time, event: event))
    }
}

/// Why a log line could not be read.
public struct LogLineError: Error, Hashable, Sendable {
    public var problem: LineProblem
    /// The problem in English.
    public var message: String { problem.english }

    public init(problem: LineProblem) { self.problem = problem }
}

extension ReviewRecord {
    /// The record of answering `card` from `deck`: its scheduler is the deck's, else `defaultScheduler`.
    public init(card: Card, deck: Deck, rating: Rating, durationMilliseconds: Int? = nil,
                defaultScheduler: SchedulerKind) {
        self.init(card: card.id, rating: rating, durationMilliseconds: durationMilliseconds,
                  scheduler: deck.scheduler ?? defaultScheduler, deck: deck.name, file: deck.file)
    }
}

/// The names of a log line's fields, told apart by their bytes. Why: matching each key against
/// the names as Strings (`switch key { case "seq": … }`) was a fifth of `recall log` on a
/// million lines (perf: string comparison and memcmp), for nine keys a line.
enum LogField {
    case seq, type, time, card, rating, duration, scheduler, deck, file, cram, anki, undoes, until, crc, other

    private static let names: [(StaticString, LogField)] = [
        ("seq", .seq), ("type", .type), ("time", .time), ("card", .card), ("rating", .rating),
        ("duration", .duration), ("scheduler", .scheduler), ("deck", .deck), ("file", .file), ("cram", .cram),
        ("anki", .anki),        ("undoes", .undoes), ("until", .until), ("crc", .crc),
    ]

    init(_ key: Substring) {
        var key = key
        self = key.withUTF8 { bytes in
            for (name, field) in Self.names where name.utf8CodeUnitCount == bytes.count {
                let expected = name.utf8Start
                var same = true
                for k in 0..<bytes.count where bytes[k] != expected[k] {
                    same = false
                    break
                }
                if same { return field }
            }
            return .other
        }
    }
}
