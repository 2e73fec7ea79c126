import Foundation

/// Compares a screen's (or a chart's) text with the snapshot file at `path`, or writes it there when `record`;
/// returns why the test fails, or nil when the screen matches.
public func snapshotFailure(_ text: String, path: String, name: String, record: Bool) -> String? {
    if record {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            return "cannot write Snapshots/\(name).txt at \(path)"
        }
        // A recording run must never pass unnoticed: the new snapshot is only right once read.
        return "wrote Snapshots/\(name).txt: read it, commit it if the screen is right, and run again without RECALL_RECORD_SNAPSHOTS to pass"
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        return "no snapshot \(name).txt; run with RECALL_RECORD_SNAPSHOTS=1 to write it"
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != text {
        return "screen differs from Snapshots/\(name).txt:\n\(text)"
    }
    return nil
}
