import Foundation
import RecallTestSupport
import Testing

/// `kill -9` of `recall sync` at random moments of a large exchange: every file is left either
/// as it was or complete, never half, and the next sync finishes the job.
@Suite struct SyncKillTests {
    @Test func killNineDuringSyncLeavesEveryFileOldOrNew() throws {
        let m = try TwoMachines()
        defer { m.remove() }
        let stress = try m.run(["answer", "nat", "good", "--stress", "1200", "--at", "2026-03-01T09:00:00+00:00"], on: m.laptop)
        #expect(stress.status == 0, "\(stress.stderr)")
        try m.answer("rt", "good", at: "2026-03-01T08:00:00+00:00", on: m.desktop)
        // Many files to copy: copies of the laptop's file (as a sync tool's conflict copies),
        // each cut after some whole line; the desktop holds an older version of every third.
        let own = m.ownLog(m.laptop)
        let full = try #require(m.bytes(m.laptop, own))
        let lineEnds = full.indices.filter { full[$0] == 0x0A }
        for k in 0..<24 {
            let name = own.replacingOccurrences(of: ".jsonl", with: ".copy-\(k).jsonl")
            let end = lineEnds[1 + (lineEnds.count - 2) * (k + 1) / 24]
            try full.prefix(end + 1).write(to: URL(fileURLWithPath: m.laptop + "/" + name))
            if k % 3 == 0 {
                try full.prefix(lineEnds[1 + k] + 1).write(to: URL(fileURLWithPath: m.desktop + "/" + name))
            }
        }
        let before = Self.files(m.desktop)
        let laptopFiles = Self.files(m.laptop)
        let expected = laptopFiles.merging(before.filter { $0.key == m.ownLog(m.desktop) }) { a, _ in a }

        // How long one whole exchange takes here, to kill within it.
        let probe = try Self.copies(m, "probe")
        let started = Date()
        let whole = try m.run(["sync", probe.desktop], on: probe.laptop)
        let duration = Date().timeIntervalSince(started)
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(Self.files(probe.desktop) == expected)

        var random = SeededRandom(seed: 20)
        var cutShort = 0
        for round in 0..<10 {
            let pair = try Self.copies(m, "round\(round)")
            let (process, output) = try RecallBinary.start(["sync", pair.desktop, "--data-dir", pair.laptop], in: m.scratch.url)
            usleep(UInt32(Double.random(in: 0..<duration, using: &random) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            _ = output.readDataToEndOfFile()
            let left = Self.files(pair.desktop)
            for (name, bytes) in left {
                #expect(bytes == before[name] || bytes == expected[name], "round \(round): \(name) is half written")
            }
            if left != before && left != expected { cutShort += 1 }
            #expect(Self.files(pair.laptop).filter { $0.key != m.ownLog(m.desktop) } == laptopFiles)
            let again = try m.run(["sync", pair.desktop], on: pair.laptop)
            #expect(again.status == 0, "round \(round): \(again.stderr)")
            #expect(Self.files(pair.desktop) == expected, "round \(round)")
            #expect(Self.files(pair.laptop) == expected, "round \(round)")
            let debris = m.logNames(pair.desktop).filter { $0.hasPrefix(".") }
            #expect(debris.isEmpty, "round \(round): temporary files left: \(debris)")
            #expect(try m.run(["log", "--json"], on: pair.laptop).stdout == m.run(["log", "--json"], on: pair.desktop).stdout)
        }
        print("killNineDuringSyncLeavesEveryFileOldOrNew: 10 kills within \(Int(duration * 1000)) ms; \(cutShort) left an exchange half done")
    }

    /// Syncs while the laptop answers in a loop (`answer --stress`) and the desktop studies on:
    /// each sync waits for the answer being written, or the answer for the sync; the laptop's
    /// writer reads the desktop's file as sync replaces it; no answer is lost, none doubled.
    @Test func syncBesideAWriterLosesNoAnswer() throws {
        let m = try TwoMachines()
        defer { m.remove() }
        try m.answer("rt", "good", at: "2026-03-01T08:00:00+00:00", on: m.desktop)
        let (writer, acks) = try RecallBinary.start(["answer", "nat", "good", "--stress", "1500", "--at", "2026-03-01T09:00:00+00:00",
                                                     "--data-dir", m.laptop], in: m.scratch.url, environment: ["TZ": "UTC"])
        var syncs = 0
        while writer.isRunning, syncs < 200 {
            // The desktop studies on, so the writer's folder gets a grown (replaced) file to read.
            try m.answer(syncs % 2 == 0 ? "acl" : "sg", "good", at: "2026-03-01T10:\(String(format: "%02d", syncs % 60)):00+00:00", on: m.desktop)
            let out = try m.run(["sync", m.desktop], on: m.laptop)
            #expect(out.status == 0, "\(out.stderr)")
            syncs += 1
        }
        let acknowledged = String(decoding: acks.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(acknowledged.count == 1500)
        try m.run(["sync", m.desktop], on: m.laptop)
        try m.expectAgree()
        #expect(try m.logLines(of: m.desktop).count == 1501 + syncs)
        print("syncBesideAWriterLosesNoAnswer: \(syncs) syncs while 1500 answers were written")
    }

    /// Every `.jsonl` of a folder's `log/`, by `log/NAME`.
    static func files(_ folder: String) -> [String: Data] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/log")) ?? []).filter { !$0.hasPrefix(".") }
        return Dictionary(uniqueKeysWithValues: names.compactMap { name in
            FileManager.default.contents(atPath: folder + "/log/" + name).map { ("log/" + name, $0) }
        })
    }

    /// Copies of both machines' folders, for one round.
    static func copies(_ m: TwoMachines, _ name: String) throws -> (laptop: String, desktop: String) {
        let laptop = m.scratch.file(name + "-laptop")
        let desktop = m.scratch.file(name + "-desktop")
        try m.tool("/usr/bin/cp", ["-r", m.laptop, laptop])
        try m.tool("/usr/bin/cp", ["-r", m.desktop, desktop])
        return (laptop, desktop)
    }
}
