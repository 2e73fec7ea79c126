import RecallCore
import Foundation

/// Where progress lives, and the names of the files in it (see `docs/progress.md`).
public enum DataFolder {
    /// `--data-dir DIR`; else `$RECALL_HOME`; else `$XDG_DATA_HOME/recall`; else
    /// `~/.local/share/recall`. Pure: the caller passes the environment and home folder in.
    public static func resolve(option: String?, environment: [String: String], home: String) -> String {
        if let option, !option.isEmpty { return option }
        if let recallHome = environment["RECALL_HOME"], !recallHome.isEmpty { return recallHome }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return join(xdg, "recall") }
        return join(home, ".local/share/recall")
    }

    public static func logPath(_ folder: String) -> String { join(folder, ReviewLog.fileName) }
    public static func snapshotPath(_ folder: String) -> String { join(folder, Snapshot.fileName) }
    /// `log/`, the device files of schema 2.
    public static func logFolder(_ folder: String) -> String { join(folder, ReviewLog.folderName) }
    /// `log/<device>.jsonl`, the one file this machine appends to.
    public static func deviceLogPath(_ folder: String, device: String) -> String { join(logFolder(folder), device + ".jsonl") }
    /// `device.json`, this machine's device id.
    public static func devicePath(_ folder: String) -> String { join(folder, DeviceIdentity.fileName) }
    public static func configPath(_ folder: String) -> String { join(folder, StudyConfig.fileName) }
    public static func lockPath(_ folder: String) -> String { join(folder, "lock") }
    /// Held shared by every open store (see `StoreLock.acquireOpen`).
    public static func openLockPath(_ folder: String) -> String { join(folder, "open.lock") }
    public static func damagedFolder(_ folder: String) -> String { join(folder, "damaged") }

    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Creates the folder (and its parents) on first use, readable only by its owner. `what`
    /// names it in a message: the data folder, or `damaged/` inside it.
    public static func create(_ folder: String, what: IOProblem.DataFolderPart = .dataFolder) throws(ProgressError) {
        var info = stat()
        let absent = stat(folder, &info) != 0 && (errno == ENOENT || errno == ENOTDIR)
        // A path through a file is for FolderCreation to explain ("home is a file, not a folder").
        if !absent, try checkReadable(folder) { return }
        do {
            try FolderCreation.create(folder, mode: 0o700)
        } catch {
            throw .io(file: folder, reason: .cannotCreateFolder(what, error.reason))
        }
    }

    /// Whether `path` exists. False only when it does not (`ENOENT`); any other answer of the
    /// system (a folder that cannot be searched, a file where a folder should be) is an error
    /// with its errno. Why: `FileManager.fileExists` says false for a folder it may not search,
    /// and an unreadable data folder was read as an empty one ("20 new cards, 0 reviews", exit 0).
    public static func exists(_ path: String) throws(ProgressError) -> Bool {
        var info = stat()
        if stat(path, &info) == 0 { return true }
        let code = errno
        if code == ENOENT { return false }
        if code == ENOTDIR {
            throw .io(file: path, reason: .pathThroughFile)
        }
        throw .io(file: path, reason: .cannotLookAt(system: String(cString: strerror(code))))
    }

    /// Checks the data folder before anything is read from it. False when there is none yet (an
    /// empty history); an error when it is a file, or a folder whose files cannot be reached.
    public static func checkReadable(_ folder: String) throws(ProgressError) -> Bool {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            if errno == ENOENT { return false }
            if errno == ENOTDIR { throw .io(file: folder, reason: .pathThroughFile) }
            throw .io(file: folder, reason: .cannotLookAt(system: errnoText()))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .io(file: folder, reason: .notAFolder) }
        guard access(folder, R_OK | X_OK) == 0 else {
            throw .io(file: folder, reason: .folderCannotBeRead(system: errnoText()))
        }
        return true
    }

    /// `20260102T090000Z`: a stamp for files set aside, sortable and safe in file names.
    public static func stamp(_ instant: Instant) -> String {
        let iso = ISOTimestamp.format(instant) ?? "0000-00-00T00:00:00+00:00"
        let digits = iso.prefix(19).filter { $0 != "-" && $0 != ":" }
        return digits + "Z"
    }

    /// Moves a damaged file into `damaged/`, named with the time, and returns the new path.
    /// Moving (rename) keeps the exact bytes; nothing is ever deleted.
    public static func setAside(_ path: String, in folder: String, at now: Instant) throws(ProgressError) -> String {
        let target = try asidePath(for: (path as NSString).lastPathComponent, in: folder, at: now)
        guard rename(path, target) == 0 else {
            throw .io(file: path, reason: .cannotMove(to: target, system: errnoText()))
        }
        AtomicFile.syncFolder(damagedFolder(folder))
        AtomicFile.syncFolder(folder)
        return target
    }

    /// A new path in `damaged/` for a file called `name`: `name.<time>`, or `name.<time>-2`….
    static func asidePath(for name: String, in folder: String, at now: Instant) throws(ProgressError) -> String {
        let aside = damagedFolder(folder)
        try create(aside, what: .damagedFolder)
        var target = join(aside, "\(name).\(stamp(now))")
        var counter = 1
        while try exists(target) {
            counter += 1
            target = join(aside, "\(name).\(stamp(now))-\(counter)")
        }
        return target
    }

    /// Copies bytes into `damaged/` durably, for a part of a file that is about to be cut off.
    public static func keepAside(_ bytes: [UInt8], name: String, in folder: String, at now: Instant) throws(ProgressError) -> String {
        let target = try asidePath(for: name, in: folder, at: now)
        do {
            try AtomicFile.replace(target, with: bytes)
        } catch {
            throw .io(file: target, reason: error.reason)
        }
        return target
    }
}
