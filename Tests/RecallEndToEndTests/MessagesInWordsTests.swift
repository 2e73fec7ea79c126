@testable import RecallStore
import Foundation
import Testing
import RecallTestSupport

/// What a user reads when a file or folder cannot be made: a sentence naming the path and the
/// reason, never a Foundation error dump such as `NSCocoaErrorDomain error 512`.
@Suite struct MessagesInWordsTests {
    static func expectWords(_ output: RecallBinary.Output, _ expected: String, status: Int32 = 74,
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(output.status == status, sourceLocation: sourceLocation)
        #expect(output.stderr == expected, sourceLocation: sourceLocation)
        for dump in ["NSCocoaErrorDomain", "The operation could not be completed", "Error Domain=", "UserInfo"] {
            #expect(!output.stderr.contains(dump), "\(output.stderr)", sourceLocation: sourceLocation)
        }
    }

    @Test func aFileInTheWayOfAnOutputFolder() throws {
        let s = try ExportImportCommandTests.scratch()
        defer { s.remove() }
        try s.scratch.write("notes", "a file, not a folder\n")
        Self.expectWords(try s.run(["export", "-o", "notes/sheet.txt"]),
                         "recall: cannot write notes/sheet.txt: notes is a file, not a folder\n")
        Self.expectWords(try s.run(["export", "--format", "md", "-o", "notes/decks/"]),
                         "recall: cannot write notes/decks/vpc.md: notes is a file, not a folder\n")
        Self.expectWords(try s.plain(["import", "../missing.csv"]), "recall: ../missing.csv: no such file\n", status: 66)
    }

    @Test func aFolderThatCannotBeMade() throws {
        let s = try ExportImportCommandTests.scratch()
        defer { s.remove() }
        // /proc takes no new folders, even from root: mkdir fails with an errno to put in words.
        let output = try s.run(["export", "-o", "/proc/recall-test/sheet.txt"])
        #expect(output.status == 74)
        #expect(output.stderr.hasPrefix("recall: cannot write /proc/recall-test/sheet.txt: cannot make /proc/recall-test: "),
                "\(output.stderr)")
        #expect(!output.stderr.contains("NSCocoaErrorDomain") && !output.stderr.contains("could not be completed"))
    }

    @Test func aFileInTheWayOfTheDataFolder() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        try s.scratch.write("home", "a file\n")
        let output = try RecallBinary.run(["answer", "nat", "good", "--data-dir", "home/recall"], in: s.url)
        Self.expectWords(output, "recall: home/recall: cannot create the data folder: home is a file, not a folder\n")
    }
}

extension MessagesInWordsTests {
    @Test func aCP949DeckOrImportGetsTheIconvHint() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try Data(CP949Bytes.deck).write(to: scratch.url.appendingPathComponent("윈도 덱.md"))
        let check = try RecallBinary.run(["check", "윈도 덱.md"], in: scratch.url)
        #expect(check.status == 65)
        #expect(check.stderr.contains("윈도 덱.md:1:4: file is not UTF-8 text (invalid byte here); save it as UTF-8\n"))
        #expect(check.stderr.contains("iconv -f cp949 -t utf-8 '윈도 덱.md' > '윈도 덱.md.utf8'"), "\(check.stderr)")
        try Data(Array("id,question,answer\nq1,".utf8) + CP949Bytes.deck.suffix(22)).write(to: scratch.url.appendingPathComponent("excel.csv"))
        let imported = try RecallBinary.run(["import", "excel.csv"], in: scratch.url)
        #expect(imported.status == 65)
        #expect(imported.stderr.contains("iconv -f cp949 -t utf-8 excel.csv > excel.csv.utf8"), "\(imported.stderr)")
    }
}

enum CP949Bytes {
    /// `## 가용 영역\n리전 안의 데이터 센터\n` in CP949.
    static let deck: [UInt8] = [0x23, 0x23, 0x20, 0xB0, 0xA1, 0xBF, 0xEB, 0x20, 0xBF, 0xB5, 0xBF, 0xAA, 0x0A,
                                0xB8, 0xAE, 0xC0, 0xFC, 0x20, 0xBE, 0xC8, 0xC0, 0xC7, 0x20, 0xB5, 0xA5, 0xC0, 0xCC,
                                0xC5, 0xCD, 0x20, 0xBC, 0xBE, 0xC5, 0xCD, 0x0A]
}

extension MessagesInWordsTests {
    @Test func aDeckThatCannotBeReadSaysWhy() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("Decks"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.url.appendingPathComponent("Decks/gone.md").path,
                                                   withDestinationPath: "/nonexistent/gone.md")
        let check = try RecallBinary.run(["check", "Decks"], in: scratch.url)
        #expect(check.status == 65)
        #expect(check.stderr.contains("Decks/gone.md:1:1: cannot read this file (a symbolic link to something missing)"),
                "\(check.stderr)")
    }
}
