import Foundation
import Testing
import RecallTestSupport

/// `recall extract --review` refuses what it cannot do before opening a screen: no `-o`, with
/// `--dry-run`, no terminal, a damaged decisions file; and says so when nothing is left to decide.
@Suite struct ExtractReviewCommandTests {
    static let note = """
        # 네트워크 정리

        VPC::AWS 계정 전용의 격리된 가상 네트워크
        서브넷::VPC 안의 IP 주소 범위
        """

    @Test func reviewNeedsOutputAndRefusesDryRun() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("net.md", Self.note)
        let noOutput = try RecallBinary.run(["extract", "net.md", "--review"], in: scratch.url)
        #expect(noOutput.status == 64)
        #expect(noOutput.stderr.contains("--review needs -o FILE"), "\(noOutput.stderr)")
        let dry = try RecallBinary.run(["extract", "net.md", "--review", "-o", "deck.md", "--dry-run"], in: scratch.url)
        #expect(dry.status == 64)
        #expect(dry.stderr.contains("--dry-run"), "\(dry.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("deck.md")))
    }

    @Test func withoutATerminalItSaysSoAndWritesNothing() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("net.md", Self.note)
        let run = try RecallBinary.run(["extract", "net.md", "--review", "-o", "deck.md"], in: scratch.url)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--review needs a terminal"), "\(run.stderr)")
        let korean = try RecallBinary.run(["extract", "net.md", "--review", "-o", "deck.md", "--lang", "ko"], in: scratch.url)
        #expect(korean.stderr.contains("터미널"), "\(korean.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("deck.md")))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("deck.md.triage.json")))
    }

    @Test func aDamagedDecisionsFileIsRefusedWithItsPlaceAndLeftAsItIs() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("net.md", Self.note)
        let damaged = "{\n  \"schema\": \"recall-triage-1\",\n  \"drafts\": {\"net-1\": {\"decision\": \"kept\",}}\n}\n"
        try scratch.write("deck.md.triage.json", damaged)
        let run = try RecallBinary.run(["extract", "net.md", "--review", "-o", "deck.md"], in: scratch.url)
        #expect(run.status == 65)
        #expect(run.stderr.contains("deck.md.triage.json:3:"), "\(run.stderr)")
        #expect(try scratch.read("deck.md.triage.json") == damaged)
        try scratch.write("deck.md.triage.json", "{\"schema\": \"recall-triage-2\", \"drafts\": {}}")
        let schema = try RecallBinary.run(["extract", "net.md", "--review", "-o", "deck.md"], in: scratch.url)
        #expect(schema.status == 65)
        #expect(schema.stderr.contains("deck.md.triage.json:1:12: unknown schema 'recall-triage-2'"), "\(schema.stderr)")
    }

    @Test func whenEveryDraftIsDecidedItSaysSoWithoutAScreen() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("net.md", Self.note)
        let extract = try RecallBinary.run(["extract", "net.md", "-o", "deck.md"], in: scratch.url)
        #expect(extract.status == 0, "\(extract.stderr)")
        let run = try RecallBinary.run(["extract", "net.md", "--review", "-o", "deck.md"], in: scratch.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("all 2 drafts of these notes are decided: 2 kept in deck.md"), "\(run.stderr)")
    }

    @Test func checkAndTheDeckFolderIgnoreTheDecisionsFile() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("decks/net.md", "---\ndeck: net\n---\n## 서브넷\n<!-- id: net-1 -->\nVPC 안의 IP 주소 범위\n")
        try scratch.write("decks/net.md.triage.json", "{\"schema\": \"recall-triage-1\", \"deck\": \"net\", \"drafts\": {}}\n")
        let check = try RecallBinary.run(["check", "decks"], in: scratch.url)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("1 deck, 1 card"), "\(check.stdout)")
    }

    @Test func aDeckWithErrorsIsRefusedAsForAMerge() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("net.md", Self.note)
        let broken = "---\ndeck: net\n---\n## 서브넷\ntype:: 기본\n답\n"
        try scratch.write("deck.md", broken)
        let run = try RecallBinary.run(["extract", "net.md", "--review", "-o", "deck.md"], in: scratch.url)
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.stderr.contains("deck.md:5:8: "), "\(run.stderr)")
        #expect(try scratch.read("deck.md") == broken)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("deck.md.triage.json")))
    }

    /// A deck that `recall check` refuses for what only the whole deck shows (two cards with one
    /// id) is refused too, by the merge and by triage: neither writes into it.
    @Test(arguments: [["-o", "deck.md"], ["--review", "-o", "deck.md"]])
    func aDeckThatFailsCheckIsNotWrittenInto(_ options: [String]) throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("net.md", Self.note)
        let broken = "## 질문\n<!-- id: same -->\n답 하나\n\n## 다른 질문\n<!-- id: same -->\n답 둘\n"
        try scratch.write("deck.md", broken)
        let check = try RecallBinary.run(["check", "deck.md"], in: scratch.url)
        #expect(check.status == 65, "\(check.stdout)\(check.stderr)")
        let run = try RecallBinary.run(["extract", "net.md"] + options, in: scratch.url)
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.stderr.contains("deck.md:"), "\(run.stderr)")
        #expect(try scratch.read("deck.md") == broken)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("deck.md.triage.json")))
    }
}
