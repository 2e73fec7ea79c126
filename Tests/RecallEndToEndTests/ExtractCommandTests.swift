import Foundation
import Testing
import RecallTestSupport

@Suite struct ExtractCommandTests {
    static let note = """
        ---
        title: VPC 정리
        ---
        # VPC 정리

        ## 방화벽
        - **보안 그룹**: 인스턴스 단위의 상태 저장 방화벽
        - NACL - 서브넷 단위의 비상태 저장 방화벽
        - 기본 규칙 확인: `aws ec2 describe-security-groups`

        ## 연결
        서브넷::VPC 안의 IP 주소 범위
        NAT 게이트웨이는 ==퍼블릭 서브넷==에 둔다.
        - 문서: https://docs.aws.amazon.com/vpc/
        """

    @Test func extractThenCheckThenMergeAnEditedNote() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("notes/vpc.md", Self.note)
        let first = try RecallBinary.run(["extract", "notes/vpc.md", "-o", "deck.md"], in: scratch.url)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty)
        #expect(first.stderr.hasPrefix("wrote "), "\(first.stderr)")
        let deck = try scratch.read("deck.md")
        #expect(deck.hasPrefix("---\ndeck: vpc\nsource: vpc.md\n---\n"))
        #expect(deck.contains("## [방화벽] 보안 그룹이란?\n<!-- id: vpc-"))
        #expect(deck.contains("tags:: security-group, networking\nsource:: vpc.md:7\n"))
        #expect(!deck.contains("https://") && !deck.contains("aws ec2"))

        let check = try RecallBinary.run(["check", "deck.md"], in: scratch.url)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasSuffix("; no problems\n"), "\(check.stdout)")

        // The user edits the deck; the note gets a new fact, a reworded answer and moved lines.
        let edited = deck.replacing("인스턴스 단위의 상태 저장 방화벽", with: "인스턴스에 붙는 방화벽 (내 말로)")
        try scratch.write("deck.md", edited)
        let newNote = Self.note
            .replacing("- NACL - 서브넷 단위의 비상태 저장 방화벽\n", with: "")
            .replacing("## 연결\n", with: "## 연결\n- 피어링: 두 VPC를 프라이빗하게 연결\n- NACL - 서브넷 단위 방화벽\n")
        try scratch.write("notes/vpc.md", newNote)
        let second = try RecallBinary.run(["extract", "notes/vpc.md", "-o", "deck.md"], in: scratch.url)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.hasPrefix("added "), "\(second.stderr)")
        let merged = try scratch.read("deck.md")
        #expect(merged.hasPrefix(edited))
        #expect(merged.dropFirst(edited.count).contains("## [연결] 피어링이란?\n"))
        #expect(!merged.dropFirst(edited.count).contains("보안 그룹"))
        #expect(try RecallBinary.run(["check", "deck.md"], in: scratch.url).status == 0)

        let third = try RecallBinary.run(["extract", "notes/vpc.md", "-o", "deck.md"], in: scratch.url)
        #expect(third.stderr.hasPrefix("added 0 new cards, kept "), "\(third.stderr)")
        #expect(try scratch.read("deck.md") == merged)
    }

    @Test func stdoutDeckNameOptionAndStats() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("vpc.txt", Self.note)
        let result = try RecallBinary.run(["extract", "vpc.txt", "--deck", "AWS::VPC", "--stats"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("---\ndeck: AWS::VPC\nsource: vpc.txt\n---\n# AWS::VPC\n"))
        #expect(result.stdout.contains("<!-- id: aws-vpc-"))
        #expect(result.stderr.hasPrefix("vpc.txt: "), "\(result.stderr)")
        #expect(result.stderr.contains("Q::A") && result.stderr.contains("==cloze=="))
    }

    /// `--stats` prints, after each note's line, its skipped drafts by reason; a draft repeating
    /// an earlier note's answer counts in its own note.
    @Test func statsCountSkippedDraftsByReason() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("a.md", "# 보안\nKMS는 암호화 키를 만들고 관리하는 서비스이다.\n")
        try scratch.write("b.md", """
            # 키 관리
            AWS KMS는 암호화 키를 만들고 관리하는 서비스이다.

            CloudHSM은 전용 하드웨어 보안 모듈을 제공한다.

            회수 확률은 낮다고 한다.
            """)
        let result = try RecallBinary.run(["extract", "a.md", "b.md", "--stats"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("a.md: 1 card") == true, "\(result.stderr)")
        #expect(lines.dropFirst().first?.hasPrefix("b.md: 1 card") == true, "\(result.stderr)")
        #expect(lines.last == "  skipped 2: 1 repeats another answer, 1 anecdote", "\(result.stderr)")
        let korean = try RecallBinary.run(["extract", "a.md", "b.md", "--stats", "--lang", "ko"], in: scratch.url)
        #expect(korean.stderr.contains("  건너뛴 초안 2개: 다른 답 반복 1개, 일화와 전언 1개"), "\(korean.stderr)")
        #expect(!result.stdout.contains("회수 확률"))
    }

    @Test func missingNoteExits66AndNamesIt() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        let result = try RecallBinary.run(["extract", "nowhere.md", "-o", "deck.md"], in: scratch.url)
        #expect(result.status == 66)
        #expect(result.stderr == "recall: nowhere.md: no such file\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("deck.md").path))
    }

    @Test func noteThatIsNotUTF8Exits65WithItsPlace() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        var bytes = Array("## 제목\n- 용어: 정의\n".utf8)
        bytes += [0x2D, 0x20, 0xC3, 0x28, 0x0A]
        try Data(bytes).write(to: scratch.url.appendingPathComponent("bad.md"))
        let result = try RecallBinary.run(["extract", "bad.md"], in: scratch.url)
        #expect(result.status == 65)
        #expect(result.stderr == "bad.md:3:3: file is not UTF-8 text (invalid byte here); save it as UTF-8\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func existingDeckWithErrorsIsRefusedAndLeftAlone() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("note.md", Self.note)
        let broken = "## 답이 없는 카드\n"
        try scratch.write("deck.md", broken)
        let result = try RecallBinary.run(["extract", "note.md", "-o", "deck.md"], in: scratch.url)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("deck.md:1:1: card has no answer"), "\(result.stderr)")
        #expect(try scratch.read("deck.md") == broken)
    }

    @Test func noCardsGivesAnEmptyValidDeckAndExit0() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("empty.md", "그냥 문장 하나.\n")
        let result = try RecallBinary.run(["extract", "empty.md", "-o", "deck.md"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stderr == "recall: no cards found in empty.md; the deck has none\nwrote 0 cards to deck.md\n")
        let check = try RecallBinary.run(["check", "deck.md"], in: scratch.url)
        #expect(check.status == 0)
        #expect(check.stdout == "1 deck, 0 cards from 0 notes; 1 warning\n")
    }

    @Test func badDeckNameIsAUsageError() throws {
        let result = try RecallBinary.run(["extract", "Decks/starter.md", "--deck", "AWS::"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--deck: deck name 'AWS::' has an empty part"))
    }
}
