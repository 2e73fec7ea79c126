import Foundation
import Testing
import RecallTestSupport

/// Inputs that crashed the built binary: a message and an exit status now, never a signal.
@Suite struct ParserLimitsCommandTests {
    @Test func sm2ReplayOfAHugeEaseAnsweredLateDoesNotTrap() throws {
        var lines: [String] = []
        for second in 0..<16_000 {
            lines.append(#"{"card_id": 1, "rating": 4, "review_datetime": "0001-01-01T\#(String(format: "%02d:%02d:%02d", 9 + second / 3600, second / 60 % 60, second % 60))+00:00"}"#)
        }
        lines.append(#"{"card_id": 1, "rating": 4, "review_datetime": "8900-01-01T09:00:00+00:00"}"#)
        // From a file: megabytes through stdin while the output fills the other pipe would block.
        let folder = try TempFolder()
        defer { folder.remove() }
        let log = try folder.write("easy.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try RecallBinary.run(["replay", "--scheduler", "sm2", log])
        #expect(result.status == 0, "\(result.stderr.prefix(400))")
        #expect(result.stdout.split(separator: "\n").last?.contains(#""stability": 36500.0, "difficulty": 65.535"#) == true)
    }

    @Test(arguments: ["<b>", "<div>", "<ul><li>"])
    func importOfDeeplyNestedHTMLSkipsTheRow(_ open: String) throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let deep = String(repeating: open, count: open == "<ul><li>" ? 20_000 : 40_000) + "답"
        try folder.write("deep.txt", "#separator:tab\n#html:true\n얕은 질문\t답\n깊은 질문\t\(deep)\n")
        let result = try RecallBinary.run(["import", "deep.txt", "-o", "out.md"], in: folder.url)
        #expect(result.status == 65, "\(result.stderr.prefix(400))")
        #expect(result.stderr.hasPrefix("deep.txt:4:1: row skipped: field 2 nests HTML elements more than 256 deep"))
        #expect(try folder.read("out.md").contains("## 얕은 질문"))
    }
}
