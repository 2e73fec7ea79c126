import Foundation
import Testing
import RecallTestSupport

/// `recall export` and `recall import` as a user runs them.
@Suite struct ExportImportCommandTests {
    /// One note of each kind, with Korean, a tab, quotes, a line break inside a paragraph and `|`.
    static let deck = """
        ---
        deck: AWS::VPC
        tags: [vpc]
        ---
        # VPC

        ## NAT 게이트웨이는 "무엇을" 하나요? | 설명
        <!-- id: nat -->
        프라이빗 서브넷의\t인스턴스가 **인터넷으로 나가는** 연결을 만듭니다.
        인터넷에서 들어오는 연결은 받지 않습니다 | 단방향.
        explanation:: 퍼블릭 서브넷에 둡니다.
        tags:: nat

        ## 가용 영역
        type:: reversible
        <!-- id: az -->
        리전 안의 데이터 센터 묶음

        ## VPC 범위
        <!-- id: scope -->
        VPC는 {{c1::리전}} 단위, 서브넷은 {{c2::AZ::범위}} 단위입니다.

        ## 인터넷 게이트웨이에 대해 옳은 것은?
        <!-- id: igw -->
        - [x] VPC당 하나만 연결됩니다
        - [ ] AZ마다 하나씩 "만듭니다"

        ## 서울 리전 코드는?
        <!-- id: seoul -->
        answer:: ap-northeast-2
        accept:: apne2

        """

    /// Terminal columns: Hangul, CJK and fullwidth forms take two.
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0xFFE0...0xFFE6: return width + 2
            default: return width + 1
            }
        }
    }

    static func scratch() throws -> StudyScratch {
        try StudyScratch(deck: deck)
    }
}

extension StudyScratch {
    /// Runs a command that takes no `--data-dir` (check, import) in the scratch folder.
    @discardableResult
    func plain(_ arguments: [String]) throws -> RecallBinary.Output {
        try RecallBinary.run(arguments, in: url)
    }
}

extension ExportImportCommandTests {

    @Test func mdExportChecksWithTheSameIDs() throws {
        let s = try Self.scratch()
        defer { s.remove() }
        let export = try s.run(["export", "--format", "md", "-o", "out/vpc.md"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr == "wrote 7 cards from 1 deck to out/vpc.md\n")
        let original = try s.plain(["check", "--write-ids", "Decks"])
        let again = try s.plain(["check", "out/vpc.md"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "1 deck, 7 cards from 5 notes (1 basic, 2 reversible, 2 cloze, 1 choice, 1 typein); no problems\n")
        #expect(original.stdout.hasSuffix(again.stdout))
        let ids = try s.run(["export", "--format", "csv", "--decks", "out/vpc.md"]).stdout
        #expect(ids == (try s.run(["export", "--format", "csv"])).stdout.replacing("Decks/vpc.md", with: "out/vpc.md"))
    }

    @Test func mdExportOfSeveralDecksNeedsAFolder() throws {
        let s = try Self.scratch()
        defer { s.remove() }
        try s.scratch.write("Decks/more/s3.md", "---\ndeck: AWS::S3\n---\n## 버킷?\n<!-- id: bucket -->\n객체를 담는 곳\n")
        let refused = try s.run(["export", "--format", "md"])
        #expect(refused.status == 64)
        #expect(refused.stderr == "recall: the md export has 2 decks; give -o FOLDER/ for one deck file each, or --deck NAME\n")
        let folder = try s.run(["export", "--format", "md", "-o", "copy/"])
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(try s.scratch.read("copy/more/s3.md").hasPrefix("---\ndeck: AWS::S3\n---\n# S3\n"))
        #expect(try s.plain(["check", "copy"]).stdout.hasPrefix("2 decks, 8 cards"))
        let intoDecks = try s.run(["export", "--format", "md", "-o", "Decks/copy/"])
        #expect(intoDecks.status == 64)
        #expect(intoDecks.stderr.contains("is in the deck folder"))
        let one = try s.run(["export", "--format", "md", "--deck", "aws::s3"])
        #expect(one.stdout.contains("<!-- id: bucket -->"))
    }

    @Test func csvHasProgressAndReadsWithAStandardReader() throws {
        let s = try Self.scratch()
        defer { s.remove() }
        let noData = try s.run(["export", "--format", "csv"])
        #expect(noData.status == 0, "\(noData.stderr)")
        #expect(noData.stdout.hasPrefix("id,deck,type,question,answer,options,tags,source,state,due,stability,difficulty,reps,lapses,explanation,accept\r\n"))
        #expect(noData.stdout.contains("\r\nnat,AWS::VPC,basic,\"NAT 게이트웨이는 \"\"무엇을\"\" 하나요? | 설명\",\"프라이빗 서브넷의\t인스턴스가"))
        #expect(!FileManager.default.fileExists(atPath: s.data), "export only reads the data folder")
        try s.run(["answer", "nat", "good", "--at", "2026-03-01T09:00:00Z"])
        try s.run(["answer", "nat", "good", "--at", "2026-03-01T09:10:00Z"])
        let withData = try s.run(["export", "--format", "csv", "--tag", "nat", "-o", "cards.csv"])
        #expect(withData.stderr == "wrote 1 card from 1 deck to cards.csv\n")
        let text = try s.scratch.read("cards.csv")
        #expect(text.contains(",vpc nat,,review,2026-03-"), "\(text)")
    }

    @Test func ankiExportImportsBackWithTheSameIDs() throws {
        let s = try Self.scratch()
        defer { s.remove() }
        let export = try s.run(["export", "--format", "anki", "-o", "anki.txt"])
        #expect(export.stderr == "wrote 5 notes (7 cards from 1 deck) to anki.txt\n")
        let text = try s.scratch.read("anki.txt")
        #expect(text.hasPrefix("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"))
        #expect(text.contains("\nscope\tCloze\tAWS::VPC\tVPC 범위<br><br>VPC는 {{c1::리전}} 단위, 서브넷은 {{c2::AZ::범위}} 단위입니다.\t\tvpc\n"))
        let imported = try s.plain(["import", "anki.txt", "-o", "back.md"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr == "imported 7 cards from 5 notes in 1 deck to back.md\n")
        let checked = try s.plain(["check", "back.md"])
        #expect(checked.status == 0)
        let before = try s.run(["export", "--format", "csv"]).stdout
        let after = try s.run(["export", "--format", "csv", "--decks", "back.md"]).stdout
        #expect(after == before)
        let again = try s.plain(["import", "anki.txt", "-o", "back.md"])
        #expect(again.status == 64)
        #expect(again.stderr == "recall: back.md exists; add --force to replace it\n")
        #expect(try s.plain(["import", "anki.txt", "-o", "back.md", "--force"]).status == 0)
    }

    @Test func txtFitsIn80ColumnsAndJsonParses() throws {
        let s = try Self.scratch()
        defer { s.remove() }
        let txt = try s.run(["export", "--format", "txt"])
        #expect(txt.stdout.hasPrefix("AWS::VPC (7 cards)\n==================\n\n1. NAT 게이트웨이는 \"무엇을\" 하나요? | 설명\n"))
        #expect(txt.stdout.contains("   [x] VPC당 하나만 연결됩니다\n   [ ] AZ마다 하나씩 \"만듭니다\"\n"))
        let bundled = try RecallBinary.run(["export", "--format", "txt", "--decks", "Decks"])
        let lines = bundled.stdout.split(separator: "\n")
        #expect(lines.count > 4000)
        #expect(lines.allSatisfy { Self.columns($0) <= 80 }, "\(lines.filter { Self.columns($0) > 80 })")
        try s.run(["answer", "seoul", "easy", "--at", "2026-03-01T09:00:00Z"])
        let json = try s.run(["export", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["format"] as? String == "recall-export")
        #expect((object?["reviews"] as? [[String: Any]])?.first?["card"] as? String == "seoul")
        #expect((object?["decks"] as? [[String: Any]])?.first?["name"] as? String == "AWS::VPC")
    }

    @Test func badOptionsAndInputsSayWhatAndWhere() throws {
        let s = try Self.scratch()
        defer { s.remove() }
        let format = try s.run(["export", "--format", "pdf"])
        #expect(format.status == 64)
        // Six formats: ArgumentParser lists them one a line.
        #expect(format.stderr.contains("The value 'pdf' is invalid for '--format <format>'. Please provide one of the following:\n"
            + "  - txt\n  - md\n  - csv\n  - anki\n  - json\n  - apkg\n"))
        let noDeck = try s.run(["export", "--format", "csv", "--deck", "GCP"])
        #expect(noDeck.status == 64, "an unknown deck is a usage error, as in every command")
        #expect(noDeck.stderr == "recall: no deck named 'GCP'; 'recall list' lists the decks\n")
        let missing = try s.plain(["import", "nowhere.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "recall: nowhere.txt: no such file\n")
        let importFormat = try s.plain(["import", "x.txt", "--format", "colpkg"])
        #expect(importFormat.status == 64)

        try s.scratch.write("rows.csv", "id,question,answer\nok,좋은 질문,답\nbad,\"닫히지 않은,답\n")
        try s.scratch.write("out.md", "old deck\n")
        let rows = try s.plain(["import", "rows.csv", "-o", "out.md", "--force"])
        #expect(rows.status == 65)
        #expect(rows.stderr == """
            rows.csv:3:1: row skipped: a quoted field in this row is never closed; end it with a quote (")
            imported 1 card from 1 note in 1 deck to out.md; skipped 1 row

            """)
        #expect(try s.scratch.read("out.md").contains("## 좋은 질문\n<!-- id: ok -->\n답\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: s.url.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary files are left: \(leftovers)")

        try s.scratch.write("two.txt", "#separator:tab\n#deck column:1\nA\tq1\ta1\nB\tq2\ta2\n")
        let two = try s.plain(["import", "two.txt"])
        #expect(two.status == 64)
        #expect(two.stderr.hasSuffix("two.txt has notes in 2 decks (A, B); give -o FOLDER/ for one deck file each, or --deck NAME to put them in one deck\n"))
        let folder = try s.plain(["import", "two.txt", "-o", "imported/"])
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(try s.plain(["check", "imported"]).stdout.hasPrefix("2 decks, 2 cards"))
        #expect(FileManager.default.fileExists(atPath: s.url.appendingPathComponent("imported/B.md").path))
        let merged = try s.plain(["import", "two.txt", "--deck", "합친::덱"])
        #expect(merged.stdout.hasPrefix("---\ndeck: 합친::덱\n---\n# 덱\n"))
    }
}
