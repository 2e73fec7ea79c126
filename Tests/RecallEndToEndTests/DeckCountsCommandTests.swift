import Foundation
import RecallCore
@testable import RecallStore
import RecallTUI
import Testing
import RecallTestSupport

/// Issue 12, point 5: one count and one deck order everywhere. `recall due`, `due --json` and
/// the home screen give each deck the same row (what studying that deck alone would give), and
/// the home screen, `list`, `due` and every export list the decks in the same (tree) order.
@Suite struct DeckCountsCommandTests {
    static let at = "2026-03-01T09:05:00Z"

    /// Four decks whose file order and string order differ from tree order (`beta-notes.md`
    /// sorts before `beta/one.md`, `Beta-Notes` before `Beta::One`), a per-deck limit on the
    /// parent `Beta`, a reversible and a cloze note (their siblings are buried), and one answer.
    static func collection() throws -> StudyScratch {
        let s = try StudyScratch(deck: deck("Alpha", "alpha", 15) + "## Alpha turned\n<!-- id: alpha-rev -->\ntype:: reversible\nback\n")
        try s.scratch.write("Decks/beta/one.md", deck("Beta::One", "one", 10) + "## {{c1::One}} and {{c2::two}}\n<!-- id: one-cloze -->\n")
        try s.scratch.write("Decks/beta/two.md", deck("Beta::Two", "two", 10))
        try s.scratch.write("Decks/beta-notes.md", deck("Beta-Notes", "notes", 3))
        try s.scratch.write("data/config.json", #"{"decks": {"Beta": {"newPerDay": 12}}}"#)
        let answer = try s.run(["answer", "alpha-1", "again", "--at", "2026-03-01T09:00:00Z"])
        #expect(answer.status == 0, "\(answer.stderr)")
        return s
    }

    static func deck(_ name: String, _ id: String, _ count: Int) -> String {
        "---\ndeck: \(name)\n---\n" + (1...count).map { "## \(name) question \($0)\n<!-- id: \(id)-\($0) -->\nanswer \($0)\n\n" }.joined()
    }

    /// The home screen's rows for the same folders and time, through RecallTUI.
    static func home(_ s: StudyScratch) throws -> HomeScreen {
        let library = try DeckLibrary.load(paths: [s.url.appendingPathComponent("Decks").path])
        let (loaded, config) = try ProgressLoader.loadForReading(folder: s.data)
        let data = StudyData(library: library, progress: loaded.state, config: config, schedulers: try SchedulerSet(config: config),
                             timeZone: TimeZone(identifier: "UTC")!)
        return HomeScreen(data: data, now: Instant(iso8601: at)!)
    }

    @Test func dueAndDueJSONGiveEachDeckTheHomeScreensRow() throws {
        let s = try Self.collection()
        defer { s.remove() }
        let json = try s.run(["due", "--json", "--decks", "Decks", "--at", Self.at])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let decks = try #require(object["decks"] as? [[String: Any]])
        func counts(_ row: [String: Any]) -> DueCounts {
            DueCounts(new: row["new"] as? Int ?? -1, learning: row["learning"] as? Int ?? -1, review: row["review"] as? Int ?? -1)
        }
        let fromJSON = decks.map { ($0["deck"] as? String ?? "?", counts($0)) }
        let table = try s.run(["due", "--decks", "Decks", "--at", Self.at])
        let fromTable = table.stdout.split(separator: "\n").dropFirst().map { line in
            let parts = line.split(separator: " ")
            return (String(parts[0]), DueCounts(new: Int(parts[1]) ?? -1, learning: Int(parts[2]) ?? -1, review: Int(parts[3]) ?? -1))
        }
        let home = try Self.home(s)
        let fromHome = home.rows.map { ($0.deck ?? "total", $0.counts) }

        // Each deck alone: Alpha gives its 14 new cards and the reversible note's front (its
        // reverse is buried), Beta its limit of 12, each child of Beta what it has (within 12).
        let expected: [(String, DueCounts)] = [
            ("Alpha", DueCounts(new: 15, learning: 1)), ("Beta", DueCounts(new: 12)),
            ("Beta::One", DueCounts(new: 11)), ("Beta::Two", DueCounts(new: 10)), ("Beta-Notes", DueCounts(new: 3)),
        ]
        let total = ("total", DueCounts(new: 19, learning: 1))
        #expect(fromJSON.map(\.0) == expected.map(\.0))
        #expect(fromJSON.map(\.1) == expected.map(\.1), "\(json.stdout)")
        #expect(counts(try #require(object["total"] as? [String: Any])) == total.1)
        #expect(fromTable.map(\.0) == expected.map(\.0) + ["total"], "\(table.stdout)")
        #expect(fromTable.map(\.1) == expected.map(\.1) + [total.1], "\(table.stdout)")
        #expect(fromHome.map(\.0) == ["total"] + expected.map(\.0))
        #expect(fromHome.map(\.1) == [total.1] + expected.map(\.1))
        // And the screen shows them: the Beta row with its 12.
        let lines = home.view(width: 80, height: 24).lines
        #expect(lines.contains { $0.hasPrefix("   Beta ") && $0.split(separator: " ").map(String.init) == ["Beta", "12", "0", "0"] },
                "\(lines.joined(separator: "\n"))")
    }

    @Test func theHomeScreenListDueAndEveryExportOrderTheDecksAlike() throws {
        let s = try Self.collection()
        defer { s.remove() }
        let treeOrder = ["Alpha", "Beta::One", "Beta::Two", "Beta-Notes"]
        #expect(try Self.home(s).rows.compactMap(\.deck).filter(treeOrder.contains) == treeOrder)
        let list = try RecallBinary.run(["list", "--decks", "Decks"], in: s.url)
        #expect(list.stdout.split(separator: "\n").dropFirst().dropLast().map { String($0.split(separator: " ")[0]) } == treeOrder,
                "\(list.stdout)")
        let due = try s.run(["due", "--decks", "Decks", "--at", Self.at])
        #expect(due.stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }.filter(treeOrder.contains) == treeOrder)
        for format in ["txt", "csv", "anki", "json"] {
            let export = try s.run(["export", "--format", format, "--decks", "Decks"])
            #expect(export.status == 0, "\(format): \(export.stderr)")
            // Each deck's first question, by where it first appears in the output.
            let firsts = treeOrder.map { name in export.stdout.range(of: "\(name) question 1")?.lowerBound }
            let positions = try firsts.map { try #require($0, "\(format): no question of a deck") }
            #expect(positions == positions.sorted(), "\(format) lists the decks in another order")
        }
    }
}

/// Issue 13: with a snapshot, `recall due` counts from its rows in a table and applies the log
/// after it there; without one, it replays the log into the general state. Both print the
/// same bytes, table and JSON, at times on both sides of the rollover.
@Suite struct DueFromTheSnapshotTests {
    @Test func dueFromTheSnapshotAndTheLogAfterItPrintsWhatAReplayPrints() throws {
        let s = try DeckCountsCommandTests.collection()
        defer { s.remove() }
        var random = SeededRandom(seed: 13)
        let ids = (1...15).map { "alpha-\($0)" } + ["alpha-rev", "alpha-rev/reverse", "one-cloze/c1", "one-cloze/c2"]
            + (1...10).map { "two-\($0)" } + (1...3).map { "notes-\($0)" }
        var time = Instant(iso8601: "2026-03-01T09:01:00Z")!
        func act(_ count: Int) throws {
            for _ in 0..<count {
                time = time + .minutes(Int64.random(in: 5...200, using: &random))
                let card = ids.randomElement(using: &random)!
                let command = Int.random(in: 0..<12, using: &random) == 0
                    ? ["unsuspend", card]
                    : ["answer", card, ["again", "hard", "good", "easy"].randomElement(using: &random)!, "--decks", "Decks", "--at", time.iso8601]
                let result = try s.run(command)
                #expect(result.status == 0 || command[0] == "unsuspend", "\(command): \(result.stderr)")
            }
        }
        try act(40)
        #expect(try s.run(["doctor", "--rebuild"]).status == 0)
        try act(15)  // the log after the snapshot
        let snapshot = try #require(s.contents("snapshot.json"))
        for hours in [0, 2, 19, 20, 44] as [Int64] {
            let at = (time + .hours(hours)).iso8601
            for format in [[], ["--json"]] {
                let command = ["due", "--decks", "Decks", "--at", at] + format
                let counted = try s.run(command)
                try FileManager.default.removeItem(atPath: s.file("snapshot.json"))
                let replayed = try s.run(command)
                try snapshot.write(to: URL(fileURLWithPath: s.file("snapshot.json")))
                #expect(counted.status == 0 && replayed.status == 0, "\(counted.stderr)\(replayed.stderr)")
                #expect(counted.stdout == replayed.stdout, "\(command)")
                #expect(counted.stderr == replayed.stderr, "\(command)")
            }
        }
    }
}
