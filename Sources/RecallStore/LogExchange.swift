import RecallCore

/// `recall sync DIR`: exchanges the device files of two data folders (docs/sync.md).
///
/// Why a copy of whole files and no merge: each device file is written by one machine only, so
/// two versions of one file are either the same, or one is the other plus lines its owner added
/// since (then the longer one is the newer), or damage. Nothing is ever merged line by line; the
/// next reader replays the union of the files, as it does whatever tool delivered them.
///
/// The rules, per `log/*.jsonl` name on either side (a conflict copy too, named as it is):
/// - only a file's complete part is compared and copied: up to its last whole, valid line (a
///   torn last line is its owner's to finish);
/// - missing on one side: copied there;
/// - one a byte prefix of the other: the longer replaces the shorter; equal: nothing;
/// - neither a prefix of the other: damage, both paths named, nothing of that file copied;
/// - a folder's own file (the device its `device.json` names) is never written: a longer (or
///   only) version on the other side means the folder lost lines its owner wrote, which is
///   damage. The exception is DIR naming this machine's device too: a copy of this folder (a
///   USB stick filled with `cp -r`), whose writer is this machine;
/// - a file that does not read (a bad line, a bad header) is damage, and nothing of it is copied.
/// Each write is atomic (`AtomicFile`: temporary file in `log/`, fsync, rename, fsync of
/// `log/`), under both folders' writer locks, so a `kill -9` leaves every file old or new and a
/// second run finishes the job.
public enum LogExchange {
    /// One file copied, and what it brought.
    public struct Transfer: Sendable, Equatable {
        /// `log/<name>.jsonl`.
        public var file: String
        /// Whether the receiving side had no such file.
        public var isNew: Bool
        /// Review lines the receiver did not have.
        public var answers: Int
        /// Lines of every kind (reviews, undos, suspensions...) the receiver did not have.
        public var events: Int
    }

    /// Why a file was not exchanged.
    public enum Problem: Sendable, Equatable {
        /// Two versions, neither a prefix of the other.
        case diverged(here: String, there: String)
        /// A folder's own file is shorter than (or missing beside) another side's version.
        case ownFileBehind(own: String, longer: String)
        /// A version that does not read.
        case unreadable(ProgressError)

        /// For `--json`: the same in every language.
        public var code: String {
            switch self {
            case .diverged: return "diverged"
            case .ownFileBehind: return "own-file-behind"
            case .unreadable: return "damaged"
            }
        }
    }

    public struct Damage: Sendable, Equatable {
        public var file: String
        public var problem: Problem
    }

    public struct Report: Sendable, Equatable {
        /// Copied from the data folder to DIR.
        public var sent: [Transfer] = []
        /// Copied from DIR to the data folder.
        public var received: [Transfer] = []
        public var damage: [Damage] = []
    }

    /// Why DIR cannot be synced with: it is missing, not a folder, or holds no log.
    public enum Refusal: Error, Equatable {
        case missing(String)
        case notAFolder(String)
        case notADataFolder(String)
        case sameFolder(String)
    }

    /// Exchanges the files of `here` (the data folder, created on first use) and `there`.
    /// `dryRun` reads both folders and reports what would be copied, changing nothing (and
    /// migrating nothing: a schema-1 log is not in `log/`, so it is not counted).
    public static func run(here: String, there: String, now: Instant,
                           dryRun: Bool) throws(ProgressError) -> Result<Report, Refusal> {
        if let refusal = try check(there) { return .failure(refusal) }
        if try DataFolder.exists(here), realPath(here) == realPath(there) { return .failure(.sameFolder(there)) }
        var held: [StoreLock] = []
        defer { for lock in held { lock.release() } }
        let hereOwn: String?
        let thereOwn: String?
        if dryRun {
            hereOwn = try DataFolder.exists(here) ? DeviceIdentity.recorded(folder: here) : nil
            thereOwn = try DeviceIdentity.recorded(folder: there)
        } else {
            try DataFolder.create(here)
            // In the order of their paths, so two syncs of the same pair never wait on each other.
            for folder in [here, there].sorted(by: { realPath($0) < realPath($1) }) {
                held.append(try StoreLock.acquireOpen(folder: folder))
                held.append(try StoreLock.acquire(folder: folder))
            }
            _ = try StudyConfig.loadWritingDefaults(folder: here)
            hereOwn = try LogLayout.prepare(folder: here, now: now)
            if try LogFiles.find(folder: there)?.schema == 1 {
                // An older recall's folder is some machine's: migrated as by any writer there.
                _ = try StudyConfig.loadWritingDefaults(folder: there)
                _ = try LogLayout.prepare(folder: there, now: now)
            }
            thereOwn = try DeviceIdentity.recorded(folder: there)
        }
        let protectedThere = thereOwn == hereOwn ? nil : thereOwn
        var report = Report()
        let names = Set(try LogFiles.deviceFileNames(here) + LogFiles.deviceFileNames(there)).sorted()
        for name in names {
            let file = ReviewLog.folderName + "/" + name
            let herePath = DataFolder.join(DataFolder.logFolder(here), name)
            let therePath = DataFolder.join(DataFolder.logFolder(there), name)
            let mine: Version?
            let theirs: Version?
            do {
                // The common case, a file both sides have whole: no line needs reading.
                if try same(herePath, therePath) { continue }
                mine = try Version.read(herePath)
                theirs = try Version.read(therePath)
            } catch {
                guard error.isBadData else { throw error }  // a failing disk stops the sync (exit 74)
                report.damage.append(Damage(file: file, problem: .unreadable(error)))
                continue
            }
            let step = decide(name, mine, theirs, herePath: herePath, therePath: therePath,
                              hereOwn: hereOwn, thereOwn: protectedThere)
            switch step {
            case .nothing: break
            case .damage(let problem): report.damage.append(Damage(file: file, problem: problem))
            case .send(let from, let after):
                if !dryRun { try write(from, to: therePath) }
                report.sent.append(from.transfer(file, after: after))
            case .receive(let from, let after):
                if !dryRun { try write(from, to: herePath) }
                report.received.append(from.transfer(file, after: after))
            }
        }
        return .success(report)
    }

    /// A file's complete part: its bytes up to its last whole line, and where each line ends.
    struct Version {
        var bytes: [UInt8]
        /// Per entry: the offset after its line, and whether it is a review.
        var lines: [(end: Int, isReview: Bool)]

        static func read(_ path: String) throws(ProgressError) -> Version? {
            guard try DataFolder.exists(path) else { return nil }
            var lines: [(end: Int, isReview: Bool)] = []
            let result = try ReviewLog.read(path, checksum: nil) { entry, end in
                if case .review = entry.event { lines.append((end, true)) } else { lines.append((end, false)) }
            }
            let file = try ReadableFile(path)
            defer { file.close() }
            return Version(bytes: try file.read(at: 0, count: result.endOffset), lines: lines)
        }

        /// Whether `self` begins with every byte of `other`.
        func extends(_ other: Version) -> Bool {
            bytes.count >= other.bytes.count && bytes[..<other.bytes.count].elementsEqual(other.bytes)
        }

        /// What copying this version gives a receiver that had `after` bytes of it.
        func transfer(_ file: String, after: Int?) -> Transfer {
            let new = lines.filter { $0.end > (after ?? 0) }
            return Transfer(file: file, isNew: after == nil, answers: new.count(where: \.isReview), events: new.count)
        }
    }

    enum Step {
        case nothing
        case damage(Problem)
        /// Copy this version to DIR, which had that many bytes of it (nil: no file).
        case send(Version, after: Int?)
        case receive(Version, after: Int?)
    }

    /// The one rule for a pair of versions of one file.
    static func decide(_ name: String, _ mine: Version?, _ theirs: Version?, herePath: String, therePath: String,
                       hereOwn: String?, thereOwn: String?) -> Step {
        let ownHere = hereOwn.map { $0 + ".jsonl" } == name
        let ownThere = thereOwn.map { $0 + ".jsonl" } == name
        switch (mine, theirs) {
        case (nil, nil): return .nothing
        case (let mine?, nil):
            return ownThere ? .damage(.ownFileBehind(own: therePath, longer: herePath)) : .send(mine, after: nil)
        case (nil, let theirs?):
            return ownHere ? .damage(.ownFileBehind(own: herePath, longer: therePath)) : .receive(theirs, after: nil)
        case (let mine?, let theirs?):
            if mine.bytes == theirs.bytes { return .nothing }
            if mine.extends(theirs) {
                return ownThere ? .damage(.ownFileBehind(own: therePath, longer: herePath)) : .send(mine, after: theirs.bytes.count)
            }
            if theirs.extends(mine) {
                return ownHere ? .damage(.ownFileBehind(own: herePath, longer: therePath)) : .receive(theirs, after: mine.bytes.count)
            }
            return .damage(.diverged(here: herePath, there: therePath))
        }
    }

    /// Whether both files exist with the same bytes.
    static func same(_ a: String, _ b: String) throws(ProgressError) -> Bool {
        guard try DataFolder.exists(a), try DataFolder.exists(b),
              try ReadableFile.size(of: a) == ReadableFile.size(of: b) else { return false }
        return try ReadableFile(a).readAllClosing() == ReadableFile(b).readAllClosing()
    }

    static func write(_ version: Version, to path: String) throws(ProgressError) {
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        try DataFolder.create(folder, what: .logFolder)
        do {
            try AtomicFile.replace(path, with: version.bytes)
        } catch {
            throw .io(file: path, reason: error.reason)
        }
    }

    /// Nil when `folder` is a data folder to sync with: a folder with `log/` or `reviews.jsonl`.
    static func check(_ folder: String) throws(ProgressError) -> Refusal? {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            if errno == ENOENT { return .missing(folder) }
            if errno == ENOTDIR { return .notAFolder(folder) }
            throw .io(file: folder, reason: .cannotLookAt(system: errnoText()))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return .notAFolder(folder) }
        _ = try DataFolder.checkReadable(folder)
        if try DataFolder.exists(DataFolder.logFolder(folder)) { return nil }
        return try DataFolder.exists(DataFolder.logPath(folder)) ? nil : .notADataFolder(folder)
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
