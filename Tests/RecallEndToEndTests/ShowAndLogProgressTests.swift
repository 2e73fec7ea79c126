import Foundation
import Testing

/// `recall show ID` says where the card stands, and `recall log --questions` says what each
/// answered card asked.
@Suite struct ShowAndLogProgressTests {
    @Test func showPrintsTheProgress() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let fresh = try s.run(["show", "nat"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(fresh.stdout.hasSuffix("\n\nprogress:   new (never studied)\n"), "\(fresh.stdout)")

        try s.run(["answer", "nat", "good", "--at", "2026-03-01T09:00:00Z"])
        try s.run(["answer", "nat", "good", "--at", "2026-03-01T09:10:00Z"])
        try s.run(["answer", "nat", "again", "--at", "2026-03-03T09:00:00Z"])
        let studied = try s.run(["show", "nat"])
        #expect(studied.status == 0, "\(studied.stderr)")
        let progress = studied.stdout.components(separatedBy: "\n\n").last ?? ""
        let lines = progress.split(separator: "\n").map(String.init)
        #expect(lines.map { String($0.prefix(12)) } == ["state:      ", "due:        ", "stability:  ", "difficulty: ",
                                                        "reps:       ", "lapses:     "], "\(progress)")
        #expect(lines[0] == "state:      relearning")
        #expect(lines[1].hasPrefix("due:        2026-03-03 09:"))
        #expect(lines[2].hasSuffix(" days"))
        #expect(lines[4] == "reps:       3")
        #expect(lines[5] == "lapses:     1")
    }

    @Test func logCanShowEachCardsQuestion() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        try s.run(["answer", "nat", "good", "--at", "2026-03-01T09:00:00Z"])
        try s.run(["answer", "igw", "again", "--at", "2026-03-01T09:01:00Z"])
        try s.scratch.write("Decks/vpc.md", "---\ndeck: AWS::VPC\n---\n## NAT?\n<!-- id: nat -->\nA\n")
        let log = try s.run(["log", "--questions"])
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout == """
            2026-03-01 09:00:00  #1  nat  Good  -  fsrs  AWS::VPC  NAT?
            2026-03-01 09:01:00  #2  igw  Again  -  fsrs  AWS::VPC  (no longer in any deck)

            """)
        #expect(try s.run(["log"]).stdout.hasPrefix("2026-03-01 09:00:00  #1  nat  Good  -  fsrs  AWS::VPC\n"),
                "without --questions the log does not read the decks")
    }
}
