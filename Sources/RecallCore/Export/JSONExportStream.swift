import Foundation

/// `recall export --format json` written as it goes: the same bytes as
/// `JSONExport.render(JSONExport.document(...))`, without building the document, so that a
/// million reviews are read from the log and written one by one (building it took 15 s and
/// 1.9 GiB at 100,000 cards and 1,000,000 reviews).
///
/// Use: `init` writes everything before the reviews; `review` each log entry in order; `take`
/// the bytes so far whenever `pending` is large; `finish` the rest.
public struct JSONExportStream {
    private var json = PrettyJSON()
    private var filter: JSONExport.ReviewFilter
    private let undone: Set<EventID>
    /// A number JSON cannot hold (infinite or NaN), as `JSONEncoder` refuses it.
    private var nonFinite: Double?

    public struct NonFiniteNumber: Error, CustomStringConvertible {
        public var value: Double
        public var description: String { "the number \(value) cannot be written in JSON" }
    }

    /// Writes the keys before `reviews` (config, decks, exported, format, orphans); `undone`
    /// holds the seqs that an undo in the log takes back. With `flush`, the bytes are handed to
    /// it whenever `flushEvery` bytes are pending: 100,000 notes are a hundred megabytes of JSON, which
    /// otherwise sat in memory whole (and were a tenth of the export's time in new pages).
    public init(_ decks: [Deck], state: ProgressState, config: StudyConfig?, whole: Bool, undone: Set<EventID>,
                exported: Instant, flushEvery: Int = 1 << 20, flush: (([UInt8]) throws -> Void)? = nil) throws {
        filter = JSONExport.ReviewFilter(decks, whole: whole)
        self.undone = undone
        json.beginObject()
        if let config {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            json.key("config")
            json.encoded(String(decoding: try encoder.encode(config), as: UTF8.self))
        }
        json.key("decks")
        json.beginArray()
        for deck in decks { try write(deck, state: state, flushEvery: flushEvery, flush: flush) }
        json.endArray()
        json.field("exported", exported)
        json.field("format", "recall-export")
        json.key("orphans")
        json.beginArray()
        for orphan in JSONExport.orphanRecords(state, filter: filter) {
            json.element()
            json.beginObject()
            json.field("card", orphan.card)
            json.field("deck", orphan.deck)
            json.field("file", orphan.file)
            json.key("progress")
            write(orphan.progress)
            json.endObject()
        }
        json.endArray()
        json.key("reviews")
        json.beginArray()
    }

    /// The bytes written and not yet taken.
    public var pending: Int { json.out.bytes.count }

    /// The bytes written since the last `take`.
    public mutating func take() -> [UInt8] {
        defer { json.out.bytes.removeAll(keepingCapacity: true) }
        return json.out.bytes
    }

    /// Hands the bytes written so far to `write`, then reuses their buffer for the next ones:
    /// `take` returns a copy, so its buffer is made anew each time (400 MB of new pages for a
    /// million reviews). The buffer is emptied where it is stored (`json.out.bytes`): through
    /// a computed property it would be shared, and emptying it would allocate a new one.
    public mutating func flush<E: Error>(_ write: ([UInt8]) throws(E) -> Void) throws(E) {
        try write(json.out.bytes)
        json.out.bytes.removeAll(keepingCapacity: true)
    }

    /// The next log entry, in log order; left out when the export does not hold it. Written
    /// from the entry itself, in the keys' order, with what `JSONExport.LogRecord` holds: making
    /// a record per entry (its texts copied, then released) was a fifth of a million reviews.
    public mutating func review(_ entry: LogEntry) {
        guard filter.includes(entry) else { return }
        json.element()
        json.beginObject()
        let event = entry.event
        json.field("card", event.card)
        switch event {
        case .review(let record):
            json.field("deck", record.deck)
            device(entry)
            json.field("duration", record.durationMilliseconds)
            json.field("file", record.file)
            json.field("rating", record.rating.rawValue)
            json.field("scheduler", record.scheduler.rawValue)
        case .restore(_, let progress):
            json.field("deck", progress.deck)
            device(entry)
            json.field("file", progress.file)
            json.field("scheduler", progress.scheduler.rawValue)
        default:
            device(entry)
        }
        json.field("seq", entry.seq)
        json.key("time")
        json.instant(entry.time)
        json.key("type")
        json.string(event.typeName)
        switch event {
        case .review:
            if undone.contains(entry.id) { json.field("undone", true) }
        case .undo(let target):
            json.field("undoes", target.seq)
            if target.device != entry.device { json.field("undoesDevice", target.device) }
        case .bury(_, let until):
            json.key("until")
            json.instant(until)
        default:
            break
        }
        json.endObject()
    }

    /// The entry's device; none for a schema-1 log, whose entries have none.
    private mutating func device(_ entry: LogEntry) {
        if !entry.device.isEmpty { json.field("device", entry.device) }
    }

    /// The rest of the document; throws for a number JSON cannot hold.
    public mutating func finish() throws(NonFiniteNumber) -> [UInt8] {
        if let nonFinite { throw NonFiniteNumber(value: nonFinite) }
        json.endArray()
        json.field("version", 1)
        json.endObject()
        json.out.raw("\n")
        return take()
    }

    private mutating func write(_ deck: Deck, state: ProgressState, flushEvery: Int, flush: (([UInt8]) throws -> Void)?) throws {
        json.element()
        json.beginObject()
        json.field("file", deck.file)
        json.field("name", deck.name)
        json.key("notes")
        json.beginArray()
        for note in deck.notes {
            write(JSONExport.noteRecord(note, progress: state))
            if let flush, pending >= flushEvery { try self.flush(flush) }
        }
        json.endArray()
        json.field("scheduler", deck.scheduler?.rawValue)
        json.field("source", deck.source)
        json.field("tags", strings: deck.tags)
        json.endObject()
    }

    private mutating func write(_ note: JSONExport.NoteRecord) {
        json.element()
        json.beginObject()
        if let accept = note.accept { json.field("accept", strings: accept) }
        json.field("answer", note.answer)
        json.field("body", note.body)
        json.key("cards")
        json.beginArray()
        for card in note.cards {
            json.element()
            json.beginObject()
            json.field("back", card.back)
            json.field("front", card.front)
            json.field("id", card.id)
            json.key("progress")
            write(card.progress)
            json.field("variant", card.variant)
            json.endObject()
        }
        json.endArray()
        json.field("explanation", note.explanation)
        json.field("explicitID", note.explicitID)
        json.field("id", note.id)
        json.field("kind", note.kind.rawValue)
        json.field("line", note.line)
        if let options = note.options {
            json.key("options")
            json.beginArray()
            for option in options {
                json.element()
                json.beginObject()
                json.field("correct", option.correct)
                json.field("text", option.text)
                json.endObject()
            }
            json.endArray()
        }
        json.field("prompt", note.prompt)
        json.field("source", note.source)
        json.field("tags", strings: note.tags)
        json.endObject()
    }

    private mutating func write(_ progress: JSONExport.ProgressRecord) {
        json.beginObject()
        json.field("buriedUntil", progress.buriedUntil)
        number("difficulty", progress.difficulty)
        json.field("due", progress.due)
        number("ease", progress.ease)
        json.field("interval", progress.interval)
        json.field("lapses", progress.lapses)
        json.field("lastReview", progress.lastReview)
        json.field("reps", progress.reps)
        json.field("scheduler", progress.scheduler?.rawValue)
        number("stability", progress.stability)
        json.field("state", progress.state)
        json.field("step", progress.step)
        json.field("suspended", progress.suspended)
        json.endObject()
    }

    private mutating func number(_ name: StaticString, _ value: Double?) {
        if let value, !value.isFinite { nonFinite = nonFinite ?? value }
        json.field(name, value)
    }
}
