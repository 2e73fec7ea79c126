import Foundation

/// A fresh folder for one test's files (a data folder, decks, exports), removed by the caller.
public struct TempFolder: Sendable {
    public let url: URL
    public var path: String { url.path }

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("recall-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    public func bytes(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: file(name)).map { [UInt8]($0) }
    }

    /// Writes `text` to `name`, making the folders on the way, and returns the file's path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    public func read(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    public func append(_ name: String, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: url.appendingPathComponent(name))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }

    /// In a data folder of schema 2, this machine's log file, `log/<device>.jsonl`, as named by
    /// `device.json`: where a store opened on the folder appends.
    public var deviceLogName: String { Self.deviceLogName(in: path) }

    public static func deviceLogName(in folder: String) -> String {
        guard let data = FileManager.default.contents(atPath: folder + "/device.json"),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let device = object["device"] as? String else { return "log/(no device.json yet)" }
        return "log/\(device).jsonl"
    }
}
