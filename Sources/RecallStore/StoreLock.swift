import RecallCore

/// The writer's lock: an exclusive `flock` on `lock` in the data folder, holding the pid.
///
/// Only one process at a time may append to the log, so that no two processes hand out the
/// same `seq` or interleave half lines. Writers hold it only while they write (milliseconds),
/// so a study screen left open never blocks `recall answer`; a writer waits a little for it,
/// and is refused with the holder's pid only when it stays busy (a long `doctor --repair`).
/// Readers (`due`, `log`) take no lock. The kernel drops the lock when the process dies, even
/// by `kill -9`, so a stale `lock` file never blocks anyone: its pid is only for the message.
public final class StoreLock {
    public let path: String
    private var descriptors: [Int32]

    private init(path: String, descriptors: [Int32]) {
        self.path = path
        self.descriptors = descriptors
    }

    /// How long a writer waits for another one to finish before it gives up: far longer than
    /// any append, far shorter than a learner's patience.
    public static let defaultWait = 3_000

    /// Takes the writer's lock, waiting up to `milliseconds` while another process holds it,
    /// or throws `.locked` naming the holder's pid.
    public static func acquire(folder: String, waitingUpTo milliseconds: Int = defaultWait) throws(ProgressError) -> StoreLock {
        let path = DataFolder.lockPath(folder)
        let fd = try take(path, LOCK_EX, waitingUpTo: milliseconds, folder: folder)
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return StoreLock(path: path, descriptors: [fd])
    }

    /// Held, shared, by every open store for as long as it is open, so that `doctor --repair`
    /// (which rewrites files) can tell that a study screen still has the folder open.
    public static func acquireOpen(folder: String, waitingUpTo milliseconds: Int = defaultWait) throws(ProgressError) -> StoreLock {
        let path = DataFolder.openLockPath(folder)
        return StoreLock(path: path, descriptors: [try take(path, LOCK_SH, waitingUpTo: milliseconds, folder: folder)])
    }

    /// The writer's lock while no store is open anywhere: for `doctor --repair`. Refused at
    /// once, naming no pid, while a store is open.
    public static func acquireSole(folder: String) throws(ProgressError) -> StoreLock {
        let open = try take(DataFolder.openLockPath(folder), LOCK_EX, waitingUpTo: 0, folder: folder)
        let writer: StoreLock
        do {
            writer = try acquire(folder: folder, waitingUpTo: 0)
        } catch {
            closeDescriptor(open)
            throw error
        }
        let both = StoreLock(path: writer.path, descriptors: writer.descriptors + [open])
        writer.descriptors = []
        return both
    }

    /// An exclusive lock on a file of the folder other than the writer's (`quiz-history.lock`),
    /// waiting for as long as another process holds it: its holders only rewrite a small file.
    public static func acquire(file path: String, folder: String) throws(ProgressError) -> StoreLock {
        StoreLock(path: path, descriptors: [try take(path, LOCK_EX, waitingUpTo: .max, folder: folder)])
    }

    /// Opens `path` and `flock`s it with `operation`, retrying every 10 ms for `milliseconds`.
    private static func take(_ path: String, _ operation: Int32, waitingUpTo milliseconds: Int,
                             folder: String) throws(ProgressError) -> Int32 {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(file: path, reason: .cannotOpenLockFile(system: errnoText())) }
        var waited = 0
        while flock(fd, operation | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let busy = errno == EWOULDBLOCK
            if busy, waited < milliseconds {
                usleep(10_000)
                waited += 10
                continue
            }
            let reason = errnoText()
            let holder = busy && operation == LOCK_EX && path == DataFolder.lockPath(folder) ? readPID(fd) : nil
            closeDescriptor(fd)
            if busy { throw .locked(folder: folder, pid: holder) }
            throw .io(file: path, reason: .cannotLock(system: reason))
        }
        return fd
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmed)
    }

    /// Releases the lock; also done when the object goes away or the process ends.
    public func release() {
        for fd in descriptors {
            _ = flock(fd, LOCK_UN)
            closeDescriptor(fd)
        }
        descriptors = []
    }

    deinit { release() }
}
