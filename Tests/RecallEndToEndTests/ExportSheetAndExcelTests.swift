import Foundation
import Testing
import RecallTestSupport

/// `recall export` with no format is the printable sheet; `--answers end` makes it a self-test;
/// `--format csv --excel` is a csv Excel on Korean Windows opens as UTF-8.
@Suite struct ExportSheetAndExcelTests {
    @Test func txtIsTheDefaultFormat() throws {
        let s = try ExportImportCommandTests.scratch()
        defer { s.remove() }
        let plain = try s.run(["export"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout == (try s.run(["export", "--format", "txt"])).stdout)
        #expect(plain.stdout.hasPrefix("AWS::VPC (7 cards)\n"))
    }

    @Test func answersAtTheEndMakeASelfTest() throws {
        let s = try ExportImportCommandTests.scratch()
        defer { s.remove() }
        let test = try s.run(["export", "--answers", "end"])
        #expect(test.status == 0, "\(test.stderr)")
        let parts = test.stdout.components(separatedBy: "\n\n\nAnswer key\n==========\n")
        #expect(parts.count == 2, "\(test.stdout)")
        #expect(!parts[0].contains("Answer:") && !parts[0].contains("[x]"), "no answer among the questions")
        #expect(parts[0].contains("   A) VPC당 하나만 연결됩니다\n"))
        #expect(parts[1].contains("\n1. Answer: 프라이빗 서브넷의 인스턴스가"))
        #expect(parts[1].contains("Answer: A) VPC당 하나만 연결됩니다"))
        let wrong = try s.run(["export", "--format", "csv", "--answers", "end"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--answers goes with --format txt"))
    }

    @Test func excelCsvHasAByteOrderMarkAndReadsInPython() throws {
        let s = try ExportImportCommandTests.scratch()
        defer { s.remove() }
        let plain = try s.run(["export", "--format", "csv", "-o", "plain.csv"])
        let excel = try s.run(["export", "--format", "csv", "--excel", "-o", "excel.csv"])
        #expect(plain.status == 0 && excel.status == 0, "\(excel.stderr)")
        let plainBytes = try #require(FileManager.default.contents(atPath: s.url.appendingPathComponent("plain.csv").path))
        let excelBytes = try #require(FileManager.default.contents(atPath: s.url.appendingPathComponent("excel.csv").path))
        #expect(Array(excelBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(excelBytes.dropFirst(3) == plainBytes, "--excel only adds the mark")
        #expect(!plainBytes.starts(with: [0xEF, 0xBB, 0xBF]), "without --excel the csv is as it was")
        let text = String(decoding: excelBytes, as: UTF8.self)
        // Outside quoted fields, every line ends in CRLF (breaks inside a cell are the cell's own).
        var quoted = false
        var previous: Character = " "
        var bareLineFeeds = 0
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if scalar == "\n", !quoted, previous != "\r" { bareLineFeeds += 1 }
            previous = Character(scalar)
        }
        #expect(bareLineFeeds == 0 && text.hasSuffix("\r\n"))

        let script = """
            import csv, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                rows = list(csv.reader(f))
            print(rows[0][0], len(rows), [r[3] for r in rows if r[0] == 'az'][0])
            """
        let python = try RecallBinary.run(executable: URL(fileURLWithPath: "/usr/bin/env"),
                                          ["python3", "-c", script, s.url.appendingPathComponent("excel.csv").path])
        #expect(python.status == 0)
        let printed = python.stdout
        #expect(printed == "id 8 가용 영역\n", "the header's first cell is 'id', not the mark; Hangul reads back")

        let wrong = try s.run(["export", "--format", "txt", "--excel"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--excel goes with --format csv"))
    }
}
