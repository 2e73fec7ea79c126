import Foundation
import GRDB
import Testing
import ZIPFoundation
import RecallTestSupport

/// `recall export --format apkg` as a user runs it: the package's cards and revlog read back
/// with SQLite, the usage rules and their exit statuses.
@Suite struct PackageExportCommandTests {
    static func scratch() throws -> StudyScratch {
        try StudyScratch(deck: ExportImportCommandTests.deck)
    }

    /// The rows of `table` in the package's collection, as `columns`.
    static func rows(_ package: String, _ sql: String) throws -> [Row] {
        let archive = try Archive(url: URL(fileURLWithPath: package), accessMode: .read)
        let entry = try #require(archive["collection.anki21"])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        let database = package + ".sqlite"
        FileManager.default.createFile(atPath: database, contents: data)
        defer { try? FileManager.default.removeItem(atPath: database) }
        let queue = try DatabaseQueue(path: database)
        let rows = try queue.read { try Row.fetchAll($0, sql: sql) }
        try queue.close()
        return rows
    }

    @Test func withProgressTheCardsAndTheRevlog() throws {
        let s = try Self.scratch()
        defer { s.remove() }
        for (card, rating, time) in [("nat", "3", "2026-03-01T09:00:00Z"), ("nat", "3", "2026-03-01T09:10:00Z"),
                                     ("az", "1", "2026-03-10T02:50:00Z")] {
            let answer = try s.run(["answer", card, rating, "--at", time, "--duration", "2500"])
            #expect(answer.status == 0, "\(answer.stderr)")
        }
        let export = try s.run(["export", "--format", "apkg", "-o", "out/vpc.apkg", "--at", "2026-03-10T03:00:00Z"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr == "wrote 5 notes, 7 cards, 3 reviews and 0 media files to out/vpc.apkg\n")
        let package = s.url.appendingPathComponent("out/vpc.apkg").path
        let notes = try Self.rows(package, "SELECT guid, tags FROM notes ORDER BY guid")
        #expect(notes.map { $0["guid"] as String } == ["az", "igw", "nat", "scope", "seoul"])
        let cards = try Self.rows(package, "SELECT n.guid, c.ord, c.type, c.queue, c.reps FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.due")
        let nat = try #require(cards.first { $0["guid"] as String == "nat" })
        #expect([nat["type"], nat["queue"], nat["reps"]] as [Int] == [2, 2, 2])
        let az = try #require(cards.first { $0["guid"] as String == "az" && $0["ord"] as Int == 0 })
        #expect([az["type"], az["queue"], az["reps"]] as [Int] == [1, 1, 1])
        let revlog = try Self.rows(package, "SELECT id, ease, time, type FROM revlog ORDER BY id")
        #expect(revlog.map { $0["ease"] as Int } == [3, 3, 1])
        #expect(revlog.map { $0["time"] as Int } == [2_500, 2_500, 2_500])
        #expect(revlog.first?["id"] as Int64? == 1_772_355_600_000)

        // Again: the same package but for the notes' modification times.
        _ = try s.run(["export", "--format", "apkg", "-o", "out/again.apkg", "--at", "2026-03-10T03:00:00Z"])
        let again = s.url.appendingPathComponent("out/again.apkg").path
        let query = "SELECT id, nid, did, ord, type, queue, due, ivl, data FROM cards ORDER BY id"
        #expect(try Self.rows(again, query) == Self.rows(package, query))
    }

    @Test func noProgressGivesNewCardsAndNoRevlog() throws {
        let s = try Self.scratch()
        defer { s.remove() }
        _ = try s.run(["answer", "nat", "3", "--at", "2026-03-01T09:00:00Z"])
        let export = try s.run(["export", "--format", "apkg", "--no-progress", "-o", "vpc.apkg", "--tag", "nat"])
        #expect(export.status == 0, "\(export.stderr)")
        let package = s.url.appendingPathComponent("vpc.apkg").path
        #expect(try Self.rows(package, "SELECT type, queue FROM cards").map { [$0["type"], $0["queue"]] as [Int] } == [[0, 0]])
        #expect(try Self.rows(package, "SELECT id FROM revlog").isEmpty)
    }

    @Test func imagesBesideTheDeckGoIntoThePackage() throws {
        let s = try StudyScratch(deck: "---\ndeck: AWS::VPC\n---\n## NAT 게이트웨이 구성도\n<!-- id: nat -->\n"
                                     + "![구성도](images/nat.png) 그리고 ![없는 그림](images/none.png)\n")
        defer { s.remove() }
        try FileManager.default.createDirectory(at: s.url.appendingPathComponent("Decks/images"), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: s.url.appendingPathComponent("Decks/images/nat.png").path, contents: Data([0x89, 0x50]))
        let export = try s.run(["export", "--format", "apkg", "-o", "vpc.apkg"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("note nat: image Decks/images/none.png is not there; the package goes without it"))
        let package = s.url.appendingPathComponent("vpc.apkg").path
        let archive = try Archive(url: URL(fileURLWithPath: package), accessMode: .read)
        var map = Data()
        _ = try archive.extract(try #require(archive["media"])) { map.append($0) }
        #expect(String(decoding: map, as: UTF8.self) == "{\"0\":\"nat.png\"}")
        let fields = try Self.rows(package, "SELECT flds FROM notes").map { $0["flds"] as String }
        #expect(fields.count == 1 && fields[0].contains("<img src=\"nat.png\" alt=\"구성도\">")
            && fields[0].contains("<img src=\"images/none.png\""))
    }

    @Test func usageErrors() throws {
        let s = try Self.scratch()
        defer { s.remove() }
        let stdout = try s.run(["export", "--format", "apkg"])
        #expect(stdout.status == 64 && stdout.stderr.contains("--format apkg writes a file: give -o FILE.apkg"))
        let folder = try s.run(["export", "--format", "apkg", "-o", "out/"])
        #expect(folder.status == 64)
        let noProgress = try s.run(["export", "--format", "csv", "--no-progress"])
        #expect(noProgress.status == 64 && noProgress.stderr.contains("--no-progress is for --format apkg"))
        let badTime = try s.run(["export", "--format", "apkg", "-o", "a.apkg", "--at", "어제"])
        #expect(badTime.status == 64 && badTime.stderr.contains("--at 어제: not a time"))
        let korean = try s.run(["export", "--format", "apkg"], environment: ["RECALL_LANG": "ko"])
        #expect(korean.status == 64)
    }

    @Test func anUnwritablePlaceIsExit74AndLeavesNothing() throws {
        let s = try Self.scratch()
        defer { s.remove() }
        try s.scratch.write("blocker", "a file, not a folder")
        let export = try s.run(["export", "--format", "apkg", "-o", "blocker/vpc.apkg"])
        #expect(export.status == 74, "\(export.stderr)")
        #expect(export.stderr.contains("blocker/vpc.apkg"))
    }

    @Test func aDamagedLogIsExit65() throws {
        let s = try Self.scratch()
        defer { s.remove() }
        _ = try s.run(["answer", "nat", "3", "--at", "2026-03-01T09:00:00Z"])
        let log = s.file(s.deviceLogName)
        let handle = try #require(FileHandle(forWritingAtPath: log))
        handle.seekToEndOfFile()
        handle.write(Data("{\"seq\":2,\"type\":\"review\",\"crc\":\"00000000\"}\n{\"seq\":3}\n".utf8))
        try handle.close()
        let export = try s.run(["export", "--format", "apkg", "-o", "vpc.apkg"])
        #expect(export.status == 65, "\(export.stderr)")
        #expect(!FileManager.default.fileExists(atPath: s.url.appendingPathComponent("vpc.apkg").path))
    }
}
