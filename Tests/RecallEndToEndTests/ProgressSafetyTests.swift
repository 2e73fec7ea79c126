import Foundation
import Testing
import RecallTestSupport

/// Damaged progress files: each is refused with a message that names it, a non-zero exit
/// status, and the file byte for byte as it was.
@Suite struct CorruptionTests {
    /// A data folder with two answers and a snapshot.
    func prepared() throws -> StudyScratch {
        let s = try StudyScratch()
        try s.run(["answer", "nat", "3", "--at", "2026-03-01T09:00:00Z"])
        try s.run(["answer", "igw", "1", "--at", "2026-03-01T09:01:00Z"])
        let rebuild = try s.run(["doctor", "--rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        return s
    }

    /// A file by name; "reviews.jsonl" means the log, which in schema 2 is this machine's
    /// device file, `log/<device>.jsonl`.
    func path(_ s: StudyScratch, _ name: String) -> String { s.file(name == "reviews.jsonl" ? s.deviceLogName : name) }

    func bytes(_ s: StudyScratch, _ name: String) -> Data? { FileManager.default.contents(atPath: path(s, name)) }

    /// Damages `name`, then checks that `due`, `log`, `answer` and `doctor` each refuse, name the
    /// file, and leave it alone.
    func expectRefused(_ name: String, damage: (Data) -> Data, mentions: String, commands: [[String]]? = nil,
                       withSnapshot: Bool = true) throws {
        let s = try prepared()
        defer { s.remove() }
        if !withSnapshot { try FileManager.default.removeItem(atPath: path(s, "snapshot.json")) }
        let damaged = damage(try #require(bytes(s, name)))
        try damaged.write(to: URL(fileURLWithPath: path(s, name)))
        for command in commands ?? [["due"], ["log"], ["answer", "rt", "3"], ["doctor"]] {
            let result = try s.run(command)
            #expect(result.status == 65, "\(command): \(result.stderr)")
            let output = result.stderr + result.stdout
            #expect(output.contains(path(s, name)), "\(command) names the file: \(output)")
            #expect(output.contains(mentions), "\(command): \(output)")
            #expect(bytes(s, name) == damaged, "\(command) left \(name) as it was")
        }
    }

    @Test func truncatedLog() throws {
        // Cut inside the header: the log no longer says what it is.
        try expectRefused("reviews.jsonl", damage: { $0.prefix(30) }, mentions: "truncated")
    }

    @Test func truncatedLogBehindTheSnapshot() throws {
        // Cut at a line boundary: only the snapshot can tell that answers are missing.
        try expectRefused("reviews.jsonl", damage: { data in
            let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
            return Data(lines[0]) + Data([0x0A]) + Data(lines[1]) + Data([0x0A])
        }, mentions: "the log was truncated", commands: [["due"], ["answer", "rt", "3"], ["doctor"]])
    }

    @Test func truncatedSnapshot() throws {
        try expectRefused("snapshot.json", damage: { $0.prefix($0.count - 10) }, mentions: "truncated",
                          commands: [["due"], ["answer", "rt", "3"], ["doctor"]])
    }

    @Test func emptyLog() throws {
        try expectRefused("reviews.jsonl", damage: { _ in Data() }, mentions: "the file is empty")
    }

    @Test func emptySnapshot() throws {
        try expectRefused("snapshot.json", damage: { _ in Data() }, mentions: "the file is empty",
                          commands: [["due"], ["answer", "rt", "3"], ["doctor"]])
    }

    @Test func logThatIsNotJSON() throws {
        try expectRefused("reviews.jsonl", damage: { _ in Data("card,rating\nnat,3\n".utf8) }, mentions: "not a recall review log")
    }

    @Test func snapshotThatIsNotJSON() throws {
        try expectRefused("snapshot.json", damage: { _ in Data("<html>\n".utf8) }, mentions: "not a recall snapshot",
                          commands: [["due"], ["answer", "rt", "3"], ["doctor"]])
    }

    @Test func logOfAnotherSchema() throws {
        try expectRefused("reviews.jsonl", damage: { data in
            Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"schema\":2", with: "\"schema\":3").utf8)
        }, mentions: "schema 3 was written by a newer recall")
    }

    @Test func snapshotOfAnotherSchema() throws {
        try expectRefused("snapshot.json", damage: { data in
            Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"schema\":2", with: "\"schema\":7").utf8)
        }, mentions: "schema 7 was written by a newer recall", commands: [["due"], ["answer", "rt", "3"], ["doctor"]])
    }

    @Test func foreignLog() throws {
        try expectRefused("reviews.jsonl", damage: { _ in Data(#"{"card_id": 1, "rating": 3}"#.utf8 + [0x0A]) },
                          mentions: "not a recall review log")
    }

    @Test func badLineInTheMiddleOfTheLog() throws {
        // Without the snapshot every command reads the whole log. (With it, `due` and `answer`
        // read only the log after it; `log` and `doctor` always read it all.)
        try expectRefused("reviews.jsonl", damage: { data in
            var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
            lines[1] = Data(#"{"seq":1,"type":"review""#.utf8)[...]
            return Data(lines.joined(separator: [0x0A]))
        }, mentions: ".jsonl:2:", withSnapshot: false)
    }

    @Test func tornLastLineIsAWarningNotARefusal() throws {
        let s = try prepared()
        defer { s.remove() }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path(s, "reviews.jsonl")))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"seq":3,"type":"review","ti"#.utf8))
        try handle.close()
        let torn = try #require(bytes(s, "reviews.jsonl"))
        for command in [["due"], ["log"], ["doctor"]] {
            let result = try s.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect((result.stderr + result.stdout).contains(path(s, "reviews.jsonl") + ":4:"), "\(command): \(result.stderr)")
            #expect(bytes(s, "reviews.jsonl") == torn)
        }
        // The next writer keeps the torn bytes in damaged/ and appends after the last good line.
        let answer = try s.run(["answer", "rt", "3", "--at", "2026-03-01T09:02:00Z"])
        #expect(answer.status == 0)
        #expect(answer.stderr.contains("dropped an incomplete last line"))
        let log = try s.run(["log"])
        #expect(log.stdout.split(separator: "\n").count == 3)
        #expect(log.stderr.isEmpty)
    }

    @Test func doctorRepairKeepsTheDamagedFileAside() throws {
        let s = try prepared()
        defer { s.remove() }
        var lines = try #require(bytes(s, "reviews.jsonl")).split(separator: 0x0A, omittingEmptySubsequences: false)
        lines[1] = Data("garbage".utf8)[...]
        let damaged = Data(lines.joined(separator: [0x0A]))
        try damaged.write(to: URL(fileURLWithPath: path(s, "reviews.jsonl")))
        let repair = try s.run(["doctor", "--repair"])
        #expect(repair.status == 0, "\(repair.stdout)\(repair.stderr)")
        #expect(repair.stdout.contains("repaired: \(path(s, "reviews.jsonl")): kept 1 valid entries"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: path(s, "damaged"))
        #expect(aside.count >= 1)
        #expect(aside.contains { FileManager.default.contents(atPath: path(s, "damaged/" + $0)) == damaged }, "the original bytes are kept")
        #expect(try s.run(["doctor"]).status == 0)
        #expect(try s.run(["log"]).stdout.split(separator: "\n").count == 1)
    }
}

/// A second recall on the same data folder, and a writer killed at random moments.
@Suite struct ConcurrencyAndCrashTests {
    /// Starts `recall answer --stress N` and returns the process and a reader of its stdout.
    func startWriter(_ s: StudyScratch, count: Int) throws -> (Process, FileHandle) {
        try RecallBinary.start(["answer", "x", "3", "--stress", String(count), "--data-dir", s.data], in: s.url)
    }

    /// A writer answering in a loop holds the lock only for each append, so a second writer
    /// gets in between and neither loses an answer; repair waits while a store is open.
    @Test func aSecondWriterRecordsBesideABusyOneAndReadersStillWork() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let (writer, output) = try startWriter(s, count: 10_000_000)
        defer {
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
        }
        _ = output.availableData  // the first ack: the writer is answering
        let second = try s.run(["answer", "nat", "3", "--duration", "4321"])  // a duration the loop never gives
        #expect(second.status == 0, "\(second.stderr)")
        let log = try s.run(["log", "--card", "nat", "--json"])
        #expect(log.status == 0)
        #expect(log.stdout.split(separator: "\n").filter { $0.contains("4321") }.count == 1)
        #expect(try s.run(["due"]).status == 0)
        let repair = try s.run(["doctor", "--repair"])
        #expect(repair.status == 1)
        #expect(repair.stderr == "recall: another recall is using \(s.data); close it first\n")
    }

    /// Kills a writer at random moments, 200 times: half the time while it starts (loading,
    /// cutting a torn line, writing a snapshot), half while it answers. After each kill every
    /// acknowledged answer is in the log; every tenth round the readers load the store, and
    /// every round the next writer must load it to answer at all.
    @Test func answersSurviveKillNine() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        var generator = SeededRandom(seed: 13)
        var acknowledged = Set<Int>()
        var logged = Set<Int>()
        var scanned = 0  // the log is checked incrementally, up to its last complete line
        var writersThatAnswered = 0
        for round in 0..<200 {
            let (writer, output) = try startWriter(s, count: 1_000_000)
            var text = ""
            if round % 2 == 0 {
                usleep(UInt32.random(in: 0...40_000, using: &generator))
            } else {
                text = String(decoding: output.availableData, as: UTF8.self)
                usleep(UInt32.random(in: 0...10_000, using: &generator))
            }
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
            text += String(decoding: output.readDataToEndOfFile(), as: UTF8.self)
            // Only whole "ack N" lines count: a line cut by the kill was not printed in full.
            let acks = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().filter { $0.hasPrefix("ack ") }
            if !acks.isEmpty { writersThatAnswered += 1 }
            for line in acks { acknowledged.insert(Int(line.dropFirst(4))!) }

            guard let log = FileManager.default.contents(atPath: s.file(s.deviceLogName)) else {
                #expect(acknowledged.isEmpty, "round \(round): no log, yet answers were acknowledged")
                continue  // killed before the log was created
            }
            let bytes = [UInt8](log)
            var start = scanned
            while let newline = bytes[start...].firstIndex(of: 0x0A) {
                let line = bytes[start..<newline]
                let prefix = Array("{\"seq\":".utf8)
                if line.starts(with: prefix) {
                    let digits = line.dropFirst(prefix.count).prefix { $0 >= 0x30 && $0 <= 0x39 }
                    logged.insert(Int(String(decoding: digits, as: UTF8.self))!)
                }
                start = newline + 1
            }
            scanned = start
            #expect(acknowledged.isSubset(of: logged), "round \(round): acknowledged answers missing: \(acknowledged.subtracting(logged).sorted().prefix(5))")
            if round % 10 == 9 {
                let due = try s.run(["due"])
                #expect(due.status == 0, "round \(round): \(due.stderr)")
                let log = try s.run(["log", "--card", "nat"])
                #expect(log.status == 0, "round \(round): \(log.stderr)")
            }
        }
        #expect(writersThatAnswered >= 100)
        #expect(acknowledged.count >= 200)
        let doctor = try s.run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stdout)")
        let count = try s.run(["log", "--json"]).stdout.split(separator: "\n").count
        #expect(count == logged.count, "every logged answer is read back")
    }
}
