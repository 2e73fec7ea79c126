import Foundation
import RecallCore
import RecallStore
import RecallTestSupport
import Testing

/// `recall sync` opens both folders as writers: a folder an older recall wrote (schema 1) is
/// migrated first, its old log kept, and its undo, now naming an id, means the same answer on
/// both machines.
@Suite struct SyncSchema1Tests {
    /// A schema-1 `reviews.jsonl`: nat and igw answered, the igw answer undone.
    static func schema1Log() throws -> Data {
        func review(_ seq: Int, _ card: String, _ time: String) throws -> [UInt8] {
            let record = ReviewRecord(card: card, rating: .good, scheduler: .fsrs, deck: "AWS::VPC", file: "Decks/vpc.md")
            return LogEntry(seq: seq, time: try #require(Instant(iso8601: time)), event: .review(record)).schema1Line
        }
        let created = try #require(Instant(iso8601: "2026-02-27T09:00:00Z"))
        let undo = LogEntry(seq: 3, time: created + .minutes(3), event: .undo(EventID(device: "", seq: 2))).schema1Line
        return Data(ReviewLog.schema1HeaderLine(created: created) + (try review(1, "nat", "2026-02-27T09:00:00Z"))
            + (try review(2, "igw", "2026-02-27T09:01:00Z")) + undo)
    }

    @Test func aSchema1FolderOnEitherSideIsMigratedFirst() throws {
        let m = try TwoMachines()
        defer { m.remove() }
        let old = try Self.schema1Log()
        try FileManager.default.createDirectory(atPath: m.desktop, withIntermediateDirectories: true)
        try old.write(to: URL(fileURLWithPath: m.desktop + "/reviews.jsonl"))
        try m.answer("sg", "good", at: "2026-03-01T09:00:00+00:00", on: m.laptop)
        let out = try m.run(["sync", m.desktop, "--json"], on: m.laptop)
        #expect(out.status == 0, "\(out.stderr)")
        let desktopFile = m.ownLog(m.desktop)
        #expect(out.stdout == """
            {"dryRun":false,"sent":[{"file":"\(m.ownLog(m.laptop))","new":true,"answers":1,"events":1}],\
            "received":[{"file":"\(desktopFile)","new":true,"answers":2,"events":3}],"damage":[]}

            """)
        #expect(m.bytes(m.desktop, "reviews.schema1.jsonl") == old, "the old log is kept byte for byte")
        try m.expectAgree()
        let log = try m.logLines(of: m.laptop)
        #expect(log.count == 3)
        #expect(log.filter { $0.contains("\"undone\":true") }.count == 1 && log.contains { $0.contains("\"card\":\"igw\"") && $0.contains("\"undone\":true") },
                "the undo takes back the same answer on the laptop: \(log)")

        // And a schema-1 folder as the data folder itself.
        let older = m.scratch.file("older")
        try FileManager.default.createDirectory(atPath: older, withIntermediateDirectories: true)
        try old.write(to: URL(fileURLWithPath: older + "/reviews.jsonl"))
        let back = try m.run(["sync", m.laptop], on: older)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout == "sent 1 file (2 new answers) to \(m.laptop), received 2 files (3 new answers)\n")
        #expect(FileManager.default.contents(atPath: older + "/reviews.schema1.jsonl") == old)
        #expect(try m.logLines(of: older).count == 5, "two histories made from one schema-1 log are two devices' files")
    }
}
