import RecallCore

/// Why a file could not be read, in words: Foundation's `contents(atPath:)` only returns nil, so
/// the file is opened again to get the reason from errno ("Permission denied").
public enum ReadFailure {
    /// `cannot read this file (Permission denied)`.
    public static func message(_ path: String) -> String {
        "cannot read this file (\(reason(path)))"
    }

    public static func reason(_ path: String) -> String {
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK, stat(path, &status) != 0 {
            return "a symbolic link to something missing"
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        defer { close(fd) }
        if fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return "it is a folder" }
        var byte: UInt8 = 0
        if read(fd, &byte, 1) < 0 { return String(cString: strerror(errno)) }
        return "it changed while being read"
    }
}
