import Foundation
import Testing
import RecallTestSupport

/// The study commands outside a terminal: they refuse clearly, and bad options are usage errors.
/// (In a terminal they are driven by Scripts/tui-test.sh.)
@Suite struct StudyCommandTests {
    @Test(arguments: [[String](), ["home"], ["review"], ["review", "--deck", "AWS::VPC"]])
    func withoutATerminalTheStudyScreenExitsOne(arguments: [String]) throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        let data = scratch.url.appendingPathComponent("data").path
        let output = try RecallBinary.run(arguments + ["--decks", "Decks", "--data-dir", data])
        #expect(output.status == 1)
        let command = arguments.first == "review" ? "recall review" : "recall"
        #expect(output.stderr.hasPrefix("recall: '\(command)' needs a terminal"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: data))  // nothing was written
    }

    /// Under a Korean locale (or `--lang ko`) the refusal is Korean; the exit status is the same.
    @Test(arguments: [(["review", "--lang", "ko"], [String: String]()), (["review"], ["LANG": "ko_KR.UTF-8"]),
                      (["quiz", "--lang", "ko"], [String: String]())])
    func withoutATerminalTheRefusalIsKoreanInKorean(arguments: [String], environment: [String: String]) throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        let data = scratch.url.appendingPathComponent("data").path
        let output = try RecallBinary.run(arguments + ["--decks", "Decks", "--data-dir", data], environment: environment)
        #expect(output.status == 1)
        let command = "'recall \(arguments[0])'"
        #expect(output.stderr.hasPrefix("recall: \(command)가 실행되려면 터미널이 필요합니다"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: data))
    }

    @Test func anUnknownDeckIsAUsageError() throws {
        let output = try RecallBinary.run(["review", "--decks", "Decks", "--deck", "AWS::Nope"])
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("recall: no deck named 'AWS::Nope'"))
        #expect(output.stderr.contains("'recall list' lists the decks"))
    }

    @Test func anUnknownTagIsAUsageError() throws {
        let output = try RecallBinary.run(["review", "--decks", "Decks", "--tag", "no-such-tag"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("no card has the tag 'no-such-tag'"))
    }

    @Test func aNegativeLimitIsAUsageError() throws {
        let output = try RecallBinary.run(["review", "--decks", "Decks", "--new-limit", "-1"])
        #expect(output.status == 64)
    }

    @Test func unsuspendNeedsIdsAndSaysWhichWereNotSuspended() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        let data = scratch.url.appendingPathComponent("data").path
        #expect(try RecallBinary.run(["unsuspend", "--data-dir", data]).status == 64)
        let output = try RecallBinary.run(["unsuspend", "start-org-scp", "--data-dir", data])
        #expect(output.status == 1)
        #expect(output.stderr.contains("'start-org-scp' is not suspended"))
        let all = try RecallBinary.run(["unsuspend", "--all", "--data-dir", data])
        #expect(all.status == 0)
        #expect(all.stdout.contains("no card is suspended"))
    }
}
