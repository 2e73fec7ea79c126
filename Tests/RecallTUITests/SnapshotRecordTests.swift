import Foundation
import RecallTestSupport
import Testing

/// Record mode (`RECALL_RECORD_SNAPSHOTS=1`) writes the snapshot and fails the test that
/// recorded, so a recording run can never pass unnoticed.
@Suite struct SnapshotRecordTests {
    @Test func recordingWritesTheSnapshotAndFails() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("home.txt")
        let text = "홈 화면\n-- 10x1\n"
        let failure = try #require(snapshotFailure(text, path: path, name: "home", record: true))
        #expect(failure.contains("wrote Snapshots/home.txt"), "\(failure)")
        #expect(failure.contains("read it"), "\(failure)")
        #expect(try folder.read("home.txt") == text)
        #expect(snapshotFailure(text, path: path, name: "home", record: false) == nil, "the recorded snapshot then matches")
    }
}
