import Foundation
import RecallCore
import RecallTUI
import Testing

/// Compares a screen with its snapshot in `Snapshots/NAME.txt` (one line per row, trailing
/// spaces cut, and a last line giving the size). Run with `RECALL_RECORD_SNAPSHOTS=1` to write
/// new snapshots instead; read each new one before committing it.
///
/// Every snapshot is also checked for what must hold on any screen: no row wider than the
/// screen, and no wide character cut in half.
func expectSnapshot(_ buffer: ScreenBuffer, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for (row, line) in buffer.lines.enumerated() {
        #expect(DisplayWidth.of(line) <= buffer.width, "row \(row) is wider than the screen: \(line)", sourceLocation: sourceLocation)
    }
    for row in 0..<buffer.height {
        for column in 0..<buffer.width where buffer[row, column].isContinuation {
            #expect(column > 0 && !buffer[row, column - 1].isContinuation, "a lone half at \(row),\(column)", sourceLocation: sourceLocation)
        }
    }
    let text = buffer.lines.joined(separator: "\n") + "\n-- \(buffer.width)x\(buffer.height)\n"
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name + ".txt").path
    if ProcessInfo.processInfo.environment["RECALL_RECORD_SNAPSHOTS"] == "1" {
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        Issue.record("no snapshot \(name).txt; run with RECALL_RECORD_SNAPSHOTS=1 to write it", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != text {
        Issue.record("screen differs from Snapshots/\(name).txt:\n\(text)", sourceLocation: sourceLocation)
    }
}
