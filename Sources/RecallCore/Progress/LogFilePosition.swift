/// How far a reader has read one file of the review log, and what the file looked like then.
///
/// Why: with a file per device (schema 2), "how much of the log a snapshot covers" is one of these
/// per file, not one byte offset. `size` and `modified` say cheaply whether the file was touched
/// since; `checksum` (CRC-32 of the first `offset` bytes) proves the covered part is unchanged
/// when it was, without parsing a line: a flipped digit in an old line is caught at open.
public struct LogFilePosition: Hashable, Sendable {
    /// The file's path inside the data folder: `reviews.jsonl` (schema 1) or `log/<name>.jsonl`.
    public var file: String
    /// The device its header names; empty for a schema-1 log.
    public var device: String
    /// The header's `created`: a file replaced by another one of the same name is told apart.
    public var created: Instant
    /// Bytes covered: the offset just after the last complete line read.
    public var offset: Int
    /// Lines covered, the header included.
    public var lines: Int
    public var lastSeq: Int
    /// The file's size and modification time (nanoseconds) when this was recorded.
    public var size: Int
    public var modified: Int64
    /// CRC-32 of the file's first `offset` bytes.
    public var checksum: UInt32

    public init(file: String, device: String, created: Instant, offset: Int, lines: Int, lastSeq: Int,
                size: Int, modified: Int64, checksum: UInt32) {
        self.file = file
        self.device = device
        self.created = created
        self.offset = offset
        self.lines = lines
        self.lastSeq = lastSeq
        self.size = size
        self.modified = modified
        self.checksum = checksum
    }
}

/// The order in which the events of several device files are replayed: by time, then device,
/// then seq. Why: two machines holding the same files must compute the same states, whatever
/// order the files arrived in; see `LogMerge`.
public struct MergeKey: Hashable, Comparable, Sendable {
    public var time: Instant
    public var device: String
    public var seq: Int

    public init(_ entry: LogEntry) {
        time = entry.time
        device = entry.device
        seq = entry.seq
    }

    public init(time: Instant, device: String, seq: Int) {
        self.time = time
        self.device = device
        self.seq = seq
    }

    public static func < (a: MergeKey, b: MergeKey) -> Bool {
        if a.time != b.time { return a.time < b.time }
        if a.device != b.device { return a.device < b.device }
        return a.seq < b.seq
    }
}
