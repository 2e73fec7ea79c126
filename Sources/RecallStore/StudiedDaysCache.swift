import RecallCore

/// `studied.txt` in the data folder: the quarter-hours with an answer (`StudiedTimes`) and the
/// end of the log they cover, so that the home screen's streak reads only the log after that
/// end instead of the whole log (a 200 MB log took about a second). A cache like the snapshot:
/// rebuilt from the log when it is missing, damaged or made from another log; never needed.
///
/// Format, two lines of ASCII numbers:
/// `recall-studied 1 <log created, µs> <offset> <lines> <last seq>` then the quarters, space-separated.
public enum StudiedDaysCache {
    public static let fileName = "studied.txt"
    static let magic = "recall-studied 1"

    struct Cached {
        var created: Int64
        var offset: Int
        var lines: Int
        var lastSeq: Int
        var times: StudiedTimes
    }

    /// The study days with an answer, for the streak. Reads the cache and the log after it,
    /// and saves the cache again when the log had grown. A damaged log gives what could be read
    /// (it was already reported when the store opened).
    public static func studiedDays(folder: String, rolloverHour: Int, utcOffset: @escaping StudyDay.UTCOffset) -> Set<Int64> {
        let logPath = DataFolder.logPath(folder)
        guard (try? DataFolder.exists(logPath)) == true, let (header, headerEnd) = try? ReviewLog.readHeader(logPath) else { return [] }
        let path = DataFolder.join(folder, fileName)
        var cached = read(path).flatMap { cached -> Cached? in
            guard cached.created == header.created.microseconds, let size = try? ReadableFile.size(of: logPath),
                  size >= cached.offset else { return nil }
            if cached.lastSeq > 0, (try? ReviewLog.seq(endingAt: cached.offset, in: logPath)) != cached.lastSeq { return nil }
            return cached
        } ?? Cached(created: header.created.microseconds, offset: headerEnd, lines: 1, lastSeq: 0, times: StudiedTimes())
        var times = cached.times
        let result = try? ReviewLog.read(logPath, from: cached.offset, firstLine: cached.lines + 1, previousSeq: cached.lastSeq) { entry, _ in
            if case .review = entry.event { times.insert(entry.time) }
        }
        if let result, result.endOffset != cached.offset {
            cached = Cached(created: cached.created, offset: result.endOffset, lines: result.lineCount, lastSeq: result.lastSeq, times: times)
            try? AtomicFile.replace(path, with: encode(cached))
        }
        return times.days(rolloverHour: rolloverHour, utcOffset: utcOffset)
    }

    static func encode(_ cached: Cached) -> [UInt8] {
        let head = "\(magic) \(cached.created) \(cached.offset) \(cached.lines) \(cached.lastSeq)\n"
        return Array((head + cached.times.quarters.sorted().map(String.init).joined(separator: " ") + "\n").utf8)
    }

    /// Nil when the file is missing or is not what `encode` writes.
    static func read(_ path: String) -> Cached? {
        guard (try? DataFolder.exists(path)) == true, let file = try? ReadableFile(path) else { return nil }
        defer { file.close() }
        guard let bytes = try? file.readAll(), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, lines[0].hasPrefix(magic + " ") else { return nil }
        let fields = lines[0].dropFirst(magic.count + 1).split(separator: " ").map { Int64($0) }
        guard fields.count == 4, let created = fields[0], let offset = fields[1], let count = fields[2], let seq = fields[3] else { return nil }
        var quarters = Set<Int64>()
        for field in lines[1].split(separator: " ") {
            guard let quarter = Int64(field) else { return nil }
            quarters.insert(quarter)
        }
        return Cached(created: created, offset: Int(offset), lines: Int(count), lastSeq: Int(seq), times: StudiedTimes(quarters: quarters))
    }
}
