import RecallCore

/// `checked.txt`: which log files a reader has already checked against the snapshot since they
/// last changed, so that the check is made once, not by every `recall due`.
///
/// Why: when a log file's size or time differs from what the snapshot recorded (every append
/// changes them; `recall answer` appends without writing a new snapshot), the reader checks
/// the part the snapshot covers by its CRC-32 (`ProgressLoader.starts`): about 300 ms for a
/// million reviews. A reader may not rewrite the snapshot (it might hold answers a damaged log
/// lost), but it may note here "when this file had size S and time M, its first `offset` bytes
/// had checksum C". While the file still has that size and time, and the snapshot still covers
/// those bytes with that checksum, the check holds, as the snapshot's own size and time would.
/// A cache like `studied.txt`: missing or damaged, the check is simply made again.
///
/// Format, one line per file: `<offset> <checksum> <size> <modified, ns> <created, µs> <name>`.
enum CoveredCheckCache {
    static let fileName = "checked.txt"

    struct Entry: Equatable {
        var offset: Int
        var checksum: UInt32
        var size: Int
        var modified: Int64
        var created: Int64
        var name: String
    }

    /// Whether a check of `row`'s covered part was recorded for the file as it is now.
    static func vouches(for row: LogFilePosition, size: Int, modified: Int64, folder: String) -> Bool {
        read(folder).contains(entry(row, size: size, modified: modified))
    }

    /// Notes a check that passed; failing to write (a read-only folder) changes nothing.
    static func record(_ row: LogFilePosition, size: Int, modified: Int64, folder: String) {
        let new = entry(row, size: size, modified: modified)
        let kept = read(folder).filter { $0.name != row.file }
        let text = (kept + [new]).map { "\($0.offset) \(LineGuard.hex($0.checksum)) \($0.size) \($0.modified) \($0.created) \($0.name)\n" }.joined()
        try? AtomicFile.replace(DataFolder.join(folder, fileName), with: Array(text.utf8))
    }

    static func entry(_ row: LogFilePosition, size: Int, modified: Int64) -> Entry {
        Entry(offset: row.offset, checksum: row.checksum, size: size, modified: modified, created: row.created.microseconds, name: row.file)
    }

    static func read(_ folder: String) -> [Entry] {
        let path = DataFolder.join(folder, fileName)
        guard (try? DataFolder.exists(path)) == true, let file = try? ReadableFile(path) else { return [] }
        defer { file.close() }
        guard let bytes = try? file.readAll(), let text = String(validating: bytes, as: UTF8.self) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ", maxSplits: 5)
            guard fields.count == 6, let offset = Int(fields[0]), let checksum = LineGuard.parseHex(fields[1]),
                  let size = Int(fields[2]), let modified = Int64(fields[3]), let created = Int64(fields[4]) else { return nil }
            return Entry(offset: offset, checksum: checksum, size: size, modified: modified, created: created, name: String(fields[5]))
        }
    }
}
