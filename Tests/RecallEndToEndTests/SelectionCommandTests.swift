import Foundation
import Testing
import RecallTestSupport

/// `--deck` and `--tag` mean the same in `review`, `quiz`, `export` and `due`: names compare
/// without case, a deck takes its sub-decks, and a name that matches nothing is a usage error
/// (64) with "did you mean".
@Suite struct SelectionCommandTests {
    /// Each command with what it needs besides the selection; `review` and `quiz` get as far as
    /// asking for a terminal (exit 1) once the selection is accepted.
    static let commands: [(arguments: [String], acceptedStatus: Int32)] = [
        (["review"], 1),
        (["quiz", "--count", "1"], 1),
        (["export", "--format", "txt"], 0),
        (["due"], 0),
    ]

    static func run(_ arguments: [String]) throws -> RecallBinary.Output {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        return try RecallBinary.run(arguments + ["--decks", "Decks", "--data-dir", scratch.url.appendingPathComponent("data").path],
                                    environment: ["TZ": "UTC"])
    }

    @Test(arguments: 0..<4)
    func aDeckNameIgnoresCase(command: Int) throws {
        let (arguments, accepted) = Self.commands[command]
        let output = try Self.run(arguments + ["--deck", "aws::vpc"])
        #expect(output.status == accepted, "\(arguments): \(output.stderr)")
        #expect(!output.stderr.contains("no deck"), "\(arguments): \(output.stderr)")
    }

    @Test(arguments: 0..<4)
    func anUnknownDeckIsAUsageErrorWithASuggestion(command: Int) throws {
        let (arguments, _) = Self.commands[command]
        let output = try Self.run(arguments + ["--deck", "AWS::VCP"])
        #expect(output.status == 64, "\(arguments): \(output.stderr)")
        #expect(output.stderr == "recall: no deck named 'AWS::VCP' (did you mean 'AWS::VPC'?); 'recall list' lists the decks\n",
                "\(arguments)")
        #expect(output.stdout.isEmpty)
    }

    @Test(arguments: 0..<4)
    func anUnknownTagIsAUsageErrorWithASuggestion(command: Int) throws {
        let (arguments, _) = Self.commands[command]
        let output = try Self.run(arguments + ["--tag", "Netwrking"])
        #expect(output.status == 64, "\(arguments): \(output.stderr)")
        #expect(output.stderr == "recall: no card has the tag 'Netwrking' (did you mean 'networking'?)\n", "\(arguments)")
    }

    @Test(arguments: 0..<4)
    func aTagIgnoresCase(command: Int) throws {
        let (arguments, accepted) = Self.commands[command]
        let output = try Self.run(arguments + ["--tag", "NETWORKING"])
        #expect(output.status == accepted, "\(arguments): \(output.stderr)")
    }

    @Test func aDeckTakesItsSubDecksInExportAndDue() throws {
        let all = try Self.run(["export", "--format", "csv"])
        let aws = try Self.run(["export", "--format", "csv", "--deck", "aws"])
        #expect(aws.status == 0 && aws.stdout == all.stdout)
        let vpc = try Self.run(["export", "--format", "csv", "--deck", "AWS::VPC"])
        let vpcDecks = Set(vpc.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[1] })
        #expect(vpcDecks == ["AWS::VPC"])

        let due = try Self.run(["due", "--deck", "Aws::Vpc", "--at", "2026-03-01T09:00:00Z"])
        #expect(due.status == 0, "\(due.stderr)")
        let rows = due.stdout.split(separator: "\n").map { $0.split(separator: " ")[0] }
        #expect(rows == ["DECK", "AWS::VPC", "total"], "\(due.stdout)")
        let everything = try Self.run(["due", "--deck", "AWS", "--json", "--at", "2026-03-01T09:00:00Z"])
        let allDue = try Self.run(["due", "--json", "--at", "2026-03-01T09:00:00Z"])
        #expect(everything.stdout == allDue.stdout)
    }

    @Test func aTagTakesItsCardsInDue() throws {
        let due = try Self.run(["due", "--tag", "nat", "--json", "--at", "2026-03-01T09:00:00Z"])
        #expect(due.status == 0, "\(due.stderr)")
        let export = try Self.run(["export", "--format", "csv", "--tag", "nat"])
        let ids = export.stdout.split(separator: "\r\n").dropFirst().map { $0.prefix { $0 != "," } }
        // Siblings are buried: a note gives one new card a day (a reversible note's reverse waits).
        let notes = Set(ids.map { $0.prefix { $0 != "/" } }).count
        #expect(notes > 0)
        #expect(due.stdout.contains("\"total\":{\"new\":\(notes),"), "\(due.stdout)")
    }
}
