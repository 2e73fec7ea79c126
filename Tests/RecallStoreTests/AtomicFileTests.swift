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
}
