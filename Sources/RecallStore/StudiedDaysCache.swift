import RecallCore

/// `studied.txt` in the data folder: the quarter-hours with an answer (`StudiedTimes`) and, for
/// each file of the log, the end they cover, so that the home screen's streak reads only what
/// the files gained since instead of the whole log (a 200 MB log took about a second). A cache
/// like the snapshot: rebuilt from the log when it is missing, damaged or made from another log;
/// never needed. The quarters are a set, so the files may be read in any order.
///
/// Format, lines of ASCII: `recall-studied 2 <files>`, then per file
/// `<created, µs> <offset> <lines> <last seq> <name>`, then the quarters, space-separated.
public enum StudiedDaysCache {
    public static let fileName = "studied.txt"
    static let magic = "recall-studied 2"

    struct Covered {
        var name: String
        var created: Int64
        var offset: Int
        var lines: Int
        var lastSeq: Int
    }

    struct Cached {
        var files: [Covered]
        var times: StudiedTimes
    }

    /// The study days with an answer, for the streak. Reads the cache and each file after it,
    /// and saves the cache again when the log had grown. A damaged log gives what could be read
    /// (it was already reported when the store opened).
    public static func studiedDays(folder: String, rolloverHour: Int, utcOffset: @escaping StudyDay.UTCOffset) -> Set<Int64> {
        guard let log = try? LogFiles.find(folder: folder), !log.files.isEmpty else { return [] }
        let path = DataFolder.join(folder, fileName)
        var cached = read(path)
        // Each file's covered part, when the cache's record of it still holds.
        var knowns = log.files.map { file in
            cached?.files.first { known in
                guard known.name == file.name, known.created == file.header.created.microseconds,
                      let size = try? ReadableFile.size(of: file.path), size >= known.offset else { return false }
                return known.lastSeq == 0 || (try? ReviewLog.seq(endingAt: known.offset, in: file.path)) == known.lastSeq
            }
        }
        if knowns.contains(where: { $0 == nil }) || knowns.count != cached?.files.count {
            // A file the cache does not know, one that changed behind it, or one gone: the
            // quarters cannot tell which file gave them, so all of them are read again.
            cached = nil
            knowns = knowns.map { _ in nil }
        }
        var times = cached?.times ?? StudiedTimes()
        var covered: [Covered] = []
        var grew = cached == nil
        for (file, known) in zip(log.files, knowns) {
            let result = try? ReviewLog.read(file.path, from: known?.offset, firstLine: (known?.lines ?? 1) + 1,
                                             previousSeq: known?.lastSeq ?? 0, checksum: nil) { entry, _ in
                if case .review = entry.event { times.insert(entry.time) }
            }
            guard let result else { continue }
            if result.endOffset != known?.offset { grew = true }
            covered.append(Covered(name: file.name, created: file.header.created.microseconds, offset: result.endOffset,
                                   lines: result.lineCount, lastSeq: result.lastSeq))
        }
        if grew { try? AtomicFile.replace(path, with: encode(Cached(files: covered, times: times))) }
        return times.days(rolloverHour: rolloverHour, utcOffset: utcOffset)
    }

    static func encode(_ cached: Cached) -> [UInt8] {
        var text = "\(magic) \(cached.files.count)\n"
        for file in cached.files {
            text += "\(file.created) \(file.offset) \(file.lines) \(file.lastSeq) \(file.name)\n"
        }
        return Array((text + cached.times.quarters.sorted().map(String.init).joined(separator: " ") + "\n").utf8)
    }

    /// Nil when the file is missing or is not what `encode` writes.
    static func read(_ path: String) -> Cached? {
        guard (try? DataFolder.exists(path)) == true, let file = try? ReadableFile(path) else { return nil }
        defer { file.close() }
        guard let bytes = try? file.readAll(), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, lines[0].hasPrefix(magic + " "), let count = Int(lines[0].dropFirst(magic.count + 1)),
              count >= 0, lines.count >= count + 2 else { return nil }
        var files: [Covered] = []
        for line in lines[1...count] {
            let fields = line.split(separator: " ", maxSplits: 4)
            guard fields.count == 5, let created = Int64(fields[0]), let offset = Int(fields[1]), let lineCount = Int(fields[2]),
                  let seq = Int(fields[3]) else { return nil }
            files.append(Covered(name: String(fields[4]), created: created, offset: offset, lines: lineCount, lastSeq: seq))
        }
        var quarters = Set<Int64>()
        for field in lines[count + 1].split(separator: " ") {
            guard let quarter = Int64(field) else { return nil }
            quarters.insert(quarter)
        }
        return Cached(files: files, times: StudiedTimes(quarters: quarters))
    }
}
