import Foundation

/// Reads a review line exactly as `LogEntry.line` writes it (and as schema 1 did, without the
/// guard), without the general JSON reader: the keys in the writer's order, no spaces, strings
/// without escapes. Anything else gives nil, and `LogEntry.parse` reads the line the general way,
/// with its messages.
///
/// Why: nine out of ten log lines are reviews in this layout, and every whole-log reader
/// (`doctor`, `log`, the JSON export, a full replay) reads a million of them. The general reader
/// makes a `String` of every key and value, then compares the keys; here the time is read from
/// its bytes and only the three texts an entry keeps become Strings (perf: the general reader
/// was a third of `doctor` at 100,000 cards and 1,000,000 reviews; docs/performance.md).
///
/// It never accepts a line the general reader refuses, and gives the same entry for every line
/// it accepts: `PlainLogLineTests` and the fuzz target `fuzz-log-line` check both.
enum PlainLogLine {
    static func review(_ line: UnsafeBufferPointer<UInt8>) -> LogEntry? {
        var cursor = PlainJSONCursor(bytes: line)
        guard cursor.key("{\"seq\":"), let seq = cursor.integer().flatMap({ Int(exactly: $0) }),
              cursor.key(",\"type\":\"review\",\"time\":"), let timeBytes = cursor.stringBytes(),
              case .success(let time) = ISOTimestamp.parse(line[timeBytes]),
              cursor.key(",\"card\":"), let card = cursor.string(),
              cursor.key(",\"rating\":"), let rating = cursor.integer().flatMap({ Int(exactly: $0) }).flatMap(Rating.init(rawValue:))
        else { return nil }
        var duration: Int?
        if cursor.key(",\"duration\":") {
            guard let value = cursor.integer().flatMap({ Int(exactly: $0) }) else { return nil }
            duration = value
        }
        let scheduler: SchedulerKind
        if cursor.key(",\"scheduler\":\"fsrs\"") { scheduler = .fsrs }
        else if cursor.key(",\"scheduler\":\"sm2\"") { scheduler = .sm2 }
        else { return nil }
        guard cursor.key(",\"deck\":"), let deck = cursor.string(),
              cursor.key(",\"file\":"), let file = cursor.string() else { return nil }
        let cram = cursor.key(",\"cram\":true")
        var ankiRevlog: Int64?
        if cursor.key(",\"anki\":") {
            guard let value = cursor.integer().flatMap({ Int64(exactly: $0) }), value > 0 else { return nil }
            ankiRevlog = value
        }
        // The guard's value is checked by the file's reader (`LineGuard`), as the general reader leaves it.
        if cursor.key(",\"crc\":") { guard cursor.stringBytes() != nil else { return nil } }
        guard cursor.take(UInt8(ascii: "}")), cursor.atEnd else { return nil }
        return LogEntry(seq: seq, time: time, event: .review(ReviewRecord(
            card: card, rating: rating, durationMilliseconds: duration, scheduler: scheduler, deck: deck, file: file, cram: cram, ankiRevlog: ankiRevlog)))
    }
}

extension PlainJSONCursor {
    /// Moves past `text` when the bytes at the cursor are exactly it.
    mutating func key(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count, memcmp(bytes.baseAddress! + index, text.utf8Start, count) == 0 else { return false }
        index += count
        return true
    }
}
