#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The writer's lock: an exclusive `flock` on `lock` in the data folder, holding the pid.
///
/// Only one process may append to the log, so that no two processes hand out the same `seq`
/// or interleave half lines. A second writer is refused with the first one's pid; readers
/// (`due`, `log`) take no lock. The kernel drops the lock when the process dies, even by
/// `kill -9`, so a stale `lock` file never blocks anyone: its pid is only for the message.
public final class StoreLock {
    public let path: String
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// Takes the lock without waiting, or throws `.locked` naming the holder's pid.
    public static func acquire(folder: String) throws(ProgressError) -> StoreLock {
        let path = DataFolder.lockPath(folder)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(file: path, reason: "cannot open the lock file: \(errnoText())") }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let busy = errno == EWOULDBLOCK
            let reason = errnoText()
            let holder = busy ? readPID(fd) : nil
            closeDescriptor(fd)
            if busy { throw .locked(folder: folder, pid: holder) }
            throw .io(file: path, reason: "cannot lock: \(reason)")
        }
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return StoreLock(path: path, fd: fd)
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmed)
    }

    /// Releases the lock; also done when the object goes away or the process ends.
    public func release() {
        guard fd >= 0 else { return }
        _ = flock(fd, LOCK_UN)
        closeDescriptor(fd)
        fd = -1
    }

    deinit { release() }
}
