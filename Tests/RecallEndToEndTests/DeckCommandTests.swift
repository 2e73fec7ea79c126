import Foundation
import Testing
import RecallTestSupport

@Suite struct CheckCommandTests {
    @Test func bundledDecksPass() throws {
        let result = try RecallBinary.run(["check", "Decks"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("no problems"))
        #expect(result.stdout.range(of: #"^\d+ decks?, \d+ cards from \d+ notes \(.*\); no problems\n$"#, options: .regularExpression) != nil)
    }

    @Test func choiceWithoutCorrectOptionFailsWithPlaceAndStatus65() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("Decks/vpc.md", "---\ndeck: AWS::VPC\n---\n## 좋은 카드\n답\n\n## 정답이 없는 문제\n\n- [ ] 하나\n- [ ] 둘\n")
        let result = try RecallBinary.run(["check", "Decks/vpc.md"], in: scratch.url)
        #expect(result.status == 65)
        #expect(result.stderr == "Decks/vpc.md:9:3: multiple-choice card has no correct option; mark one '- [x]'\n")
        #expect(result.stdout == "1 deck, 1 card from 1 note (1 basic); 1 error\n")
    }

    @Test func everyErrorInEveryFileIsReported() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("d/a.md", "## A\n\n## B\n- [x] x\n")
        try scratch.write("d/b.md", "---\ndeck: B\n")
        try scratch.write("d/c.md", "## Q\n<!-- id: same -->\n답\n")
        try scratch.write("d/e.md", "## R\n<!-- id: same -->\n답\n")
        let result = try RecallBinary.run(["check", "d"], in: scratch.url)
        #expect(result.status == 65)
        #expect(result.stderr.split(separator: "\n") == [
            "d/a.md:1:1: card has no answer; write it below the heading",
            "d/a.md:4:3: multiple-choice card needs at least two options",
            "d/b.md:1:1: front matter is never closed; add a line '---' after its last key",
            "d/e.md:1:1: duplicate card id 'same', first used at d/c.md:1:1",
        ])
    }

    @Test func randomBytesGiveAnErrorNotACrash() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        var generator = SeededRandom(seed: 13)
        let bytes = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(bytes).write(to: scratch.url.appendingPathComponent("random.md"))
        let result = try RecallBinary.run(["check", "random.md"], in: scratch.url)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("random.md:"))
        #expect(result.stderr.contains("not UTF-8"))
    }

    @Test func emptyFileAndHeadingOnlyDeck() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("empty.md", "")
        try scratch.write("title.md", "# 제목만 있는 덱\n")
        let result = try RecallBinary.run(["check", "empty.md", "title.md"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stderr == "empty.md:1:1: warning: deck file is empty; each card starts with a '## ' heading\ntitle.md:1:1: warning: deck has no cards; each card starts with a '## ' heading\n")
        #expect(result.stdout == "2 decks, 0 cards from 0 notes; 2 warnings\n")
    }

    @Test func missingPathExits66() throws {
        let result = try RecallBinary.run(["check", "/no/such/deck.md"])
        #expect(result.status == 66)
        #expect(result.stderr == "recall: /no/such/deck.md: no such file or folder\n")
    }

    @Test func writeIDsPinsDerivedIDsWithoutChangingThem() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("Decks/s3.md", "## 버킷이란?\n객체를 담는 컨테이너\n\n## 고정된 카드\n<!-- id: s3-fixed -->\n답\n")
        let before = try RecallBinary.run(["show", "s3-fixed"], in: scratch.url)
        #expect(before.status == 0)
        let derived = try RecallBinary.run(["list"], in: scratch.url)
        #expect(derived.status == 0)
        let written = try RecallBinary.run(["check", "--write-ids"], in: scratch.url)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.hasPrefix("wrote 1 id to 1 file\n"))
        let text = try scratch.read("Decks/s3.md")
        let id = try #require(text.firstMatch(of: /<!-- id: (s3-[0-9a-f]{10}) -->/)?.1)
        #expect(text == "## 버킷이란?\n<!-- id: \(id) -->\n객체를 담는 컨테이너\n\n## 고정된 카드\n<!-- id: s3-fixed -->\n답\n")
        let again = try RecallBinary.run(["check", "--write-ids"], in: scratch.url)
        #expect(again.stdout.hasPrefix("wrote 0 ids to 0 files\n"))
    }
}

@Suite struct ListAndShowTests {
    @Test func listShowsDecksWithCounts() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("Decks/AWS/vpc.md", "## A\na\n\n## B\ntype:: reversible\nb\n")
        try scratch.write("Decks/s3.md", "---\ndeck: AWS::S3 스토리지\n---\n## C\nc\n")
        let result = try RecallBinary.run(["list"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stdout == """
            DECK              CARDS  FILE
            AWS::S3 스토리지      1  Decks/s3.md
            AWS::vpc              3  Decks/AWS/vpc.md
            total                 4

            """)
    }

    @Test func deckFolderComesFromOptionThenEnvironment() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("mine/a.md", "## A\na\n")
        try scratch.write("theirs/b.md", "## B\nb\n## C\nc\n")
        let fromOption = try RecallBinary.run(["list", "--decks", "mine"], in: scratch.url, environment: ["RECALL_DECKS": "theirs"])
        #expect(fromOption.stdout.contains("mine/a.md"))
        let fromEnvironment = try RecallBinary.run(["list"], in: scratch.url, environment: ["RECALL_DECKS": "theirs"])
        #expect(fromEnvironment.stdout.contains("theirs/b.md"))
        let none = try RecallBinary.run(["list"], in: scratch.url)
        #expect(none.status == 66)
        #expect(none.stderr.contains("no deck folder found"))
    }

    @Test func showPrintsEveryPartOfAChoiceCard() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("Decks/q.md", """
            ---
            deck: AWS::VPC
            tags: networking
            ---
            ## NAT 게이트웨이는 어디에 두나요?
            <!-- id: vpc-nat-where -->
            - [ ] 프라이빗 서브넷
            - [x] 퍼블릭 서브넷
            explanation:: 인터넷 게이트웨이로 나가는 경로가 있어야 합니다.
            source:: notes.md:12
            """)
        let data = scratch.url.appendingPathComponent("data").path
        let result = try RecallBinary.run(["show", "vpc-nat-where", "--data-dir", data], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stdout == """
            id:      vpc-nat-where
            deck:    AWS::VPC
            type:    choice
            tags:    networking
            source:  notes.md:12
            file:    Decks/q.md:5

            Q: NAT 게이트웨이는 어디에 두나요?
               1. [ ] 프라이빗 서브넷
               2. [x] 퍼블릭 서브넷
            A: - 퍼블릭 서브넷
            Explanation: 인터넷 게이트웨이로 나가는 경로가 있어야 합니다.

            progress:   new (never studied)

            """)
        let missing = try RecallBinary.run(["show", "vpc-nat"], in: scratch.url)
        #expect(missing.status == 1)
        #expect(missing.stderr == "recall: no card with id 'vpc-nat'\ndid you mean: vpc-nat-where\n")
    }

    @Test(arguments: [[], ["check"], ["list"], ["show"], ["extract"]])
    func everyCommandHasHelp(_ command: [String]) throws {
        let result = try RecallBinary.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: recall"))
    }
}
