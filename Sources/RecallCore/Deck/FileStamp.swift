/// A file's size and times as they were when it was read: a cache made from the file (the deck
/// index, its card blocks) is used only while the file still has them.
public struct FileStamp: Hashable, Sendable {
    public var size: Int64
    /// Nanoseconds since 1970 of the last modification and status change.
    public var mtime: Int64
    public var ctime: Int64

    public init(size: Int64, mtime: Int64, ctime: Int64) {
        self.size = size
        self.mtime = mtime
        self.ctime = ctime
    }
}
