import Foundation
import Testing
import RecallTestSupport

/// Issue 14's findings about repair and readers, reproduced the way they were found: with the
/// built binary on a real data folder. Each test failed before its fix.
@Suite struct RepairSafetyTests {
    /// Three answers and a snapshot that covers them.
    func prepared() throws -> StudyScratch {
        let s = try StudyScratch()
        try s.run(["answer", "nat", "3", "--at", "2026-03-01T09:00:00Z"])
        try s.run(["answer", "igw", "1", "--at", "2026-03-01T09:01:00Z"])
        try s.run(["answer", "rt", "4", "--at", "2026-03-01T09:02:00Z"])
        let rebuild = try s.run(["doctor", "--rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        return s
    }

    func aside(_ s: StudyScratch) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: s.file("damaged"))) ?? []).sorted()
    }
    /// Every file in `damaged/`, by content.
    func asideContents(_ s: StudyScratch) -> [Data] { aside(s).compactMap { s.contents("damaged/" + $0) } }

    /// The `due --json` of the folder: what a learner would see.
    func due(_ s: StudyScratch) throws -> String {
        let result = try s.run(["due", "--json", "--at", "2026-03-05T09:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    // MARK: 1. Repair never destroys

    /// An emptied log: the snapshot was the only record of the three cards. Repair keeps the
    /// old snapshot in `damaged/` and starts the log from its states, so nothing is lost.
    @Test(arguments: ["empty", "foreign"])
    func repairOfALogThatLostEverythingKeepsTheSnapshotsProgress(_ damage: String) throws {
        let s = try prepared()
        defer { s.remove() }
        let before = try due(s)
        let snapshot = try #require(s.contents("snapshot.json"))
        switch damage {
        case "empty": try Data().write(to: URL(fileURLWithPath: s.file(s.deviceLogName)))
        case "foreign": try Data("{\"some\":\"other file\"}\n".utf8).write(to: URL(fileURLWithPath: s.file(s.deviceLogName)))
        default:
            let log = try #require(s.contents(s.deviceLogName))
            try log.subdata(in: 10..<log.count).write(to: URL(fileURLWithPath: s.file(s.deviceLogName)))
        }
        let repair = try s.run(["doctor", "--repair"])
        #expect(repair.status == 0, "\(repair.stdout)\(repair.stderr)")
        #expect(asideContents(s).contains(snapshot), "the old snapshot is kept: \(aside(s))")
        #expect(try due(s) == before, "no card lost its progress")
        #expect(repair.stdout.contains("restored"), "\(repair.stdout)")
        let check = try s.run(["doctor"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// Every file repair replaces is kept first: here the snapshot that a rebuild replaces.
    @Test func aRebuildKeepsTheSnapshotItReplaces() throws {
        let s = try prepared()
        defer { s.remove() }
        let snapshot = try #require(s.contents("snapshot.json"))
        let log = try #require(s.contents(s.deviceLogName))
        // A bad line in the middle: salvage rewrites the log, and the snapshot is rebuilt.
        var lines = String(decoding: log, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert("{\"seq\": oops}", at: 2)
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: s.file(s.deviceLogName)))
        let repair = try s.run(["doctor", "--repair"])
        #expect(repair.status == 0, "\(repair.stdout)\(repair.stderr)")
        #expect(asideContents(s).contains(snapshot), "the snapshot that was rebuilt is kept: \(aside(s))")
    }

    /// A bad line in the middle of the log was an answer the snapshot saw: salvage drops the
    /// line, and repair restores that card's progress from the snapshot. A card the log answered
    /// after the snapshot keeps the log's newer state.
    @Test func salvageRestoresTheAnswerOfADroppedLineFromTheSnapshot() throws {
        let s = try prepared()
        defer { s.remove() }
        try s.run(["answer", "rt", "1", "--at", "2026-03-02T09:00:00Z"])  // after the snapshot
        let before = try due(s)
        var lines = String(decoding: try #require(s.contents(s.deviceLogName)), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: "\"rating\":1", with: "\"rating\":x1")  // igw's answer, now not JSON
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: s.file(s.deviceLogName)))
        let repair = try s.run(["doctor", "--repair"])
        #expect(repair.status == 0, "\(repair.stdout)\(repair.stderr)")
        #expect(repair.stdout.contains("restored the progress of 1 cards"), "\(repair.stdout)")
        #expect(try due(s) == before)
    }

    // MARK: 2. A missing log is refused by every command

    @Test func aWriterRefusesWhenTheLogIsMissingAndRepairStartsItFromTheSnapshot() throws {
        let s = try prepared()
        defer { s.remove() }
        let before = try due(s)
        try FileManager.default.removeItem(atPath: s.file(s.deviceLogName))
        for command in [["answer", "nat", "3"], ["unsuspend", "nat"], ["due"], ["doctor"]] {
            let result = try s.run(command)
            #expect(result.status == 65, "\(command): \(result.stdout)\(result.stderr)")
            // The missing file is named: this machine's device file (schema 2).
            #expect(result.stderr.contains(s.deviceLogName) && result.stderr.contains("missing")
                    || result.stdout.contains(s.deviceLogName + ": missing"), "\(command): \(result.stderr)\(result.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: s.file(s.deviceLogName)), "no command started a new log")
        let repair = try s.run(["doctor", "--repair"])
        #expect(repair.status == 0, "\(repair.stdout)\(repair.stderr)")
        #expect(repair.stdout.contains("restored"), "\(repair.stdout)")
        #expect(try due(s) == before)
        let answer = try s.run(["answer", "nat", "3", "--at", "2026-03-05T09:00:00Z"])
        #expect(answer.status == 0, "\(answer.stderr)")
    }

    // MARK: 3. A repeated last line

    /// The last line appended twice (a careless `cat`, a sync tool): one rule everywhere. The
    /// copy counts once, readers and writers go on with a warning, doctor reports it, and repair
    /// keeps the first copy (the whole old log in `damaged/`).
    @Test func aRepeatedLastLineCountsOnceAndRepairDropsTheCopy() throws {
        let s = try prepared()
        defer { s.remove() }
        let before = try due(s)
        let log = try #require(s.contents(s.deviceLogName))
        let text = String(decoding: log, as: UTF8.self)
        let last = try #require(text.split(separator: "\n").last)
        let doubled = Data((text + last + "\n").utf8)
        try doubled.write(to: URL(fileURLWithPath: s.file(s.deviceLogName)))
        #expect(try due(s) == before)
        let logged = try s.run(["log"])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(logged.stdout.split(separator: "\n").count == 3)
        #expect(logged.stderr.contains(s.deviceLogName + ":5") && logged.stderr.contains("repeats"), "\(logged.stderr)")
        #expect(s.contents(s.deviceLogName) == doubled, "readers change nothing")
        let check = try s.run(["doctor"])
        #expect(check.status == 65, "\(check.stdout)")
        #expect(check.stdout.contains(s.deviceLogName + ":5") && check.stdout.contains("repeats"), "\(check.stdout)")
        let repair = try s.run(["doctor", "--repair"])
        #expect(repair.status == 0, "\(repair.stdout)\(repair.stderr)")
        #expect(s.contents(s.deviceLogName) == log, "the first copy is kept, the second dropped")
        #expect(asideContents(s).contains(doubled))
        let answer = try s.run(["answer", "nat", "3", "--at", "2026-03-05T09:00:00Z"])
        #expect(answer.status == 0, "\(answer.stderr)")
    }

    /// A writer that finds the repeated line appends after it, with the next seq: nothing is
    /// refused, and replay still counts the answer once.
    @Test func aWriterGoesOnAfterARepeatedLastLine() throws {
        let s = try prepared()
        defer { s.remove() }
        let text = String(decoding: try #require(s.contents(s.deviceLogName)), as: UTF8.self)
        let last = try #require(text.split(separator: "\n").last)
        try Data((text + last + "\n").utf8).write(to: URL(fileURLWithPath: s.file(s.deviceLogName)))
        let answer = try s.run(["answer", "nat", "3", "--at", "2026-03-05T09:00:00Z"])
        #expect(answer.status == 0, "\(answer.stderr)")
        let logged = try s.run(["log", "--json"])
        #expect(logged.stdout.split(separator: "\n").count == 4, "\(logged.stdout)")
        #expect(logged.stdout.contains("\"seq\":4,"))
    }

    // MARK: 5. Doctor beside a writer

    /// doctor run while another recall records answers reported a snapshot mismatch and exit 65
    /// in most runs (it compared a replay up to one moment with the snapshot plus a tail read up
    /// to a later one). Now it compares the same stretch of the log.
    @Test func doctorBesideAWriterFindsNothingWrong() throws {
        let s = try prepared()
        defer { s.remove() }
        let (writer, output) = try RecallBinary.start(["answer", "nat", "3", "--stress", "10000000", "--data-dir", s.data], in: s.url)
        defer {
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
        }
        _ = output.availableData  // the first ack: the writer is answering
        var failures: [String] = []
        for _ in 0..<30 {
            let check = try s.run(["doctor"])
            if check.status != 0 { failures.append(check.stdout + check.stderr) }
        }
        #expect(failures.isEmpty, "\(failures.count) of 30 runs: \(failures.first ?? "")")
    }

    // MARK: 4. An unreadable data folder

    @Test func aFileWhereTheFolderShouldBeIsAnError() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        try Data("not a folder\n".utf8).write(to: URL(fileURLWithPath: s.data))
        for command in [["due"], ["log"], ["doctor"], ["answer", "nat", "3"]] {
            let result = try s.run(command)
            #expect(result.status != 0, "\(command): \(result.stdout)")
            #expect((result.stderr + result.stdout).contains("\(s.data): exists but is not a folder"), "\(command): \(result.stderr)\(result.stdout)")
        }
    }

    /// A folder that cannot be searched: every reader says so with the errno. Root can search
    /// any folder, so as root the commands run as `nobody` (through `setpriv`).
    @Test func aFolderThatCannotBeSearchedIsAnError() throws {
        let s = try prepared()
        defer {
            chmod(s.data, 0o700)
            s.remove()
        }
        var prefix: [String] = []
        if getuid() == 0 {
            let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
            guard let setpriv else {
                print("skipped: running as root and setpriv is missing, so no process here is refused a folder")
                return
            }
            prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", RecallBinary.url.path]
            // nobody must reach the folder's parents and the decks.
            chmod(s.scratch.path, 0o755)
            chmod(s.scratch.url.appendingPathComponent("Decks").path, 0o755)
            chmod(s.scratch.url.appendingPathComponent("Decks/vpc.md").path, 0o644)
            chown(s.data, 65534, 65534)
        }
        chmod(s.data, 0o600)  // readable names, but not searchable
        for command in [["due"], ["log"], ["doctor"]] {
            let arguments = command + ["--data-dir", s.data]
            let result = prefix.isEmpty
                ? try RecallBinary.run(arguments, in: s.url)
                : try RecallBinary.run(executable: URL(fileURLWithPath: prefix[0]), Array(prefix.dropFirst()) + arguments, in: s.url)
            #expect(result.status != 0, "\(command): \(result.stdout)")
            #expect(result.stderr.contains("Permission denied"), "\(command): \(result.stderr)\(result.stdout)")
        }
    }
}
