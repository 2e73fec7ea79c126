/// The snapshot's card rows read into a `ProgressTable`: what `recall due` reads, so that it
/// makes no `CardProgress`, no dictionary entry and no `String` per row (see `ProgressTable`).
/// The rows are the same as `encoded()` writes them; the one row grammar is `scanRow`.
extension Snapshot {
    /// Reads a snapshot as `decode` does (the same header, names and recent answers, the same
    /// errors for the same damage to the file's lines), with the cards in a table: the returned
    /// state has today's answers, the last seq and the latest time, but no cards. Of each row,
    /// only the id and what counting needs are read (see `countingRow`); the rest of the row is
    /// read, and checked, when that card's progress is asked for.
    public static func decodeTable(_ bytes: [UInt8], path: String) throws(ProgressError) -> (Snapshot, ProgressTable)? {
        var reader = Reader(bytes: bytes, path: path)
        guard let (snapshot, table) = try reader.read(intoTable: true), let table else { return nil }
        return (snapshot, table)
    }

    /// One card row's values, as `encoded()` writes them, read in place.
    struct ScannedRow {
        /// Where the id is, between its quotes.
        var id: Range<Int>
        var timing: CardTiming
        var step: Int64?
        var stability: Double?
        var difficulty: Double?
        var ease: Double?
        var interval: Int64?
        var reps: Int64 = 0
        var lapses: Int64 = 0
        var seed: Int64 = 0
        var scheduler: Int64 = 0
        var deck = 0
        var file = 0

        /// The card's progress.
        func progress(names: [String]) -> CardProgress {
            let schedule = timing.state.map { state in
                CardSchedule(state: state, step: step.map { Int($0) }, stability: stability, difficulty: difficulty,
                             due: timing.due, lastReview: timing.lastReview, ease: ease, interval: interval.map { Int($0) },
                             reps: Int(reps), lapses: Int(lapses), fuzzSeed: UInt64(bitPattern: seed))
            }
            return CardProgress(schedule: schedule, scheduler: scheduler == 1 ? .sm2 : .fsrs, deck: names[deck],
                                file: names[file], suspended: timing.suspended, buriedUntil: timing.buriedUntil)
        }
    }

    /// One row from the cursor's place up to and including its `]`, or nil for anything but the
    /// plain form `encoded()` writes (then the general reader, with its messages, reads it).
    static func scanRow(_ cursor: inout PlainJSONCursor, names: Int) -> ScannedRow? {
        func comma() -> Bool { cursor.take(UInt8(ascii: ",")) }
        func number() -> Double?? { cursor.optionalDouble() }
        guard cursor.take(UInt8(ascii: "[")), let id = cursor.stringBytes(), comma(),
              let stateCode = cursor.integer(), (0...3).contains(stateCode), comma() else { return nil }
        var row = ScannedRow(id: id, timing: CardTiming(state: nil, due: Instant(microsecondsSinceEpoch: 0), lastReview: nil,
                                                        suspended: false, buriedUntil: nil))
        if stateCode == 0 {
            // "null,null,null,null,null,null,null,0,0,0," in `encoded()`.
            for _ in 0..<7 { guard cursor.null(), comma() else { return nil } }
            for _ in 0..<3 { guard cursor.integer() != nil, comma() else { return nil } }
        } else {
            guard let step = cursor.optionalInteger(), comma(), let stability = number(), comma(),
                  let difficulty = number(), comma(), let due = cursor.integer(), comma(),
                  let last = cursor.optionalInteger(), comma(), let ease = number(), comma(),
                  let interval = cursor.optionalInteger(), comma(), let reps = cursor.integer(), comma(),
                  let lapses = cursor.integer(), comma(), let seed = cursor.integer(), comma() else { return nil }
            row.timing.state = CardState(rawValue: Int(stateCode))
            row.timing.due = Instant(microsecondsSinceEpoch: due)
            row.timing.lastReview = last.map(Instant.init(microsecondsSinceEpoch:))
            (row.step, row.stability, row.difficulty, row.ease, row.interval) = (step, stability, difficulty, ease, interval)
            (row.reps, row.lapses, row.seed) = (reps, lapses, seed)
        }
        guard let scheduler = cursor.integer(), comma(),
              let deck = cursor.integer(), (0..<Int64(names)).contains(deck), comma(),
              let file = cursor.integer(), (0..<Int64(names)).contains(file), comma(),
              let suspended = cursor.integer(), comma(),
              let buried = cursor.optionalInteger(), cursor.take(UInt8(ascii: "]")) else { return nil }
        (row.scheduler, row.deck, row.file) = (scheduler, Int(deck), Int(file))
        row.timing.suspended = suspended == 1
        row.timing.buriedUntil = buried.map(Instant.init(microsecondsSinceEpoch:))
        return row
    }

    /// What counting needs of the row whose line starts at `start`, and the offset of the next
    /// line: the id, state, step, stability and difficulty, due and last review from the front,
    /// then the line's end (eight bytes at a time), then buried-until and suspended from the
    /// back. The fields between (ease to file) are not looked at: nil for a row in any other
    /// form, which the general reader then reads whole.
    static func countingRow(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, last: Bool) -> (id: Range<Int>, timing: CardTiming, next: Int)? {
        var cursor = PlainJSONCursor(bytes: bytes, index: start)
        func comma() -> Bool { cursor.take(UInt8(ascii: ",")) }
        guard cursor.take(UInt8(ascii: "[")), let id = cursor.stringBytes(), comma(),
              let stateCode = cursor.integer(), (0...3).contains(stateCode), comma() else { return nil }
        var timing = CardTiming(state: nil, due: Instant(microsecondsSinceEpoch: 0), lastReview: nil, suspended: false, buriedUntil: nil)
        if stateCode > 0 {
            guard cursor.skipOptionalNumber(), comma(), cursor.skipOptionalNumber(), comma(), cursor.skipOptionalNumber(), comma(),
                  let due = cursor.integer(), comma(), let last = cursor.optionalInteger(), comma() else { return nil }
            timing.state = CardState(rawValue: Int(stateCode))
            timing.due = Instant(microsecondsSinceEpoch: due)
            timing.lastReview = last.map(Instant.init(microsecondsSinceEpoch:))
        }
        // `…,suspended,buried]` then `,` unless last, then the newline.
        guard let newline = PlainJSONCursor.newline(in: bytes, from: cursor.index) else { return nil }
        var end = newline
        if !last {
            guard end > cursor.index, bytes[end - 1] == UInt8(ascii: ",") else { return nil }
            end -= 1
        }
        guard end > cursor.index, bytes[end - 1] == UInt8(ascii: "]"), let (buried, buriedStart) = backwardInteger(bytes, endingAt: end - 1, after: cursor.index),
              buriedStart > cursor.index, bytes[buriedStart - 1] == UInt8(ascii: ","),
              let (suspended, suspendedStart) = backwardInteger(bytes, endingAt: buriedStart - 1, after: cursor.index),
              let suspended, suspendedStart > cursor.index, bytes[suspendedStart - 1] == UInt8(ascii: ",") else { return nil }
        timing.suspended = suspended == 1
        timing.buriedUntil = buried.map(Instant.init(microsecondsSinceEpoch:))
        return (id, timing, newline + 1)
    }

    /// The integer or `null` that ends just before `end` (and starts after `floor`), and where it starts.
    private static func backwardInteger(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, after floor: Int) -> (Int64?, Int)? {
        if end - 4 > floor, bytes[end - 4] == UInt8(ascii: "n") {
            var cursor = PlainJSONCursor(bytes: bytes, index: end - 4)
            return cursor.null() ? (nil, end - 4) : nil
        }
        var start = end
        while start > floor + 1, bytes[start - 1] &- UInt8(ascii: "0") < 10 { start -= 1 }
        if start > floor + 1, bytes[start - 1] == UInt8(ascii: "-") { start -= 1 }
        var cursor = PlainJSONCursor(bytes: bytes, index: start)
        guard let value = cursor.integer(), cursor.index == end else { return nil }
        return (value, start)
    }

    /// The full progress of the row whose line starts at `start`: what `decode` makes of it.
    static func fullRow(in bytes: [UInt8], at start: Int, path: String, names: [String]) throws(ProgressError) -> CardProgress {
        let fast = bytes.withUnsafeBufferPointer { all -> CardProgress? in
            var cursor = PlainJSONCursor(bytes: all, index: start)
            return FastCardRow.read(&cursor, names: names)?.1
        }
        if let fast { return fast }
        // A row `decodeTable` took that the full reader does not (a number that is not one):
        // the general reader says what is wrong, with the line.
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
        var reader = Reader(bytes: bytes, path: path)
        reader.lineNumber = 1 + bytes[..<start].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return try reader.cardRow(start..<end, names: names, fast: false).1
    }
}

extension Snapshot.Reader {
    /// The card rows into a table; a row in another form than `encoded()` writes goes through
    /// the general reader, as in `read()`, and is kept whole.
    mutating func readTable(count: Int, names: [String]) throws(ProgressError) -> ProgressTable {
        var table = ProgressTable(source: bytes, path: path, names: names, capacity: count)
        for n in 0..<count {
            let last = n + 1 == count
            let start = position
            if let row = bytes.withUnsafeBufferPointer({ Snapshot.countingRow($0, from: start, last: last) }) {
                table.addRow(id: row.id, timing: row.timing, line: start)
                position = row.next
                lineNumber += 1
                continue
            }
            let range = try self.row(last: last)
            let (id, card) = try cardRow(range, names: names, fast: false)
            table.set(id, card)
        }
        return table
    }
}
