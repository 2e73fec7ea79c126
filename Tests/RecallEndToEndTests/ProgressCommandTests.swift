@testable import RecallStore
import Foundation
import Testing
import RecallTestSupport

/// A deck of three cards and an empty data folder, in a scratch folder.
struct StudyScratch {
    let scratch: TempFolder
    var url: URL { scratch.url }
    var data: String { scratch.url.appendingPathComponent("data").path }

    init(deck: String = "---\ndeck: AWS::VPC\n---\n## NAT?\n<!-- id: nat -->\nA\n\n## IGW?\n<!-- id: igw -->\nB\n\n## RT?\n<!-- id: rt -->\nC\n") throws {
        scratch = try TempFolder()
        try scratch.write("Decks/vpc.md", deck)
    }

    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> RecallBinary.Output {
        var env = environment
        env["TZ"] = env["TZ"] ?? "UTC"
        return try RecallBinary.run(arguments + ["--data-dir", data], in: url, environment: env)
    }

    /// This machine's log file in the data folder (schema 2): `log/<device>.jsonl`.
    var deviceLogName: String { TempFolder.deviceLogName(in: data) }

    func logBytes() -> Data? { contents(deviceLogName) }

    /// A file of the data folder, by name (`reviews.jsonl`, `damaged/…`).
    func file(_ name: String) -> String { data + "/" + name }

    func contents(_ name: String) -> Data? { FileManager.default.contents(atPath: file(name)) }

    func remove() { scratch.remove() }
}

@Suite struct AnswerAndLogCommandTests {
    @Test func answerRecordsAndLogPrints() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let first = try s.run(["answer", "nat", "3", "--at", "2026-03-01T09:00:00Z", "--duration", "4200"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "nat: Good; due 2026-03-01 09:10:00 (in 10m)\n")
        let second = try s.run(["answer", "igw", "again", "--at", "2026-03-01T09:01:00Z"])
        #expect(second.stdout == "igw: Again; due 2026-03-01 09:02:00 (in 1m)\n")

        let log = try s.run(["log"])
        #expect(log.status == 0)
        #expect(log.stdout == """
            2026-03-01 09:00:00  #1  nat  Good  4.2s  fsrs  AWS::VPC
            2026-03-01 09:01:00  #2  igw  Again  -  fsrs  AWS::VPC

            """)
        let json = try s.run(["log", "--json", "--card", "igw"])
        #expect(json.stdout == #"{"seq":2,"type":"review","time":"2026-03-01T09:01:00+00:00","card":"igw","rating":1,"scheduler":"fsrs","deck":"AWS::VPC","file":"Decks/vpc.md"}"# + "\n")
        let since = try s.run(["log", "--since", "2026-03-01T09:00:30Z"])
        #expect(since.stdout.split(separator: "\n").count == 1)
        let seoul = try s.run(["log", "--since", "2026-03-01"], environment: ["TZ": "Asia/Seoul"])
        #expect(seoul.stdout.hasPrefix("2026-03-01 18:00:00  #1"), "local time, and the study day of 2026-03-01 starts at 04:00 KST")
    }

    @Test func dataFolderComesFromTheEnvironment() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let home = s.url.appendingPathComponent("home").path
        let result = try RecallBinary.run(["answer", "nat", "3"], in: s.url, environment: ["RECALL_HOME": home])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: home + "/reviews.jsonl"))
        let xdg = s.url.appendingPathComponent("xdg").path
        _ = try RecallBinary.run(["answer", "nat", "3"], in: s.url, environment: ["RECALL_HOME": "", "XDG_DATA_HOME": xdg])
        #expect(FileManager.default.fileExists(atPath: xdg + "/recall/reviews.jsonl"))
    }

    @Test func unknownCardAndBadRating() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let unknown = try s.run(["answer", "nope", "3"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no card with id 'nope'"))
        let bad = try s.run(["answer", "nat", "5"])
        #expect(bad.status == 64)
    }

    @Test func tornLastLineIsAWarningAndTheLogIsLeftAlone() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        try s.run(["answer", "nat", "3", "--at", "2026-03-01T09:00:00Z"])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: s.file(s.deviceLogName)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"seq":2,"ty"#.utf8))
        try handle.close()
        let before = s.logBytes()
        let log = try s.run(["log"])
        #expect(log.status == 0)
        #expect(log.stderr.contains("data/\(s.deviceLogName):3: warning: ignoring an incomplete last line"))
        #expect(log.stdout.split(separator: "\n").count == 1)
        #expect(s.logBytes() == before)
    }
}

@Suite struct DueCommandTests {
    @Test func countsPerDeckAndTotal() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        try s.scratch.write("Decks/s3.md", "---\ndeck: AWS::S3\n---\n## S3?\n<!-- id: s3 -->\nA\n")
        let empty = try s.run(["due", "--at", "2026-03-01T09:00:00Z"])
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.stdout == """
            DECK      NEW  LEARN  REVIEW
            AWS         4      0       0
            AWS::S3     1      0       0
            AWS::VPC    3      0       0
            total       4      0       0

            """)
        try s.run(["answer", "nat", "again", "--at", "2026-03-01T09:00:00Z"])
        try s.run(["answer", "igw", "easy", "--at", "2026-03-01T09:00:00Z"])
        let json = try s.run(["due", "--json", "--at", "2026-03-01T09:05:00Z"])
        #expect(json.stdout == #"{"day":"2026-03-01","decks":[{"deck":"AWS","new":2,"learning":1,"review":0},{"deck":"AWS::S3","new":1,"learning":0,"review":0},{"deck":"AWS::VPC","new":1,"learning":1,"review":0}],"total":{"new":2,"learning":1,"review":0}}"# + "\n")
        try s.scratch.write("data/config.json", #"{"newPerDay": 1}"#)
        let oneNew = try s.run(["due", "--json", "--at", "2026-03-01T09:05:00Z"])
        #expect(oneNew.stdout.contains(#""total":{"new":0,"learning":1,"review":0}"#), "two new cards were introduced today already")
        let tomorrow = try s.run(["due", "--json", "--at", "2026-03-02T04:00:00Z"])
        #expect(tomorrow.stdout.contains(#""day":"2026-03-02""#))
        #expect(tomorrow.stdout.contains(#""total":{"new":1,"learning":1,"review":0}"#))
    }

    @Test func rolloverFollowsTheLocalZone() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let before = try s.run(["due", "--json", "--at", "2026-03-01T18:59:00Z"], environment: ["TZ": "Asia/Seoul"])
        #expect(before.stdout.hasPrefix(#"{"day":"2026-03-01""#), "03:59 KST on 2 March is still 1 March's study day")
        let after = try s.run(["due", "--json", "--at", "2026-03-01T19:00:00Z"], environment: ["TZ": "Asia/Seoul"])
        #expect(after.stdout.hasPrefix(#"{"day":"2026-03-02""#))
    }

    @Test func badConfigIsNamed() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        try s.scratch.write("data/config.json", #"{"rolloverHour": 25}"#)
        let result = try s.run(["due"])
        #expect(result.status == 65)
        #expect(result.stderr == "recall: \(s.data)/config.json: rolloverHour must be 0 to 23, got 25\n")
    }
}

@Suite struct DoctorAndOrphanTests {
    @Test func orphansAreListedKeptAndComeBack() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        try s.run(["answer", "nat", "easy", "--at", "2026-03-01T09:00:00Z"])
        try s.run(["answer", "rt", "good", "--at", "2026-03-01T09:00:00Z"])
        let original = try s.scratch.read("Decks/vpc.md")
        // The NAT card leaves the deck.
        try s.scratch.write("Decks/vpc.md", original.replacingOccurrences(of: "## NAT?\n<!-- id: nat -->\nA\n\n", with: ""))
        let due = try s.run(["due", "--json", "--at", "2026-03-20T09:00:00Z"])
        #expect(due.stdout.contains(#""total":{"new":1,"learning":1,"review":0}"#), "\(due.stdout)")
        let doctor = try s.run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stderr)")
        #expect(doctor.stdout.contains("note: 1 cards have progress but are in no deck (orphans)"))
        #expect(doctor.stdout.contains("orphan: nat  (deck AWS::VPC, Decks/vpc.md, 1 answer, last 2026-03-01 09:00:00)"))
        // It comes back, with its history: a review card, not a new one.
        try s.scratch.write("Decks/vpc.md", original)
        let back = try s.run(["due", "--json", "--at", "2026-03-20T09:00:00Z"])
        #expect(back.stdout.contains(#""total":{"new":1,"learning":1,"review":1}"#), "\(back.stdout)")
        #expect(!(try s.run(["doctor"]).stdout.contains("orphan")))
    }

    @Test func doctorOnAFreshFolderAndRebuild() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let nothing = try s.run(["doctor"])
        #expect(nothing.status == 0)
        #expect(nothing.stdout.contains("no data folder yet"))
        try s.run(["answer", "nat", "3", "--at", "2026-03-01T09:00:00Z"])
        let rebuild = try s.run(["doctor", "--rebuild"])
        #expect(rebuild.status == 0)
        #expect(rebuild.stdout.contains("repaired: \(s.data)/snapshot.json: rebuilt from the log (1 cards)"))
        let check = try s.run(["doctor"])
        #expect(check.stdout.contains("ok: \(s.data)/snapshot.json: matches the log"))
    }

    @Test func everyCommandHasHelp() throws {
        for command in ["due", "log", "doctor", "answer"] {
            let help = try RecallBinary.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("--data-dir"))
            #expect(!help.stdout.contains("--stress"))
        }
    }
}
