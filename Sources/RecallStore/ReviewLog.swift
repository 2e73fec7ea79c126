import RecallCore

/// One file of the review log, the files whose loss would lose a learner's history: in schema 2
/// (docs/design/log-schema-2.md) `log/<device>.jsonl`, one per machine; in schema 1 the single
/// `reviews.jsonl`, which schema 2 replaces by a stub that older recalls refuse.
///
/// The first line is a header, `{"recall":"review-log","schema":2,"device":"…","created":"…","crc":"…"}`,
/// so that a foreign file or one of an unknown schema is recognised before anything is read as a
/// review. Every other line is one `LogEntry`; in schema 2 every line, the header too, ends with
/// its guard (`LineGuard`), so a line changed after it was written is caught when read. Lines are
/// only ever appended, each with one `write` of the whole line and its `\n`, then `fdatasync`: a
/// crash can tear only the last line, and a line without its `\n` was never acknowledged.
/// Reading drops such a torn last line with a warning; a bad line anywhere else is damage, and
/// reading refuses.
public enum ReviewLog {
    public static let schema = 2
    public static let fileName = "reviews.jsonl"
    /// Where a migration keeps the schema-1 log, byte for byte.
    public static let schema1FileName = "reviews.schema1.jsonl"
    /// The folder of device files, inside the data folder.
    public static let folderName = "log"

    public struct Header: Hashable, Sendable {
        public var schema: Int
        public var created: Instant
        /// The device whose file this is (schema 2); empty for schema 1 and for the stub.
        public var device: String = ""
        /// Set in the stub that replaces `reviews.jsonl` in schema 2: where the log went.
        public var moved: String?
        /// In a file made by migration: the schema-1 log's size and checksum, so that a migration
        /// cut short by a crash is finished only if that log is still the one it copied.
        public var migratedFrom: (size: Int, checksum: UInt32)?

        public static func == (a: Header, b: Header) -> Bool {
            a.schema == b.schema && a.created == b.created && a.device == b.device && a.moved == b.moved
                && a.migratedFrom?.size == b.migratedFrom?.size && a.migratedFrom?.checksum == b.migratedFrom?.checksum
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(schema)
            hasher.combine(created)
            hasher.combine(device)
        }
    }

    /// A last line that was never finished: dropped from what is read, never from the file.
    public struct TornLine: Hashable, Sendable {
        public var line: Int
        public var offset: Int
        public var length: Int
        /// Why it counts as torn: no newline, or it does not parse.
        public var cause: TornLineMessage
        /// `cause` in English.
        public var reason: String { cause.english }
    }

    /// What `read` found beyond the entries it handed over.
    public struct ReadResult: Hashable, Sendable {
        public var header: Header
        /// Byte offset just after the last complete, valid line: where the next append goes.
        public var endOffset: Int
        /// Line number of the last complete line (the header is line 1).
        public var lineCount: Int
        public var lastSeq: Int
        public var torn: TornLine?
        /// Lines that repeat the line before them byte for byte: read once, skipped the second time.
        public var repeats: [RepeatedLine] = []
        /// CRC-32 of the file's bytes up to `endOffset`: what a snapshot records to check later,
        /// without parsing, that this part did not change.
        public var checksum: UInt32 = 0
    }

    /// A line that is an exact copy of the line before it, as a sync tool or a careless `cat`
    /// leaves when it appends the last line twice. The one rule for every reader and writer: the
    /// copy counts once (its answer is the same answer), it is reported, and `doctor --repair`
    /// drops it, keeping the first.
    public struct RepeatedLine: Hashable, Sendable {
        public var line: Int
        public var original: Int

        public func warning(_ path: String) -> StoreWarningMessage {
            .repeatedLine(path: path, line: line, original: original)
        }
    }

    /// A device file's header line, sealed.
    public static func headerLine(device: String, created: Instant, migratedFrom: (size: Int, checksum: UInt32)? = nil) -> [UInt8] {
        var out = JSONWriter()
        out.raw("{\"recall\":\"review-log\",\"schema\":")
        out.integer(schema)
        out.field("device", string: device)
        out.field("created", instant: created)
        if let migratedFrom {
            out.field("migratedSize", migratedFrom.size)
            out.field("migratedChecksum", string: LineGuard.hex(migratedFrom.checksum))
        }
        LineGuard.seal(&out.bytes)
        return out.bytes
    }

    /// The schema-1 header, for tests and fixtures that make old logs.
    public static func schema1HeaderLine(created: Instant) -> [UInt8] {
        var out = JSONWriter()
        out.raw("{\"recall\":\"review-log\",\"schema\":1,\"created\":")
        out.instant(created)
        out.raw("}\n")
        return out.bytes
    }

    /// What `reviews.jsonl` holds in schema 2: a header that says where the log went, so that an
    /// older recall refuses ("written by a newer recall") instead of starting a second history.
    public static func stubLine(created: Instant) -> [UInt8] {
        var out = JSONWriter()
        out.raw("{\"recall\":\"review-log\",\"schema\":")
        out.integer(schema)
        out.field("created", instant: created)
        out.field("moved", string: folderName + "/")
        LineGuard.seal(&out.bytes)
        return out.bytes
    }

    /// Creates a file with just `header`, atomically, so that it is never seen half-made.
    public static func create(_ path: String, header: [UInt8]) throws(ProgressError) {
        do {
            try AtomicFile.replace(path, with: header)
        } catch {
            throw .io(file: path, reason: error.reason)
        }
    }

    /// Reads the header: the first line must be a review-log header of a schema we know.
    public static func readHeader(_ path: String) throws(ProgressError) -> (Header, endOffset: Int) {
        let file = try ReadableFile(path)
        defer { file.close() }
        let head = try file.read(at: 0, count: 4096)
        if head.isEmpty { throw .damaged(file: path, line: nil, reason: .emptyLog) }
        guard let newline = head.firstIndex(of: 0x0A) else {
            throw .damaged(file: path, line: 1, reason: head.count == 4096 ? .headerTooLong : .headerIncomplete)
        }
        let header = try parseHeader(head[..<newline], path: path)
        return (header, newline + 1)
    }

    static func parseHeader(_ bytes: ArraySlice<UInt8>, path: String) throws(ProgressError) -> Header {
        var kind: Substring?
        var schema: Int64?
        var created: Instant?
        var device: Substring?
        var moved: Substring?
        var migratedSize: Int64?
        var migratedChecksum: UInt32?
        do throws(JSONFields.Failure) {
            try JSONFields.forEach(in: bytes) { key, value in
                switch (key, value) {
                case ("recall", .string(let s)): kind = s
                case ("schema", .integer(let n)): schema = n
                case ("created", .string(let s)): created = Instant(iso8601: String(s))
                case ("device", .string(let s)): device = s
                case ("moved", .string(let s)): moved = s
                case ("migratedSize", .integer(let n)): migratedSize = n
                case ("migratedChecksum", .string(let s)): migratedChecksum = LineGuard.parseHex(s)
                default: break
                }
            }
        } catch {
            throw .damaged(file: path, line: 1, reason: .headerNotJSON(error.problem, byte: error.offset + 1))
        }
        guard kind == "review-log" else {
            throw .damaged(file: path, line: 1, reason: .notReviewLog)
        }
        guard let schema, let version = Int(exactly: schema), version >= 1 else {
            throw .damaged(file: path, line: 1, reason: .headerNoSchema)
        }
        guard version <= Self.schema else {
            throw .newerSchema(file: path, schema: version, supported: Self.schema)
        }
        guard let created else { throw .damaged(file: path, line: 1, reason: .headerNoCreated) }
        var header = Header(schema: version, created: created)
        guard version >= 2 else { return header }
        if let problem = bytes.withUnsafeBufferPointer({ LineGuard.problem(in: $0) }) {
            throw .damaged(file: path, line: 1, reason: .headerGuard(problem))
        }
        header.moved = moved.map(String.init)
        if let device {
            guard DeviceID.isValid(String(device)) else {
                throw .damaged(file: path, line: 1, reason: .headerBadDevice)
            }
            header.device = String(device)
        } else if moved == nil {
            throw .damaged(file: path, line: 1, reason: .headerNoDevice)
        }
        if let migratedSize, let size = Int(exactly: migratedSize), let migratedChecksum {
            header.migratedFrom = (size, migratedChecksum)
        }
        return header
    }

    /// Reads entries from `offset` (just after the header when nil), calling `body` with each
    /// and the byte offset after its line. `firstLine` and `previousSeq` describe what came
    /// before `offset`, for line numbers in messages and for the check that `seq` increases.
    /// `limit` stops reading at that byte offset: a reader comparing two views of a log that a
    /// writer is appending to reads both up to the same place. `checksum` is the CRC-32 of the
    /// bytes before `offset` (the result's continues it); for a read from the start it is the
    /// header's. In schema 2 every line is checked against its guard, and entries get the
    /// header's device.
    public static func read(_ path: String, from offset: Int? = nil, firstLine: Int = 2, previousSeq: Int = 0, upTo limit: Int? = nil,
                            checksum: UInt32? = 0,
                            _ body: (LogEntry, _ endOffset: Int) throws(ProgressError) -> Void) throws(ProgressError) -> ReadResult {
        let (header, headerEnd) = try readHeader(path)
        let file = try ReadableFile(path)
        defer { file.close() }
        let guarded = header.schema >= 2
        // nil: no running checksum (a reader that keeps no position, as `recall log`).
        var crc: UInt32? = checksum == nil ? nil : offset == nil ? CRC32.checksum(try file.read(at: 0, count: headerEnd)) : checksum
        let newline: [UInt8] = [0x0A]
        func covered(_ line: UnsafeBufferPointer<UInt8>) {
            guard let running = crc else { return }
            crc = newline.withUnsafeBufferPointer { CRC32.update(CRC32.update(running, buffer: line), buffer: $0) }
        }
        var lineNumber = firstLine
        var lastSeq = previousSeq
        var endOffset = offset ?? headerEnd
        // A line that did not parse: damage if another line follows, torn if it is the last.
        var pendingFailure: (line: Int, offset: Int, length: Int, problem: LineProblem)?
        var torn: TornLine?
        var repeats: [RepeatedLine] = []
        var previous: (line: Int, offset: Int, length: Int)?
        try file.forEachLine(from: endOffset, upTo: limit) { (line, lineOffset, complete) throws(ProgressError) in
            if let failure = pendingFailure {
                throw .damaged(file: path, line: failure.line, reason: .line(failure.problem))
            }
            defer { lineNumber += 1 }
            guard complete else {
                torn = TornLine(line: lineNumber, offset: lineOffset, length: line.count, cause: .noNewline)
                return
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                endOffset = lineOffset + line.count + 1
                covered(line)
                return
            }
            let parsed = LogEntry.parse(line)
            if guarded, let problem = LineGuard.problem(in: line) {
                // A line that reads as an entry but fails its guard was changed after it was
                // written: damage, even as the last line. Garbage that is no entry at all (a
                // crash can leave zeros at the end) is torn when it is the last line, as before.
                if case .success = parsed { throw .damaged(file: path, line: lineNumber, reason: .line(problem)) }
            }
            switch parsed {
            case .success(var entry):
                entry.device = header.device
                if entry.seq == lastSeq, previous == nil, lineOffset > headerEnd,
                   let before = try file.lineEnding(at: lineOffset) {
                    previous = (lineNumber - 1, before.offset, before.length)  // read from a snapshot's offset
                }
                if entry.seq == lastSeq, let original = previous,
                   try file.repeats(original.offset, original.length, line) {
                    repeats.append(RepeatedLine(line: lineNumber, original: original.line))
                    endOffset = lineOffset + line.count + 1
                    covered(line)
                    return
                }
                guard entry.seq > lastSeq else {
                    throw .damaged(file: path, line: lineNumber,
                                   reason: .seqOutOfOrder(seq: entry.seq, after: lastSeq))
                }
                lastSeq = entry.seq
                endOffset = lineOffset + line.count + 1
                covered(line)
                previous = (lineNumber, lineOffset, line.count)
                try body(entry, endOffset)
            case .failure(let error):
                pendingFailure = (lineNumber, lineOffset, line.count + 1, error.problem)
            }
        }
        if let failure = pendingFailure {
            torn = TornLine(line: failure.line, offset: failure.offset, length: failure.length,
                            cause: .invalidEntry(.line(failure.problem)))
        }
        let lineCount = (torn?.line ?? lineNumber) - 1
        return ReadResult(header: header, endOffset: endOffset, lineCount: lineCount, lastSeq: lastSeq, torn: torn,
                          repeats: repeats, checksum: crc ?? 0)
    }

    /// The ids of the reviews that undo lines take back. Only lines that mention "undo" are
    /// parsed, and they are found by searching whole blocks of `blockSize` bytes, not line by
    /// line (splitting a million lines was most of this pre-pass, and a tenth of `recall log`).
    /// A schema-1 undo names a bare seq, whose device is the file's: `device`. A last line
    /// without its newline is not read, as no reader takes it.
    public static func undoneIDs(_ path: String, blockSize: Int = 1 << 20) throws(ProgressError) -> Set<EventID> {
        let file = try ReadableFile(path)
        defer { file.close() }
        // The key every undo line has, in either schema: longer than `"undo"`, so the search skips further.
        let needle = Array("\"undoes\"".utf8)
        var undone = Set<EventID>()
        var block: [UInt8] = []  // whole lines, then the start of the next one
        var offset = 0
        while true {
            let part = try file.read(at: offset, count: max(blockSize, 1))
            if part.isEmpty { break }
            offset += part.count
            block += part
            guard let lastNewline = block.lastIndex(of: 0x0A) else { continue }
            block.withUnsafeBufferPointer { all in
                var start = 0
                while start < lastNewline, let found = find(needle, in: UnsafeBufferPointer(rebasing: all[start..<lastNewline])) {
                    let hit = start + found
                    let lineStart = all[..<hit].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                    let lineEnd = all[hit...lastNewline].firstIndex(of: 0x0A) ?? lastNewline
                    if case .success(let entry) = LogEntry.parse(UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])),
                       case .undo(let id) = entry.event {
                        undone.insert(id)
                    }
                    start = lineEnd + 1
                }
            }
            block.removeSubrange(...lastNewline)
        }
        return undone
    }

    /// CRC-32 of the file's first `count` bytes, read 1 MiB at a time; nil when it is shorter.
    public static func checksum(_ path: String, upTo count: Int) throws(ProgressError) -> UInt32? {
        let file = try ReadableFile(path)
        defer { file.close() }
        var crc: UInt32 = 0
        var done = 0
        while done < count {
            let part = try file.read(at: done, count: min(1 << 20, count - done))
            if part.isEmpty { return nil }
            crc = part.withUnsafeBufferPointer { CRC32.update(crc, buffer: $0) }
            done += part.count
        }
        return crc
    }

    /// Whether `needle` is in `haystack` (`find`).
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        find(needle, in: haystack) != nil
    }

    /// Returns where `needle` first starts in `haystack`. Horspool's search: the window moves on
    /// by how far its last byte is from that byte's last place in the needle, so most bytes are
    /// never looked at. `memchr` for the needle's first byte, a quote, stopped at every quote
    /// of a million lines (some twenty each), and `memmem` is not in Glibc's Swift module.
    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        let length = needle.count
        guard let base = haystack.baseAddress, length > 0, haystack.count >= length else { return nil }
        var shift = [Int](repeating: length, count: 256)
        for index in 0..<length - 1 { shift[Int(needle[index])] = length - 1 - index }
        let lastByte = needle[length - 1]
        return shift.withUnsafeBufferPointer { shift -> Int? in
            needle.withUnsafeBufferPointer { needle -> Int? in
                var start = 0
                let last = haystack.count - length
                while start <= last {
                    let byte = base[start + length - 1]
                    if byte == lastByte {
                        var matched = length - 1  // compared from the end, in place (a call per quote cost more)
                        while matched > 0, base[start + matched - 1] == needle[matched - 1] { matched -= 1 }
                        if matched == 0 { return start }
                    }
                    start += shift[Int(byte)]
                }
                return nil
            }
        }
    }

    /// What `scan` found: everything wrong with a log, instead of stopping at the first problem.
    public struct ScanReport: Sendable {
        /// Nil when the first line is a valid header.
        public var headerProblem: ProgressError?
        public var header: Header?
        /// Lines that are not valid entries, or whose seq does not increase: (line, what is wrong).
        public var badLines: [(line: Int, problem: LogProblem)] = []
        public var torn: TornLine?
        public var repeats: [RepeatedLine] = []
        public var entries = 0
        public var lastSeq = 0
        public var lines = 0
        /// Byte offset just after the last complete line read.
        public var endOffset = 0
    }

    /// Reads the whole log tolerantly, for `recall doctor`: `body` gets every valid entry with
    /// its original bytes (without the newline); problems are collected, not thrown. A newer
    /// schema is still refused, since its lines cannot be judged.
    public static func scan(_ path: String, _ body: (LogEntry, UnsafeBufferPointer<UInt8>) throws(ProgressError) -> Void) throws(ProgressError) -> ScanReport {
        var report = ScanReport()
        var start = 0
        do {
            let (header, end) = try readHeader(path)
            report.header = header
            start = end
        } catch {
            if case .newerSchema = error { throw error }
            if case .io = error { throw error }
            report.headerProblem = error
        }
        let file = try ReadableFile(path)
        defer { file.close() }
        var lineNumber = start == 0 ? 1 : 2
        var pendingBad: (line: Int, offset: Int, length: Int, problem: LogProblem)?
        var previous: (line: Int, offset: Int, length: Int)?
        try file.forEachLine(from: start) { (line, offset, complete) throws(ProgressError) in
            defer { lineNumber += 1 }
            if let bad = pendingBad {
                report.badLines.append((bad.line, bad.problem))
                pendingBad = nil
            }
            guard complete else {
                report.torn = TornLine(line: lineNumber, offset: offset, length: line.count, cause: .noNewline)
                return
            }
            report.lines = lineNumber
            report.endOffset = offset + line.count + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
            let parsed = LogEntry.parse(line)
            if let header = report.header, header.schema >= 2, case .success = parsed, let problem = LineGuard.problem(in: line) {
                report.badLines.append((lineNumber, .line(problem)))  // an entry changed after it was written: not torn
                return
            }
            switch parsed {
            case .success(var entry):
                entry.device = report.header?.device ?? ""
                if entry.seq == report.lastSeq, let original = previous, try file.repeats(original.offset, original.length, line) {
                    report.repeats.append(RepeatedLine(line: lineNumber, original: original.line))
                    return
                }
                guard entry.seq > report.lastSeq else {
                    pendingBad = (lineNumber, offset, line.count + 1, .seqNotAfter(seq: entry.seq, after: report.lastSeq))
                    return
                }
                report.lastSeq = entry.seq
                report.entries += 1
                previous = (lineNumber, offset, line.count)
                try body(entry, line)
            case .failure(let error):
                // The header line of a log without a valid header is reported once, as the header.
                if lineNumber == 1, report.headerProblem != nil { return }
                pendingBad = (lineNumber, offset, line.count + 1, .line(error.problem))
            }
        }
        if let bad = pendingBad {
            report.torn = TornLine(line: bad.line, offset: bad.offset, length: bad.length, cause: .invalidEntry(bad.problem))
            report.lines = bad.line - 1
        }
        return report
    }

    /// Every entry at once; for tests and small logs.
    public static func readAll(_ path: String) throws(ProgressError) -> ([LogEntry], ReadResult) {
        var entries: [LogEntry] = []
        let result = try read(path) { entry, _ in entries.append(entry) }
        return (entries, result)
    }

    /// The `seq` of the complete line that ends exactly at `offset`, if there is one: how a
    /// snapshot checks that the log it was made from is still the same log.
    public static func seq(endingAt offset: Int, in path: String) throws(ProgressError) -> Int? {
        guard offset > 0 else { return nil }
        let file = try ReadableFile(path)
        defer { file.close() }
        guard let line = try file.lineEnding(at: offset) else { return nil }
        let parsed = try file.read(at: line.offset, count: line.length).withUnsafeBufferPointer { LogEntry.parse($0) }
        if case .success(let entry) = parsed { return entry.seq }
        return nil
    }
}

/// Appends entries to the log: one `write` of the whole line, then `fdatasync`, then return.
/// Returning is the acknowledgement: the caller may show the next card.
///
/// A failed write or sync leaves bytes that were never acknowledged; they are cut off again (and
/// the cut made durable), so the next line follows the last acknowledged one. When even that
/// fails, where the log ends on disk is unknown, and the appender refuses every later write.
public final class LogAppender {
    public let path: String
    private let fd: Int32
    /// The file's size after the last complete line; a failed write is cut back to it.
    public private(set) var size: Int
    private let sync: FileSync
    /// Why this appender writes no more, once a failed write could not be undone.
    public private(set) var refusal: IOProblem?

    public init(path: String, sync: FileSync = .data) throws(ProgressError) {
        self.path = path
        self.sync = sync
        fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw .io(file: path, reason: .cannotOpenForAppending(system: errnoText())) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = errnoText()
            closeDescriptor(fd)
            throw .io(file: path, reason: .cannotReadSize(system: reason))
        }
        size = Int(info.st_size)
    }

    deinit { closeDescriptor(fd) }

    /// Another process appended: the file now ends at `size` (after its last complete line),
    /// which is what a failed write is cut back to.
    public func resync(size: Int) {
        self.size = size
    }

    /// Writes the bytes (whole lines) and makes them durable before returning.
    public func append(_ bytes: [UInt8]) throws(ProgressError) {
        try checkWritable()
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { raw in write(fd, raw.baseAddress! + written, raw.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw undo(.cannotAppend(system: errnoText()))
            }
            written += result
        }
        guard sync.call(fd) == 0 else {
            throw undo(.answerNotDurable(system: errnoText()))
        }
        size += bytes.count
    }

    /// Throws the refusal once a failed write could not be undone.
    public func checkWritable() throws(ProgressError) {
        if let refusal { throw .io(file: path, reason: refusal) }
    }

    /// Cuts off what a failed write left after the last acknowledged line and makes the cut
    /// durable, so that the next line does not follow an unacknowledged one. When that fails
    /// too, every later write is refused. Returns the error to throw for the failed write.
    private func undo(_ failure: IOProblem) -> ProgressError {
        if ftruncate(fd, off_t(size)) == 0, sync.call(fd) == 0 {
            return .io(file: path, reason: .answerNotSaved(failure))
        }
        let reason = errnoText()
        refusal = .writesRefused(system: reason)
        return .io(file: path, reason: .answerMaybeSaved(failure, system: reason))
    }

    /// Cuts the file back to `length` bytes (used once, to drop a torn last line after setting it aside).
    func truncate(to length: Int) throws(ProgressError) {
        try checkWritable()
        guard ftruncate(fd, off_t(length)) == 0, sync.call(fd) == 0 else {
            throw .io(file: path, reason: .cannotCutTornLine(system: errnoText()))
        }
        size = length
    }
}

/// A file opened for reading with `pread`, so a reader never disturbs a writer's offset.
struct ReadableFile {
    let path: String
    let fd: Int32

    init(_ path: String) throws(ProgressError) {
        self.path = path
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(file: path, reason: .cannotOpen(system: errnoText())) }
    }

    func close() { closeDescriptor(fd) }

    var size: Int {
        var info = stat()
        return fstat(fd, &info) == 0 ? Int(info.st_size) : 0
    }

    /// The size and the modification time in nanoseconds: whether a file changed since a
    /// snapshot looked at it, without reading it.
    var status: (size: Int, modified: Int64) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return (0, 0) }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return (Int(info.st_size), Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }

    /// Up to `count` bytes at `offset`; fewer only at the end of the file.
    func read(at offset: Int, count: Int) throws(ProgressError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let result = bytes.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + filled, count - filled, off_t(offset + filled))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw .io(file: path, reason: .cannotRead(system: errnoText()))
            }
            if result == 0 { break }
            filled += result
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Where the line that ends just before `end` (at its `\n`) starts, and its length without the `\n`.
    func lineEnding(at end: Int) throws(ProgressError) -> (offset: Int, length: Int)? {
        let start = max(0, end - 64 * 1024)
        let bytes = try read(at: start, count: end - start)
        guard bytes.count == end - start, bytes.last == 0x0A else { return nil }
        let body = bytes.dropLast()
        let lineStart = (body.lastIndex(of: 0x0A).map { $0 + 1 }) ?? body.startIndex
        guard lineStart > 0 || start == 0 else { return nil }
        return (start + lineStart, body.endIndex - lineStart)
    }

    /// Whether the `length` bytes at `offset` are exactly `line`: how a repeated line is told
    /// from a different one with the same seq (rare, so the earlier line is read again).
    func repeats(_ offset: Int, _ length: Int, _ line: UnsafeBufferPointer<UInt8>) throws(ProgressError) -> Bool {
        guard length == line.count else { return false }
        return try read(at: offset, count: length).elementsEqual(line)
    }

    /// Calls `body` with each line from `offset` on (without its `\n`), the line's offset, and
    /// whether it ended with `\n`: only the last line can lack one. Reads 1 MiB at a time.
    func forEachLine(from offset: Int, upTo limit: Int? = nil,
                     _ body: (UnsafeBufferPointer<UInt8>, Int, Bool) throws(ProgressError) -> Void) throws(ProgressError) {
        var position = offset
        try LineScanner.forEachLine(read: { (into, count) throws(ProgressError) -> Int in
            while true {
                let result = pread(fd, into, limit.map { max(0, min(count, $0 - position)) } ?? count, off_t(position))
                if result < 0 {
                    if errno == EINTR { continue }
                    throw .io(file: path, reason: .cannotRead(system: errnoText()))
                }
                position += result
                return result
            }
        }) { (line, lineOffset, complete) throws(ProgressError) -> Bool in
            try body(UnsafeBufferPointer(rebasing: line), offset + lineOffset, complete)
            return true
        }
    }

    static func status(of path: String) throws(ProgressError) -> (size: Int, modified: Int64) {
        let file = try ReadableFile(path)
        defer { file.close() }
        return file.status
    }

    static func size(of path: String) throws(ProgressError) -> Int {
        let file = try ReadableFile(path)
        defer { file.close() }
        return file.size
    }

    /// The bytes from `offset` to the end.
    static func contents(_ path: String, from offset: Int) throws(ProgressError) -> [UInt8] {
        let file = try ReadableFile(path)
        defer { file.close() }
        return try file.read(at: offset, count: max(0, file.size - offset))
    }

    /// The whole file.
    func readAll() throws(ProgressError) -> [UInt8] {
        // One read of the size fstat gives (plus one byte, to see a file that grew meanwhile).
        var result = try read(at: 0, count: size + 1)
        while true {
            let part = try read(at: result.count, count: 1 << 20)
            if part.isEmpty { return result }
            result += part
        }
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }

/// `close(2)`, under a name that a type's own `close()` cannot shadow.
func closeDescriptor(_ fd: Int32) {
    _ = close(fd)
}

