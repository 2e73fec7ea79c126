import RecallCore

/// Why a file could not be read, in words: Foundation's `contents(atPath:)` only returns nil, so
/// the file is opened again to get the reason from errno ("Permission denied").
public enum ReadFailure {
    public static func reason(_ path: String) -> String { problem(path).english }

    /// The reason as a message, said in the language where it is printed.
    public static func problem(_ path: String) -> ReadFailureMessage {
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK, stat(path, &status) != 0 {
            return .danglingLink
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .system(String(cString: strerror(errno))) }
        defer { close(fd) }
        if fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return .folder }
        var byte: UInt8 = 0
        if read(fd, &byte, 1) < 0 { return .system(String(cString: strerror(errno))) }
        return .changed
    }
}
