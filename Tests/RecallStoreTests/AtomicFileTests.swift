import Foundation
import RecallStore
import RecallTestSupport
import Testing

/// A file written in pieces replaces the old one only when committed.
@Suite struct AtomicFileTests {
    @Test func piecesReplaceTheFileOnlyOnCommit() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try folder.write("export.json", "old\n")
        do {
            let writer = try AtomicFile.Writer(path)
            try writer.write(Array("new, ".utf8))
            #expect(try folder.read("export.json") == "old\n", "nothing is replaced before the commit")
        }
        #expect(try folder.read("export.json") == "old\n", "a writer dropped without commit leaves the file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["export.json"], "and no temporary file")
        let writer = try AtomicFile.Writer(path)
        try writer.write(Array("new, ".utf8))
        try writer.write(Array("in pieces\n".utf8))
        try writer.commit()
        #expect(try folder.read("export.json") == "new, in pieces\n")
    }

    /// Issue 14: a `kill -9` during a snapshot write left `.snapshot.json.tmp-PID`, which every
    /// `doctor` reported until `--repair`. The next write of the file removes those of dead
    /// processes, and leaves a running process's write alone.
    @Test func theNextWriteRemovesTemporaryFilesOfDeadProcesses() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try folder.write("snapshot.json", "old\n")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = ".snapshot.json.tmp-\(child.processIdentifier)"
        let alive = ".snapshot.json.tmp-1"  // init: always running
        try folder.write(dead, "half")
        try folder.write(alive, "in progress")
        try folder.write(".other.json.tmp-\(child.processIdentifier)", "not this file's")
        try AtomicFile.replace(path, with: Array("new\n".utf8))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == [".other.json.tmp-\(child.processIdentifier)", alive, "snapshot.json"])
    }
}
