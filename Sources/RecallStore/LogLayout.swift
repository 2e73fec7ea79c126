import RecallCore

/// Readies a data folder's log for this machine to write: schema 2, with this machine's own
/// device file. Only a writer calls it, under the writer's lock; readers read a schema-1 folder
/// as it is.
///
/// Migration from schema 1 (docs/design/log-schema-2.md), on the first write:
/// 1. the whole `reviews.jsonl` is read; a damaged one is refused, untouched;
/// 2. `log/<device>.jsonl` is written (temporary file, fsync, rename): the same events with the
///    same seqs, times and fields, undos naming `"<device>:<seq>"`, each line with its guard, and
///    the old log's size and checksum in its header;
/// 3. `reviews.jsonl` is linked as `reviews.schema1.jsonl`, the old bytes unchanged;
/// 4. `reviews.jsonl` is replaced, atomically, by the stub an older recall refuses.
/// A crash before step 4 leaves `reviews.jsonl` of schema 1, and the next writer starts again:
/// step 2 is then redone only if the device file is one a migration of this very log made.
public enum LogLayout {
    /// The device id this machine writes as, once the folder is ready.
    public static func prepare(folder: String, now: Instant) throws(ProgressError) -> String {
        let stubPath = DataFolder.logPath(folder)
        let snapshotPath = DataFolder.snapshotPath(folder)
        let existing = try LogFiles.find(folder: folder)
        if existing == nil || existing?.files.isEmpty == true, try DataFolder.exists(snapshotPath) {
            // A snapshot without its log: starting a new log would hide that loss, and a later
            // repair would rebuild the snapshot from the new log's few answers.
            throw ProgressLoader.missingLog(ProgressLoader.expectedLogPath(folder), snapshot: snapshotPath)
        }
        if let existing, existing.schema == 1 {
            // A damaged schema-1 log is refused before anything in the folder changes.
            _ = try ReviewLog.read(existing.files[0].path) { _, _ in }
        }
        let device = try DeviceIdentity.current(folder: folder, now: now)
        let ownPath = DataFolder.deviceLogPath(folder, device: device)
        try DataFolder.create(DataFolder.logFolder(folder), what: .logFolder)
        if let existing, existing.schema == 1 {
            try migrate(existing.files[0], to: ownPath, device: device, folder: folder)
        } else if try !DataFolder.exists(ownPath) {
            try ReviewLog.create(ownPath, header: ReviewLog.headerLine(device: device, created: now))
            AtomicFile.syncFolder(DataFolder.logFolder(folder))
        }
        if try !DataFolder.exists(stubPath) {
            try ReviewLog.create(stubPath, header: ReviewLog.stubLine(created: now))
        }
        return device
    }

    static func migrate(_ old: LogFiles.File, to ownPath: String, device: String, folder: String) throws(ProgressError) {
        let oldBytes = try ReadableFile(old.path).readAllClosing()
        let checksum = CRC32.checksum(oldBytes)
        if try DataFolder.exists(ownPath) {
            let (header, _) = try ReviewLog.readHeader(ownPath)
            guard let from = header.migratedFrom, from.size == oldBytes.count, from.checksum == checksum else {
                throw .damaged(file: ownPath, line: nil, reason: .schema1BesideSchema2(old: old.path))
            }
        }
        var out = ReviewLog.headerLine(device: device, created: old.header.created, migratedFrom: (oldBytes.count, checksum))
        _ = try ReviewLog.read(old.path) { entry, _ in
            var moved = entry
            moved.device = device
            if case .undo(let target) = entry.event, target.device.isEmpty {
                moved.event = .undo(EventID(device: device, seq: target.seq))
            }
            out += moved.line
        }
        try ReviewLog.create(ownPath, header: out)
        AtomicFile.syncFolder(DataFolder.logFolder(folder))
        let keptPath = DataFolder.join(folder, ReviewLog.schema1FileName)
        if try DataFolder.exists(keptPath) {
            guard try ReadableFile(keptPath).readAllClosing() == oldBytes else {
                throw .damaged(file: keptPath, line: nil, reason: .keptSchema1Differs(old: old.path))
            }
        } else if link(old.path, keptPath) != 0 {
            throw .io(file: keptPath, reason: .cannotKeepSchema1Log(system: errnoText()))
        }
        AtomicFile.syncFolder(folder)
        try ReviewLog.create(old.path, header: ReviewLog.stubLine(created: old.header.created))
    }
}

extension ReadableFile {
    /// The whole file, and the file closed.
    func readAllClosing() throws(ProgressError) -> [UInt8] {
        defer { close() }
        return try readAll()
    }
}
