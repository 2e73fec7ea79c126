/// How written bytes are made durable, as a value so that a test can make it fail: a failed
/// sync is the one write error that leaves a whole, unacknowledged line in the review log.
public struct FileSync {
    /// Returns 0, or -1 with `errno` set, as `fsync(2)` does.
    public var call: (Int32) -> Int32

    public init(_ call: @escaping (Int32) -> Int32) {
        self.call = call
    }

    /// The data of a file and its size, which is what an append needs: `fdatasync` on Linux
    /// (it skips the inode's times), `F_FULLFSYNC` on macOS.
    public static var data: FileSync { FileSync(syncData) }
}

/// `fdatasync` where there is one; on macOS `fsync` stops at the drive's cache, and only
/// `F_FULLFSYNC` asks the drive to write it out (it falls back to `fsync` on file systems
/// without it).
func syncData(_ fd: Int32) -> Int32 {
    #if canImport(Darwin)
    return fullSync(fd)
    #else
    return fdatasync(fd)
    #endif
}

/// `fsync`, or on macOS `F_FULLFSYNC`.
func syncAll(_ fd: Int32) -> Int32 {
    #if canImport(Darwin)
    return fullSync(fd)
    #else
    return fsync(fd)
    #endif
}

#if canImport(Darwin)
private func fullSync(_ fd: Int32) -> Int32 {
    fcntl(fd, F_FULLFSYNC) == 0 ? 0 : fsync(fd)
}
#endif
