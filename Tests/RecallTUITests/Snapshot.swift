import Foundation
import RecallCore
import RecallTUI
import RecallTestSupport
import Testing

/// Compares a screen with its snapshot in `Snapshots/NAME.txt` (one line per row, trailing
/// spaces cut, and a last line giving the size). Run with `RECALL_RECORD_SNAPSHOTS=1` to write
/// new snapshots instead: each test that records fails, saying which file it wrote, so that a
/// recording run never passes; read each new one before committing it.
///
/// Every snapshot is also checked for what must hold on any screen (`expectLayoutHolds`).
func expectSnapshot(_ buffer: ScreenBuffer, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectLayoutHolds(buffer, sourceLocation: sourceLocation)
    let text = buffer.lines.joined(separator: "\n") + "\n-- \(buffer.width)x\(buffer.height)\n"
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name + ".txt").path
    let record = ProcessInfo.processInfo.environment["RECALL_RECORD_SNAPSHOTS"] == "1"
    if let failure = snapshotFailure(text, path: path, name: name, record: record) {
        Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
    }
}

/// What must hold on any screen, in any language: no row wider than the screen, and no wide
/// character cut in half.
func expectLayoutHolds(_ buffer: ScreenBuffer, _ what: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for (row, line) in buffer.lines.enumerated() {
        #expect(DisplayWidth.of(line) <= buffer.width, "\(what) row \(row) is wider than the screen: \(line)", sourceLocation: sourceLocation)
    }
    for row in 0..<buffer.height {
        for column in 0..<buffer.width where buffer[row, column].isContinuation {
            #expect(column > 0 && !buffer[row, column - 1].isContinuation, "\(what) a lone half at \(row),\(column)", sourceLocation: sourceLocation)
        }
    }
}
