import RecallCore
import Foundation

/// Replaces a file so that a crash at any moment leaves either the old file or the new one,
/// never a mix: write a temporary file beside it, fsync, rename over, fsync the folder.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: IOProblem
        public var description: String { message.english }
        /// The error as a message, said in the language where it is printed.
        public var message: TransferMessage { .cannotWrite(path: path, reason: reason) }
    }

    public static func replace(_ path: String, with bytes: [UInt8]) throws(WriteError) {
        let writer = try Writer(path)
        try writer.write(bytes)
        try writer.commit()
    }

    /// A replacement written piece by piece, for output too big to hold at once: the temporary
    /// file beside `path` takes each `write`; `commit` syncs it and renames it over `path`, and a
    /// failure (or a writer dropped without `commit`) leaves `path` as it was.
    public final class Writer {
        let path: String
        let folder: String
        let temporary: String
        private var fd: Int32

        public init(_ path: String) throws(WriteError) {
            let url = URL(fileURLWithPath: path)
            self.path = path
            folder = url.deletingLastPathComponent().path
            temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
            removeStaleTemporaries(of: url.lastPathComponent, in: folder)
            fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, existingMode(path) ?? 0o644)
            guard fd >= 0 else { throw WriteError(path: path, reason: .cannotCreateTemporary(temporary, system: String(cString: strerror(errno)))) }
        }

        deinit { abandon() }

        private func fail(_ what: (String) -> IOProblem) -> WriteError {
            let error = WriteError(path: path, reason: what(String(cString: strerror(errno))))
            abandon()
            return error
        }

        private func abandon() {
            guard fd >= 0 else { return }
            close(fd)
            fd = -1
            unlink(temporary)
        }

        public func write(_ bytes: [UInt8]) throws(WriteError) {
            var written = 0
            while written < bytes.count {
                let result = bytes[written...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
                if result < 0 {
                    if errno == EINTR { continue }
                    throw fail(IOProblem.writeFailed)
                }
                written += result
            }
        }

        public func commit() throws(WriteError) {
            guard syncAll(fd) == 0 else { throw fail(IOProblem.fsyncFailed) }
            close(fd)
            fd = -1
            guard rename(temporary, path) == 0 else {
                let error = WriteError(path: path, reason: .renameFailed(system: String(cString: strerror(errno))))
                unlink(temporary)
                throw error
            }
            syncFolder(folder)
        }
    }

    /// Makes a rename or a new file in `folder` durable.
    public static func syncFolder(_ folder: String) {
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY)
        guard fd >= 0 else { return }
        _ = syncAll(fd)
        close(fd)
    }

    /// Deletes `.NAME.tmp-PID` files beside `name` whose process is gone: what a `kill -9` during
    /// a write leaves. Why here: the next write of the same file is the first moment they are
    /// surely stale, and otherwise every `recall doctor` would report them until a repair. A file
    /// of a process still running is its write in progress, and is left alone.
    static func removeStaleTemporaries(of name: String, in folder: String) {
        for entry in staleTemporaries(in: folder, of: name) { unlink(folder + "/" + entry) }
    }

    /// The `.NAME.tmp-PID` files in `folder` (of `name` only, when given) whose process is gone:
    /// the one rule for what counts as debris, for the next write and for `recall doctor`.
    public static func staleTemporaries(in folder: String, of name: String? = nil) -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return entries.filter { entry in
            guard entry.hasPrefix("." + (name ?? "")), let dash = entry.range(of: ".tmp-", options: .backwards),
                  name.map({ entry[entry.index(after: entry.startIndex)..<dash.lowerBound] == $0 }) ?? true,
                  let pid = pid_t(entry[dash.upperBound...]) else { return false }
            return pid != getpid() && !isRunning(pid)
        }.sorted()
    }

    /// Whether a process with this pid exists (`kill(pid, 0)`; EPERM means it exists, owned by another user).
    public static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    static func existingMode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}

/// `write(2)`, under a name that `AtomicFile.Writer.write` does not hide.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
