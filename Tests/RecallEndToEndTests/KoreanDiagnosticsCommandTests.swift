import Foundation
import Testing
import RecallCore
import RecallTestSupport

/// Deck diagnostics, import errors and the study sheet from the built binary in Korean (`--lang ko`
/// or a Korean locale), the English unchanged, and the machine formats the same in both.
@Suite struct KoreanDiagnosticsCommandTests {
    static let brokenDeck = """
        ---
        deck: AWS::VPC
        title: VPC
        ---
        ## 좋은 카드
        <!-- id: nat -->
        답

        ## 같은 id
        <!-- id: nat -->
        답

        ## 종류가 틀린 카드
        type:: flashcard
        답

        ## 빈칸이 없는 빈칸 카드
        type:: cloze
        답

        """

    static let koreanLines = [
        "Decks/vpc.md:3:1: 경고: 알 수 없는 프런트 매터 키 'title': 무시합니다(알려진 키: deck, tags, source, scheduler)",
        "Decks/vpc.md:9:1: 오류: 카드 id 'nat'이 중복됩니다. 처음 쓴 곳: Decks/vpc.md:5:1",
        "Decks/vpc.md:14:8: 오류: 알 수 없는 카드 종류 'flashcard'입니다. 다음 중 하나를 쓰세요: basic, reversible, cloze, choice, typein",
        "Decks/vpc.md:18:1: 오류: type:: cloze 카드에는 '{{c1::text}}' 같은 빈칸이 있어야 하는데, 이 카드는 기본 카드입니다",
    ]

    func scratch() throws -> TempFolder {
        let scratch = try TempFolder()
        try scratch.write("Decks/vpc.md", Self.brokenDeck)
        return scratch
    }

    @Test func checkReportsEveryProblemInKoreanWithItsPlace() throws {
        let scratch = try scratch()
        defer { scratch.remove() }
        let result = try RecallBinary.run(["check", "--lang", "ko", "Decks/vpc.md"], in: scratch.url)
        #expect(result.status == 65)
        #expect(result.stderr.split(separator: "\n").map(String.init) == Self.koreanLines)
    }

    @Test func aKoreanLocaleGivesTheSameAndEnglishStaysAsItWas() throws {
        let scratch = try scratch()
        defer { scratch.remove() }
        let korean = try RecallBinary.run(["check", "Decks/vpc.md"], in: scratch.url, environment: ["LANG": "ko_KR.UTF-8"])
        #expect(korean.status == 65)
        #expect(korean.stderr.split(separator: "\n").map(String.init) == Self.koreanLines)
        let english = try RecallBinary.run(["check", "Decks/vpc.md"], in: scratch.url)
        #expect(english.status == 65)
        #expect(english.stderr.split(separator: "\n") == [
            "Decks/vpc.md:3:1: warning: unknown front matter key 'title' is ignored (known: deck, tags, source, scheduler)",
            "Decks/vpc.md:9:1: duplicate card id 'nat', first used at Decks/vpc.md:5:1",
            "Decks/vpc.md:14:8: unknown card type 'flashcard'; use one of basic, reversible, cloze, choice, typein",
            "Decks/vpc.md:18:1: type:: cloze needs a cloze such as '{{c1::text}}', but this card is basic",
        ])
    }

    @Test func importSaysWhichRowsWereSkippedInKorean() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("in.csv", "question,answer,type\nNAT?,나가는 연결,\n\"a\"x,b,\nq2,a2,weird\n")
        let result = try RecallBinary.run(["import", "--lang", "ko", "in.csv", "-o", "Decks/in.md"], in: scratch.url)
        #expect(result.status != 0 || FileManager.default.fileExists(atPath: scratch.file("Decks/in.md")), "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("in.csv:3:1: 오류: 행을 건너뛰었습니다: 필드의 닫는 따옴표 뒤에 텍스트가 있습니다. 따옴표로 묶은 필드 안의 따옴표는 두 번 씁니다(\"\")"), "\(lines)")
        #expect(lines.contains("in.csv:4:1: 오류: 행을 건너뛰었습니다: 알 수 없는 카드 종류 'weird'입니다. 다음 중 하나를 쓰세요: basic, reversible, cloze, choice, typein"), "\(lines)")
    }

    @Test func theStudySheetSpeaksKoreanAndFitsThePage() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let sheet = try s.run(["export", "--format", "txt", "--lang", "ko"])
        #expect(sheet.status == 0, "\(sheet.stderr)")
        #expect(sheet.stdout == "AWS::VPC (카드 3장)\n===================\n\n1. NAT?\n   정답: A\n\n2. IGW?\n   정답: B\n\n3. RT?\n   정답: C\n")
        let bundled = try RecallBinary.run(["export", "--format", "txt", "--answers", "end", "--lang", "ko", "--decks", "Decks"])
        #expect(bundled.status == 0, "\(bundled.stderr)")
        #expect(bundled.stdout.contains("\n정답표\n"))
        for line in bundled.stdout.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= 80, "\(line)")
        }
    }

    /// The machine formats do not follow the language: json, csv and the Anki text export are
    /// byte for byte the same under `--lang ko` and `--lang en`.
    @Test(arguments: ["json", "csv", "anki"])
    func machineFormatsAreTheSameInBothLanguages(format: String) throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let korean = try s.run(["export", "--format", format, "--lang", "ko"])
        let english = try s.run(["export", "--format", format, "--lang", "en"])
        #expect(korean.status == 0 && english.status == 0, "\(korean.stderr)")
        #expect(!korean.stdout.isEmpty)
        // The json names the moment it was made; everything else is the same bytes.
        func withoutMoment(_ text: String) -> String {
            text.replacing(/"exported" : "[^"]*"/, with: "\"exported\" : \"\"")
        }
        #expect(Array(withoutMoment(korean.stdout).utf8) == Array(withoutMoment(english.stdout).utf8))
    }
}
