import Foundation
import Testing
import RecallTestSupport

/// `recall import FILE.apkg [--with-progress]` on packages the real Anki made
/// (Tests/RecallAnkiTests/Fixtures, Scripts/make-anki-fixtures), as a user runs it.
@Suite struct PackageImportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("RecallAnkiTests/Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// The log's lines after the header, as JSON objects.
    static func lines(_ s: StudyScratch) throws -> [[String: Any]] {
        let text = String(decoding: s.logBytes() ?? Data(), as: UTF8.self)
        return try text.split(separator: "\n").dropFirst().map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// The revlog rows of the fixture's cards that recall imports: all but the three-card note's.
    static func importedRows() throws -> Int {
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: fixtures.appendingPathComponent("sample.json"))) as? [String: Any])
        let three = try #require((facts["roles"] as? [String: Any])?["three_cards"] as? Int64)
        let cards = try #require(facts["cards"] as? [[Int64]])
        let skipped = Set(cards.filter { $0[1] == three }.map { $0[0] })
        return try #require(facts["revlog"] as? [[Int64]]).filter { !skipped.contains($0[1]) }.count
    }

    @Test func importsTheNotesAndTheHistoryOnce() throws {
        let rows = try Self.importedRows()
        let s = try StudyScratch()
        defer { s.remove() }
        let latest = Self.fixture("sample-latest.apkg")
        let first = try s.run(["import", latest, "-o", "Anki/", "--with-progress"])
        #expect(first.status == 65, "\(first.stderr)")
        let stderr = first.stderr.split(separator: "\n").map(String.init)
        #expect(stderr.contains { $0.hasPrefix("\(latest): note ") && $0.hasSuffix("note type \"세 장 카드\" has no recall card kind; skipped") })
        #expect(stderr.last == "imported 7 notes (10 cards) into 3 decks, \(rows) reviews", "\(stderr)")
        let vpc = try s.scratch.read("Anki/AWS/VPC.md")
        #expect(vpc.hasPrefix("---\ndeck: AWS::VPC\n---\n# VPC\n"))
        #expect(vpc.contains("## VPC란?\n") && vpc.contains("가상 사설 **네트워크**") && vpc.contains("tags:: aws, vpc"))
        #expect(try s.scratch.read("Anki/AWS/S3.md").contains("## S3 Glacier\n"))
        #expect(vpc.contains("## VPC 구성도는?\n") && vpc.contains("![](vpc-구성도.png)"))
        #expect(try s.scratch.read("Anki/AWS.md").contains("answer:: Identity and Access Management"))
        #expect(try s.plain(["check", "Anki"]).status == 0)
        let lines = try Self.lines(s)
        let reviews = lines.filter { $0["type"] as? String == "review" }
        #expect(reviews.count == rows)
        #expect(reviews.allSatisfy { ($0["anki"] as? Int64).map { $0 > 1_700_000_000_000 } == true && $0["scheduler"] as? String == "fsrs" })
        #expect(Set(reviews.compactMap { $0["file"] as? String }) == ["Anki/AWS/VPC.md", "Anki/AWS/S3.md", "Anki/AWS.md"])
        #expect(lines.filter { $0["type"] as? String == "suspend" }.count == 1)
        // The history replays: the cards answered in Anki are no longer new.
        let due = try s.run(["due", "--decks", "Anki"])
        #expect(due.status == 0 && !due.stdout.contains("  9 "), "\(due.stdout)")

        let before = s.logBytes()
        let legacy = Self.fixture("sample-legacy.apkg")
        let again = try s.run(["import", legacy, "-o", "Anki/", "--force", "--with-progress", "--lang", "ko"])
        #expect(again.status == 65)
        #expect(again.stderr.contains("이미 기록에 있는 복습 \(rows)개는 다시 넣지 않았습니다"), "\(again.stderr)")
        #expect(again.stderr.hasSuffix("덱 3개에 노트 7개(카드 10장), 복습 0개를 가져왔습니다\n"), "\(again.stderr)")
        #expect(s.logBytes() == before)
    }

    @Test func withoutProgressTheDataFolderIsUntouched() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let result = try s.run(["import", Self.fixture("sample-legacy.apkg"), "-o", "Anki/"])
        #expect(result.status == 65)
        #expect(result.stderr.hasSuffix("imported 7 notes (10 cards) into 3 decks\n"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: s.data))
        let exists = try s.run(["import", Self.fixture("sample-legacy.apkg"), "-o", "Anki/"])
        #expect(exists.status == 64 && exists.stderr.contains("exists; add --force"))
    }

    @Test(arguments: ["bad-not-a-zip.apkg", "bad-no-collection.apkg", "bad-truncated.apkg", "bad-version-7.apkg"])
    func badPackagesAreRefusedAndNothingIsWritten(name: String) throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let path = Self.fixture(name)
        let result = try s.run(["import", path, "-o", "Anki/", "--with-progress"])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("recall: \(path): "), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: s.scratch.file("Anki")))
        #expect(!FileManager.default.fileExists(atPath: s.data))
        let forced = try s.run(["import", path, "--format", "apkg"])
        #expect(forced.status == 65 && forced.stdout.isEmpty)
    }

    @Test func progressNeedsAPackage() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        try s.scratch.write("notes.txt", "#separator:tab\n앞면\t뒷면\n")
        let result = try s.run(["import", "notes.txt", "-o", "out.md", "--with-progress"])
        #expect(result.status == 64)
        #expect(result.stderr == "recall: notes.txt: --with-progress needs an Anki package (.apkg); this file has no review log\n")
        let missing = try s.run(["import", "nothing.apkg"])
        #expect(missing.status == 66)
    }
}
