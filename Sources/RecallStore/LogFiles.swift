import RecallCore

/// The files that hold a data folder's review log, found and read as one history.
///
/// Why: in schema 2 the log is a file per device in `log/` (docs/design/log-schema-2.md), and
/// every reader (the loader, `log`, `export`, `doctor`) must see the same union in the same
/// order. In a schema-1 folder, not yet migrated, it is the one `reviews.jsonl`, read as it is.
public struct LogFiles: Sendable {
    public struct File: Sendable {
        /// The path inside the data folder: `reviews.jsonl` or `log/<name>.jsonl`.
        public var name: String
        public var path: String
        public var header: ReviewLog.Header
    }

    public let folder: String
    /// 1 for a folder not yet migrated, else 2.
    public let schema: Int
    /// In name order, so that every machine lists them alike.
    public var files: [File]

    /// The log of `folder`; nil when it has none (a new folder, or one whose log was lost: the
    /// caller decides, by the snapshot, which). A damaged `reviews.jsonl` header is an error.
    public static func find(folder: String) throws(ProgressError) -> LogFiles? {
        let stubPath = DataFolder.logPath(folder)
        if try DataFolder.exists(stubPath) {
            let (header, _) = try ReviewLog.readHeader(stubPath)
            if header.schema == 1 {
                return LogFiles(folder: folder, schema: 1, files: [File(name: ReviewLog.fileName, path: stubPath, header: header)])
            }
            guard header.moved != nil else {
                throw .damaged(file: stubPath, line: 1, reason: .stubIsDeviceFile(name: ReviewLog.fileName))
            }
            return try LogFiles(folder: folder, schema: 2, files: deviceFiles(folder))
        }
        let files = try deviceFiles(folder)
        return files.isEmpty ? nil : LogFiles(folder: folder, schema: 2, files: files)
    }

    /// Every `.jsonl` file in `log/`, whatever its name (a sync tool's conflict copy too; its
    /// header names the device), except temporary files (`.name.tmp-pid`).
    static func deviceFiles(_ folder: String) throws(ProgressError) -> [File] {
        let directory = DataFolder.logFolder(folder)
        var files: [File] = []
        for name in try deviceFileNames(folder) {
            let path = DataFolder.join(directory, name)
            let (header, _) = try ReviewLog.readHeader(path)
            guard header.schema >= 2, header.moved == nil, !header.device.isEmpty else {
                throw .damaged(file: path, line: 1, reason: .notDeviceFileInFolder(folder: ReviewLog.folderName))
            }
            files.append(File(name: ReviewLog.folderName + "/" + name, path: path, header: header))
        }
        return files
    }

    /// The names of the `.jsonl` files in `log/`, sorted.
    static func deviceFileNames(_ folder: String) throws(ProgressError) -> [String] {
        let directory = DataFolder.logFolder(folder)
        guard try DataFolder.exists(directory) else { return [] }
        guard let handle = opendir(directory) else {
            throw .io(file: directory, reason: .cannotListFolder(system: errnoText()))
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") || !name.hasSuffix(".jsonl") { continue }
            names.append(name)
        }
        return names.sorted()
    }

    /// Where a file's part after `start` begins: offset, line number, seq before it, checksum.
    public struct Start: Sendable {
        var offset: Int
        var lines: Int
        var lastSeq: Int
        var checksum: UInt32

        init(_ position: LogFilePosition) {
            offset = position.offset
            lines = position.lines
            lastSeq = position.lastSeq
            checksum = position.checksum
        }
    }

    /// What reading gave for each file, in `files` order.
    public struct Read: Sendable {
        public var results: [ReviewLog.ReadResult]
        /// How many entries were handed over.
        public var entries: Int
    }

    /// Reads every file from its start (the whole file when `starts[k]` is nil) and calls `body`
    /// with the entries in merge order (`LogMerge`). One file is streamed; several are read whole
    /// first, since the merge needs every file's next entry.
    /// `positions: false` skips the running checksum that `positions(_:)` records, for readers
    /// that keep no position (`log`, `export`).
    public func read(from starts: [Start?]? = nil, upTo limits: [Int?]? = nil, positions: Bool = true,
                     _ body: (LogEntry) throws(ProgressError) -> Void) throws(ProgressError) -> Read {
        func start(_ k: Int) -> Start? { starts?[k] ?? nil }
        func readFile(_ k: Int, _ each: (LogEntry) throws(ProgressError) -> Void) throws(ProgressError) -> ReviewLog.ReadResult {
            let s = start(k)
            return try ReviewLog.read(files[k].path, from: s?.offset, firstLine: (s?.lines ?? 1) + 1, previousSeq: s?.lastSeq ?? 0,
                                      upTo: limits?[k] ?? nil, checksum: positions ? s?.checksum ?? 0 : nil) { entry, _ throws(ProgressError) in
                try each(entry)
            }
        }
        var count = 0
        if files.count == 1 {
            let result = try readFile(0) { entry throws(ProgressError) in
                count += 1
                try body(entry)
            }
            return Read(results: [result], entries: count)
        }
        var entries: [[LogEntry]] = []
        var results: [ReviewLog.ReadResult] = []
        for k in files.indices {
            var these: [LogEntry] = []
            // About one entry per 200 bytes (a review line is 220-260): without it, growing the
            // arrays was a tenth of the merge of a million events over three devices.
            if let size = try? ReadableFile.status(of: files[k].path).size {
                these.reserveCapacity(max(0, min(size, limits?[k] ?? size) - (start(k)?.offset ?? 0)) / 200)
            }
            results.append(try readFile(k) { entry in these.append(entry) })
            entries.append(these)
        }
        try LogMerge.forEach(entries, names: files.map(\.path)) { entry, _ throws(ProgressError) in
            count += 1
            try body(entry)
        }
        return Read(results: results, entries: count)
    }

    /// The ids every undo in the log names (`ReviewLog.undoneIDs` per file).
    public func undoneIDs() throws(ProgressError) -> Set<EventID> {
        var undone = Set<EventID>()
        for file in files { undone.formUnion(try ReviewLog.undoneIDs(file.path)) }
        return undone
    }

    /// The warnings of a read: torn last lines, repeated lines, per file.
    public func warnings(_ read: Read) -> [StoreWarningMessage] {
        zip(files, read.results).flatMap { file, result in ProgressLoader.readWarnings(file.path, result) }
    }

    /// Where each file stands after `read`, for a snapshot.
    public func positions(_ read: Read) throws(ProgressError) -> [LogFilePosition] {
        var positions: [LogFilePosition] = []
        for (file, result) in zip(files, read.results) {
            let status = try ReadableFile.status(of: file.path)
            positions.append(LogFilePosition(file: file.name, device: file.header.device, created: file.header.created,
                                             offset: result.endOffset, lines: result.lineCount, lastSeq: result.lastSeq,
                                             size: status.size, modified: status.modified, checksum: result.checksum))
        }
        return positions
    }
}
