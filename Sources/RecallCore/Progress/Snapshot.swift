
/// `snapshot.json`: every card's state as of a point in the log, so that loading reads the
/// snapshot and replays only the log lines after it, instead of a million of them.
///
/// It is only a cache. It records, for each file of the log, how far it read and what the file
/// looked like (`LogFilePosition`), the largest `MergeKey` it covers, and the scheduler settings;
/// if any of that does not match, the state is rebuilt from the log. It is written whole and atomically
/// (temporary file, fsync, rename, fsync of the folder), at the end of a writing session.
///
/// The layout is one JSON document, one card per line, with positional arrays: it is read by
/// hand on every `recall due`, and arrays of numbers read far faster than keyed objects.
///
/// ```
/// {"recall":"snapshot","schema":2,"latest":1767258000000000,"settings":"…","coveredTime":1767258000000000,"coveredDevice":"k7f3q2mzab4c","coveredSeq":60,"logs":1,"names":2,"cards":1,"recent":1,
/// "logs":[
/// ["log/k7f3q2mzab4c.jsonl","k7f3q2mzab4c","2026-01-01T09:00:00+00:00",9120,61,60,9120,1767258000123456789,"3f1c09ab"]
/// ],
/// "names":[
/// ["AWS::VPC"],
/// ["Decks/vpc.md"]
/// ],
/// "cards":[
/// ["vpc-nat",2,null,3.17,5.3,1767603600000000,1767258000000000,null,null,3,0,-123456789,0,0,1,0,null]
/// ],
/// "recent":[
/// ["k7f3q2mzab4c:60",1767258000000000,"vpc-nat",0,2,3]
/// ]}
/// ```
///
/// A card row: id, state (0 for a card with no answers, else 1 learning, 2 review,
/// 3 relearning), step, stability, difficulty, due, last review, ease, interval, reps, lapses,
/// fuzz seed (as a signed 64-bit number), scheduler (0 fsrs, 1 sm2), deck and file (indexes into
/// `names`), suspended (0 or 1), buried until. Times are microseconds since 1970 UTC. A recent
/// answer: event id, time, card, deck, kind (0 new, 1 learning, 2 review), rating. A log row:
/// file, device, created, offset, lines, last seq, size, modified (ns), CRC-32 of the covered bytes.
public struct Snapshot: Sendable {
    public static let fileName = "snapshot.json"
    /// 2: a row per log file (schema 2 of the log), event ids in recent answers.
    public static let schema = 2

    /// How far each file of the log was read, in the order the loader lists them.
    public var logs: [LogFilePosition]
    /// The largest merge key of the events covered: a newly arrived event that sorts before it
    /// cannot simply follow the state (`LogMerge`); nil when no event is covered.
    public var covered: MergeKey?
    public var settings: String
    public var state: ProgressState

    public init(logs: [LogFilePosition], covered: MergeKey?, settings: String, state: ProgressState) {
        self.logs = logs
        self.covered = covered
        self.settings = settings
        self.state = state
    }

    // MARK: Writing

    public func encoded() -> [UInt8] {
        var names: [String] = []
        var nameIndex: [String: Int] = [:]
        func index(_ name: String) -> Int {
            if let found = nameIndex[name] { return found }
            names.append(name)
            nameIndex[name] = names.count - 1
            return names.count - 1
        }
        let ids = state.cards.keys.sorted()
        let recent = state.recentAnswers
        var rows = JSONWriter()
        rows.bytes.reserveCapacity(ids.count * 120 + recent.count * 60)
        rows.raw("\"cards\":[\n")
        for (n, id) in ids.enumerated() {
            let card = state.cards[id]!
            rows.raw("[")
            rows.string(id)
            rows.raw(",")
            if let s = card.schedule {
                rows.integer(s.state.rawValue)
                rows.raw(",")
                rows.optionalInteger(s.step)
                for value in [s.stability, s.difficulty] {
                    rows.raw(",")
                    rows.optionalNumber(value)
                }
                rows.raw(",")
                rows.integer(s.due.microseconds)
                rows.raw(",")
                rows.optionalInteger(s.lastReview?.microseconds)
                rows.raw(",")
                rows.optionalNumber(s.ease)
                rows.raw(",")
                rows.optionalInteger(s.interval)
                for value in [Int64(s.reps), Int64(s.lapses), Int64(bitPattern: s.fuzzSeed)] {
                    rows.raw(",")
                    rows.integer(value)
                }
            } else {
                rows.raw("0,null,null,null,null,null,null,null,0,0,0")
            }
            for value in [card.scheduler == .sm2 ? 1 : 0, index(card.deck), index(card.file), card.suspended ? 1 : 0] {
                rows.raw(",")
                rows.integer(value)
            }
            rows.raw(",")
            rows.optionalInteger(card.buriedUntil?.microseconds)
            rows.raw(n + 1 < ids.count ? "],\n" : "]\n")
        }
        rows.raw("],\n\"recent\":[\n")
        for (n, answer) in recent.enumerated() {
            rows.raw("[")
            rows.string(answer.id.description)
            rows.raw(",")
            rows.integer(answer.time.microseconds)
            rows.raw(",")
            rows.string(answer.card)
            for value in [index(answer.deck), answer.kind.rawValue, answer.rating.rawValue] {
                rows.raw(",")
                rows.integer(value)
            }
            rows.raw(n + 1 < recent.count ? "],\n" : "]\n")
        }
        rows.raw("]}\n")

        var out = JSONWriter()
        out.raw("{\"recall\":\"snapshot\",\"schema\":")
        out.integer(Self.schema)
        out.key("latest")
        out.optionalInteger(state.latestTime?.microseconds)
        out.field("settings", string: settings)
        if let covered {
            out.field("coveredTime", covered.time.microseconds)
            out.field("coveredDevice", string: covered.device)
            out.field("coveredSeq", covered.seq)
        }
        out.field("logs", logs.count)
        out.field("names", names.count)
        out.field("cards", ids.count)
        out.field("recent", recent.count)
        out.raw(",\n\"logs\":[\n")
        for (n, log) in logs.enumerated() {
            out.raw("[")
            out.string(log.file)
            out.raw(",")
            out.string(log.device)
            out.raw(",")
            out.instant(log.created)
            for value in [log.offset, log.lines, log.lastSeq, log.size] {
                out.raw(",")
                out.integer(value)
            }
            out.raw(",")
            out.integer(log.modified)
            out.raw(",")
            out.string(LineGuard.hex(log.checksum))
            out.raw(n + 1 < logs.count ? "],\n" : "]\n")
        }
        out.raw("],\n\"names\":[\n")
        for (n, name) in names.enumerated() {
            out.raw("[")
            out.string(name)
            out.raw(n + 1 < names.count ? "],\n" : "]\n")
        }
        out.raw("],\n")
        out.bytes += rows.bytes
        return out.bytes
    }

    // MARK: Reading

    /// The header fields, read before the rest so that an old or foreign snapshot is known early.
    public struct Header: Sendable {
        public var schema: Int
        var coveredTime: Int64?
        var coveredDevice: String?
        var coveredSeq: Int?
        var logs = 0
        var latest: Instant?
        var settings = ""
        var names = 0
        var cards = 0
        var recent = 0
    }

    /// Reads a snapshot. Anything unexpected is `.damaged` with the line; a newer schema is
    /// `.newerSchema`. An older schema gives nil: the loader rebuilds from the log, because a
    /// cache's migration is a rebuild.
    public static func decode(_ bytes: [UInt8], path: String) throws(ProgressError) -> Snapshot? {
        var reader = Reader(bytes: bytes, path: path)
        return try reader.read()?.0
    }

    /// One card row of `encoded()` (without its trailing comma), read with or without the fast path.
    static func cardRow(_ row: [UInt8], names: [String], fast: Bool) throws(ProgressError) -> (String, CardProgress) {
        try Reader(bytes: row, path: "row").cardRow(0..<row.count, names: names, fast: fast)
    }

    /// One recent-answer row (without its trailing comma), read with or without the fast path.
    static func recentRow(_ row: [UInt8], names: [String], fast: Bool) throws(ProgressError) -> RecentAnswer {
        if fast, let (answer, _) = (row + [0x0A]).withUnsafeBufferPointer({ FastCardRow.readRecentLine($0, from: 0, last: true, names: names) }) {
            return answer
        }
        return try Reader(bytes: row, path: "row").recentRow(0..<row.count, names: names)
    }

    struct Reader {
        let bytes: [UInt8]
        let path: String
        var position = 0
        var lineNumber = 0

        func damaged(_ reason: SnapshotProblem, line: Int? = nil) -> ProgressError {
            .damaged(file: path, line: line ?? lineNumber, reason: .snapshot(reason))
        }

        /// The next line without its `\n`; a file that ends before it is truncated.
        mutating func nextLine() throws(ProgressError) -> Range<Int> {
            guard position < bytes.count else {
                throw damaged(.truncated, line: lineNumber)
            }
            lineNumber += 1
            let start = position
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            guard end < bytes.count else { throw damaged(.endsMidLine) }
            position = end + 1
            return start..<end
        }

        mutating func expectLine(_ text: String) throws(ProgressError) {
            let range = try nextLine()
            guard bytes[range].elementsEqual(text.utf8) else {
                throw damaged(.expectedLine(text))
            }
        }

        /// A row: the line without a trailing comma, which every row but the last has.
        mutating func row(last: Bool) throws(ProgressError) -> Range<Int> {
            let range = try nextLine()
            let hasComma = range.upperBound > range.lowerBound && bytes[range.upperBound - 1] == UInt8(ascii: ",")
            guard hasComma != last else {
                throw damaged(last ? .expectedLastRow : .rowNoComma)
            }
            return range.lowerBound..<(range.upperBound - (hasComma ? 1 : 0))
        }

        /// The snapshot; with `intoTable`, its cards in a `ProgressTable` instead of the state's
        /// dictionary (see `Snapshot.decodeTable`).
        mutating func read(intoTable: Bool = false) throws(ProgressError) -> (Snapshot, ProgressTable?)? {
            if bytes.isEmpty { throw .damaged(file: path, line: nil, reason: .snapshot(.empty)) }
            let header = try readHeader()
            guard header.schema <= Snapshot.schema else {
                throw .newerSchema(file: path, schema: header.schema, supported: Snapshot.schema)
            }
            guard header.schema == Snapshot.schema else { return nil }
            // Each row is a line of its own, so no count is above the file's size: a damaged
            // count must not size an array (or a range) before a row is read.
            for (key, count) in [("logs", header.logs), ("names", header.names), ("cards", header.cards), ("recent", header.recent)]
            where count < 0 || count > bytes.count {
                throw damaged(.impossibleCount(key: key, count: count), line: 1)
            }
            try expectLine("\"logs\":[")
            var logs: [LogFilePosition] = []
            for n in 0..<header.logs {
                let range = try row(last: n + 1 == header.logs)
                logs.append(try logRow(range))
            }
            try expectLine("],")
            try expectLine("\"names\":[")
            var names: [String] = []
            names.reserveCapacity(header.names)
            for n in 0..<header.names {
                let range = try row(last: n + 1 == header.names)
                let line = lineNumber
                let name: Substring? = try elements(range) { index, value throws(ProgressError) in
                    guard index == 0, case .string(let s) = value else { throw damaged(.expectedName, line: line) }
                    return s
                }
                names.append(String(name ?? ""))
            }
            try expectLine("],")
            try expectLine("\"cards\":[")
            var cards: [String: CardProgress] = [:]
            let table = intoTable ? try readTable(count: header.cards, names: names) : nil
            if !intoTable { cards.reserveCapacity(header.cards) }
            for n in 0..<(intoTable ? 0 : header.cards) {
                let last = n + 1 == header.cards
                // Most rows are read in place, the line's end found by the row's own `]`.
                let start = position
                if let (id, card, end) = bytes.withUnsafeBufferPointer({ FastCardRow.readLine($0, from: start, last: last, names: names) }) {
                    cards[id] = card
                    position = end
                    lineNumber += 1
                    continue
                }
                let range = try row(last: last)
                let (id, card) = try cardRow(range, names: names, fast: false)
                cards[id] = card
            }
            try expectLine("],")
            try expectLine("\"recent\":[")
            var recent: [RecentAnswer] = []
            recent.reserveCapacity(header.recent)
            for n in 0..<header.recent {
                let last = n + 1 == header.recent
                let start = position
                if let (answer, end) = bytes.withUnsafeBufferPointer({ FastCardRow.readRecentLine($0, from: start, last: last, names: names) }) {
                    recent.append(answer)
                    position = end
                    lineNumber += 1
                    continue
                }
                let range = try row(last: last)
                recent.append(try recentRow(range, names: names))
            }
            try expectLine("]}")
            guard position == bytes.count else { throw damaged(.textAfterEnd, line: lineNumber + 1) }
            var frontier: [String: Int] = [:]
            for log in logs { frontier[log.device] = max(frontier[log.device] ?? 0, log.lastSeq) }
            frontier = frontier.filter { $0.value > 0 }
            let state = ProgressState(cards: cards, recent: recent, frontier: frontier, latestTime: header.latest)
            var covered: MergeKey?
            if let time = header.coveredTime, let device = header.coveredDevice, let seq = header.coveredSeq {
                covered = MergeKey(time: Instant(microsecondsSinceEpoch: time), device: device, seq: seq)
            }
            return (Snapshot(logs: logs, covered: covered, settings: header.settings, state: state), table)
        }

        mutating func readHeader() throws(ProgressError) -> Header {
            let range = try nextLine()
            var line = Array(bytes[range])
            guard line.last == UInt8(ascii: ",") else {
                throw damaged(.notHeader)
            }
            line[line.count - 1] = UInt8(ascii: "}")
            var header = Header(schema: 0)
            var kind: Substring?
            do throws(JSONFields.Failure) {
                try JSONFields.forEach(in: line[...]) { key, value in
                    switch (key, value) {
                    case ("recall", .string(let s)): kind = s
                    case ("schema", .integer(let n)): header.schema = Int(n)
                    case ("coveredTime", .integer(let n)): header.coveredTime = n
                    case ("coveredDevice", .string(let s)): header.coveredDevice = String(s)
                    case ("coveredSeq", .integer(let n)): header.coveredSeq = Int(exactly: n)
                    case ("logs", .integer(let n)): header.logs = Int(n)
                    case ("latest", .integer(let n)): header.latest = Instant(microsecondsSinceEpoch: n)
                    case ("settings", .string(let s)): header.settings = String(s)
                    case ("names", .integer(let n)): header.names = Int(n)
                    case ("cards", .integer(let n)): header.cards = Int(n)
                    case ("recent", .integer(let n)): header.recent = Int(n)
                    default: break
                    }
                }
            } catch {
                throw damaged(.headerNotJSON(error.problem))
            }
            guard kind == "snapshot" else { throw damaged(.notSnapshot) }
            guard header.schema >= 1 else { throw damaged(.noSchema) }
            guard header.names >= 0, header.cards >= 0, header.recent >= 0, header.logs >= 0 else {
                throw damaged(.negativeCount)
            }
            return header
        }

        /// Walks the elements of the array on `range`, handing each to `body`; returns the last result.
        func elements<T>(_ range: Range<Int>, _ body: (Int, JSONFields.Value) throws(ProgressError) -> T) throws(ProgressError) -> T? {
            var result: T?
            var failure: ProgressError?
            let parsed: JSONFields.Failure? = bytes.withUnsafeBufferPointer { all in
                do throws(JSONFields.Failure) {
                    try JSONFields.forEachElement(in: UnsafeBufferPointer(rebasing: all[range])) { index, value in
                        guard failure == nil else { return }
                        do throws(ProgressError) {
                            result = try body(index, value)
                        } catch {
                            failure = error
                        }
                    }
                    return nil
                } catch {
                    return error
                }
            }
            if let failure { throw failure }
            if let parsed { throw damaged(.notArray(parsed.problem)) }
            return result
        }

        /// `fast: false` skips `FastCardRow`, for the test that it agrees with the general reader.
        func cardRow(_ range: Range<Int>, names: [String], fast: Bool = true) throws(ProgressError) -> (String, CardProgress) {
            if fast, let row = bytes.withUnsafeBufferPointer({ FastCardRow.read(UnsafeBufferPointer(rebasing: $0[range]), names: names) }) {
                return row
            }
            var fields = RowFields(count: 17)
            _ = try elements(range) { index, value throws(ProgressError) in fields.set(index, value) }
            let line = lineNumber
            func fail(_ what: SnapshotProblem) -> ProgressError { damaged(what, line: line) }
            guard fields.count == 17, let id = fields.string(0) else { throw fail(.cardRowFields) }
            guard let stateCode = fields.int(1), (0...3).contains(stateCode) else { throw fail(.cardRowState) }
            guard let deck = fields.int(13), names.indices.contains(deck),
                  let file = fields.int(14), names.indices.contains(file) else { throw fail(.cardRowIndex) }
            var schedule: CardSchedule?
            if stateCode > 0 {
                guard let due = fields.int64(5), let reps = fields.int(9), let lapses = fields.int(10),
                      let seed = fields.int64(11) else { throw fail(.cardRowSchedule) }
                schedule = CardSchedule(
                    state: CardState(rawValue: stateCode)!, step: fields.int(2), stability: fields.double(3),
                    difficulty: fields.double(4), due: Instant(microsecondsSinceEpoch: due),
                    lastReview: fields.int64(6).map(Instant.init(microsecondsSinceEpoch:)), ease: fields.double(7),
                    interval: fields.int(8), reps: reps, lapses: lapses, fuzzSeed: UInt64(bitPattern: seed))
            }
            let card = CardProgress(schedule: schedule, scheduler: fields.int(12) == 1 ? .sm2 : .fsrs,
                                    deck: names[deck], file: names[file], suspended: fields.int(15) == 1,
                                    buriedUntil: fields.int64(16).map(Instant.init(microsecondsSinceEpoch:)))
            return (String(id), card)
        }

        func recentRow(_ range: Range<Int>, names: [String]) throws(ProgressError) -> RecentAnswer {
            var fields = RowFields(count: 6)
            _ = try elements(range) { index, value throws(ProgressError) in fields.set(index, value) }
            guard fields.count == 6, let idText = fields.string(0), let id = EventID(text: idText), let time = fields.int64(1), let card = fields.string(2),
                  let deck = fields.int(3), names.indices.contains(deck),
                  let kind = fields.int(4).flatMap(AnswerKind.init(rawValue:)),
                  let rating = fields.int(5).flatMap(Rating.init(rawValue:)) else {
                throw damaged(.recentRow)
            }
            return RecentAnswer(id: id, time: Instant(microsecondsSinceEpoch: time), card: String(card),
                                deck: names[deck], kind: kind, rating: rating)
        }

        /// A log row: file, device, created, offset, lines, last seq, size, modified, checksum.
        func logRow(_ range: Range<Int>) throws(ProgressError) -> LogFilePosition {
            var fields = RowFields(count: 9)
            _ = try elements(range) { index, value throws(ProgressError) in fields.set(index, value) }
            guard fields.count == 9, let file = fields.string(0), let device = fields.string(1),
                  let createdText = fields.string(2), let created = Instant(iso8601: String(createdText)),
                  let offset = fields.int(3), let lines = fields.int(4), let lastSeq = fields.int(5),
                  let size = fields.int(6), let modified = fields.int64(7),
                  let checksumText = fields.string(8), let checksum = LineGuard.parseHex(checksumText),
                  offset >= 0, lines >= 0, lastSeq >= 0, size >= 0 else {
                throw damaged(.logRow)
            }
            return LogFilePosition(file: String(file), device: String(device), created: created, offset: offset, lines: lines,
                                   lastSeq: lastSeq, size: size, modified: modified, checksum: checksum)
        }
    }

    /// Reads a card row (and a recent answer's) as `encoded()` writes it, without the general
    /// JSON reader: about four times faster, which is most of `recall due`'s time. Anything unusual (escapes, spaces,
    /// a bad value) gives nil, and the general reader, with its messages, takes over.
    enum FastCardRow {
        static func read(_ row: UnsafeBufferPointer<UInt8>, names: [String]) -> (String, CardProgress)? {
            var cursor = PlainJSONCursor(bytes: row)
            guard let (id, card) = read(&cursor, names: names), cursor.atEnd else { return nil }
            return (id, card)
        }

        /// The row that starts at `start` in the whole file, and the offset after its line: the
        /// row, then `,\n` (or `\n` for the last row) and nothing else, so that no separate pass
        /// looks for the line's end.
        static func readLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, last: Bool,
                             names: [String]) -> (String, CardProgress, Int)? {
            var cursor = PlainJSONCursor(bytes: bytes, index: start)
            guard let (id, card) = read(&cursor, names: names),
                  last || cursor.take(UInt8(ascii: ",")), cursor.take(0x0A) else { return nil }
            return (id, card, cursor.index)
        }

        /// A recent answer's row in place, as `readLine` reads a card row.
        static func readRecentLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, last: Bool,
                                   names: [String]) -> (RecentAnswer, Int)? {
            var cursor = PlainJSONCursor(bytes: bytes, index: start)
            guard cursor.take(UInt8(ascii: "[")), let idText = cursor.string(), let id = EventID(text: idText), cursor.take(UInt8(ascii: ",")),
                  let time = cursor.integer(), cursor.take(UInt8(ascii: ",")),
                  let card = cursor.string(), cursor.take(UInt8(ascii: ",")),
                  let deck = cursor.integer(), names.indices.contains(Int(deck)), cursor.take(UInt8(ascii: ",")),
                  let kind = cursor.integer().flatMap({ AnswerKind(rawValue: Int($0)) }), cursor.take(UInt8(ascii: ",")),
                  let rating = cursor.integer().flatMap({ Rating(rawValue: Int($0)) }), cursor.take(UInt8(ascii: "]")),
                  last || cursor.take(UInt8(ascii: ",")), cursor.take(0x0A) else { return nil }
            return (RecentAnswer(id: id, time: Instant(microsecondsSinceEpoch: time), card: card, deck: names[Int(deck)],
                                 kind: kind, rating: rating), cursor.index)
        }

        /// One row from the cursor's place up to and including its `]` (`Snapshot.scanRow`).
        static func read(_ cursor: inout PlainJSONCursor, names: [String]) -> (String, CardProgress)? {
            guard let row = Snapshot.scanRow(&cursor, names: names.count) else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: cursor.bytes[row.id]), as: UTF8.self), row.progress(names: names))
        }
    }

    /// The values of one positional row.
    private struct RowFields {
        var values: [JSONFields.Value]
        var count = 0

        init(count: Int) { values = Array(repeating: .null, count: count) }

        mutating func set(_ index: Int, _ value: JSONFields.Value) {
            if index < values.count { values[index] = value }
            count = index + 1
        }

        func string(_ i: Int) -> Substring? { if case .string(let s) = values[i] { return s } else { return nil } }
        func int64(_ i: Int) -> Int64? { if case .integer(let n) = values[i] { return n } else { return nil } }
        func int(_ i: Int) -> Int? { int64(i).flatMap { Int(exactly: $0) } }

        func double(_ i: Int) -> Double? {
            switch values[i] {
            case .number(let d): return d
            case .integer(let n): return Double(n)
            default: return nil
            }
        }
    }
}

public extension JSONWriter {
    mutating func optionalInteger(_ value: (some BinaryInteger)?) {
        if let value { integer(value) } else { raw("null") }
    }

    mutating func optionalNumber(_ value: Double?) {
        if let value { number(value) } else { raw("null") }
    }
}
