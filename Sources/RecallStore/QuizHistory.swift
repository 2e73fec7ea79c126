import RecallCore

/// `quiz-history.jsonl` in the data folder: every finished quiz attempt, one JSON object a line,
/// oldest first.
///
/// An attempt is added by reading the whole file, appending the line, and replacing the file
/// atomically (`AtomicFile.replace`), so a crash leaves the old file or the new one, never half a
/// line. The file is a few hundred bytes per attempt, so rewriting it costs nothing. The rewrite
/// happens under a lock of its own (`quiz-history.lock`), held for milliseconds, so that two
/// quizzes finishing together cannot lose each other's line, and so that saving a quiz never
/// waits for, or blocks, a study session that holds the review log's lock.
public enum QuizHistory {
    public static let fileName = "quiz-history.jsonl"
    static let lockName = "quiz-history.lock"

    public static func path(_ folder: String) -> String { DataFolder.join(folder, fileName) }

    /// Every attempt, oldest first; no file is no attempts. Blank lines are skipped.
    public static func load(folder: String) throws(QuizHistoryError) -> [QuizHistoryEntry] {
        let file = path(folder)
        guard let bytes = try read(file) else { return [] }
        return try parse(bytes, file: file)
    }

    /// The attempts in `bytes`, or the first damaged line (1-based) as an error naming `file`.
    public static func parse(_ bytes: [UInt8], file: String) throws(QuizHistoryError) -> [QuizHistoryEntry] {
        var entries: [QuizHistoryEntry] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var content = line
            if content.last == 0x0D { content = content.dropLast() }
            if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            switch QuizHistoryEntry.parse(content) {
            case .success(let entry): entries.append(entry)
            case .failure(let reason): throw .damaged(file: file, line: lineNumber, reason: reason)
            }
        }
        return entries
    }

    /// Adds an attempt: creates the data folder if needed, checks every existing line (a damaged
    /// file is refused and left exactly as it is), and replaces the file with the old lines plus
    /// the new one. Returns the file's path.
    @discardableResult
    public static func append(_ entry: QuizHistoryEntry, folder: String) throws(QuizHistoryError) -> String {
        let file = path(folder)
        do {
            try DataFolder.create(folder)
        } catch {
            throw .store(file: folder, error)
        }
        let lock: StoreLock
        do {
            lock = try StoreLock.acquire(file: DataFolder.join(folder, lockName), folder: folder)
        } catch .io(let file, let reason) {
            throw .io(file: file, reason: reason)
        } catch {
            throw .store(file: folder, error)
        }
        defer { lock.release() }
        var bytes = try read(file) ?? []
        _ = try parse(bytes, file: file)
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
        bytes += entry.line
        do {
            try AtomicFile.replace(file, with: bytes)
        } catch {
            throw .io(file: file, reason: error.reason)
        }
        return file
    }

    /// The file's bytes, or nil when there is no file.
    private static func read(_ file: String) throws(QuizHistoryError) -> [UInt8]? {
        do {
            guard try DataFolder.exists(file) else { return nil }
        } catch .io(_, let reason) {
            throw .io(file: file, reason: reason)
        } catch {
            throw .store(file: file, error)
        }
        do {
            let handle = try ReadableFile(file)
            defer { handle.close() }
            return try handle.readAll()
        } catch .io(_, let reason) {
            throw .io(file: file, reason: reason)
        } catch {
            throw .store(file: file, error)
        }
    }
}
