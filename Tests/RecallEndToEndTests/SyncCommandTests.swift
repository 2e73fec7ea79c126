import Foundation
import RecallTestSupport
import Testing

/// `recall sync DIR`: two data folders as two machines exchange their device files, and then
/// agree on every card and the whole history (docs/sync.md).
@Suite struct SyncCommandTests {
    @Test func syncExchangesBothWaysAndBothMachinesAgree() throws {
        let m = try TwoMachines()
        defer { m.remove() }
        try m.studyOffline()
        let laptopOwn = m.bytes(m.laptop, m.ownLog(m.laptop))
        let desktopOwn = m.bytes(m.desktop, m.ownLog(m.desktop))
        let out = try m.run(["sync", m.desktop], on: m.laptop)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "sent 1 file (3 new answers) to \(m.desktop), received 1 file (2 new answers)\n")
        #expect(out.stderr == "")
        #expect(m.logNames(m.laptop) == m.logNames(m.desktop))
        #expect(m.logNames(m.laptop).count == 2)
        #expect(m.bytes(m.laptop, m.ownLog(m.laptop)) == laptopOwn, "a folder's own file is never written")
        #expect(m.bytes(m.desktop, m.ownLog(m.desktop)) == desktopOwn)
        try m.expectAgree()
        #expect(try m.logLines(of: m.laptop).count == 5)
        // Nothing but log/ was copied: each machine keeps its own device and snapshot.
        #expect(m.bytes(m.laptop, "device.json") != m.bytes(m.desktop, "device.json"))

        // Delivered again (from either side): nothing to do, nothing doubled.
        let again = try m.run(["sync", m.laptop], on: m.desktop)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "sent 0 files (0 new answers) to \(m.laptop), received 0 files (0 new answers)\n")
        #expect(try m.logLines(of: m.desktop).count == 5)

        // Each studies on, the same card too; a file that grew is sent whole, counting only what is new.
        try m.answer("sg", "good", at: "2026-03-02T09:00:00+00:00", on: m.laptop)
        try m.answer("sg", "again", at: "2026-03-02T09:00:30+00:00", on: m.desktop)
        try m.answer("acl", "good", at: "2026-03-02T09:01:00+00:00", on: m.desktop)
        let json = try m.run(["sync", m.laptop, "--json"], on: m.desktop)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout == """
            {"dryRun":false,"sent":[{"file":"\(m.ownLog(m.desktop))","new":false,"answers":2,"events":2}],\
            "received":[{"file":"\(m.ownLog(m.laptop))","new":false,"answers":1,"events":1}],"damage":[]}

            """)
        try m.expectAgree()
        #expect(try m.logLines(of: m.laptop).count == 8)
    }

    @Test func dryRunSaysWhatWouldBeCopiedAndChangesNothing() throws {
        let m = try TwoMachines()
        defer { m.remove() }
        try m.studyOffline()
        let before = (m.logNames(m.laptop), m.logNames(m.desktop))
        let out = try m.run(["sync", m.desktop, "--dry-run"], on: m.laptop)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "would send 1 file (3 new answers) to \(m.desktop), would receive 1 file (2 new answers) (--dry-run: nothing was changed)\n")
        #expect(m.logNames(m.laptop) == before.0 && m.logNames(m.desktop) == before.1)
        let korean = try m.run(["sync", m.desktop, "--lang", "ko"], on: m.laptop)
        #expect(korean.stdout == "\(m.desktop)에 파일 1개(새 답 3개)를 보냈고, 파일 1개(새 답 2개)를 받았습니다\n")
    }

    @Test func aFolderThatIsNoDataFolderIsRefused() throws {
        let m = try TwoMachines()
        defer { m.remove() }
        try m.answer("nat", "good", at: "2026-03-01T09:00:00+00:00", on: m.laptop)
        let missing = try m.run(["sync", m.scratch.file("nowhere")], on: m.laptop)
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix("recall: \(m.scratch.file("nowhere")): no such folder"), "\(missing.stderr)")
        try FileManager.default.createDirectory(atPath: m.scratch.file("empty"), withIntermediateDirectories: true)
        let empty = try m.run(["sync", m.scratch.file("empty")], on: m.laptop)
        #expect(empty.status == 66)
        #expect(empty.stderr.contains("is not a recall data folder (it has no log/ and no reviews.jsonl)"), "\(empty.stderr)")
        let file = try m.run(["sync", m.scratch.file("Decks/vpc.md")], on: m.laptop)
        #expect(file.status == 66)
        #expect(file.stderr.contains("is a file, not a data folder"), "\(file.stderr)")
        let itself = try m.run(["sync", m.laptop], on: m.laptop)
        #expect(itself.status == 64)
        // An empty log/ makes a folder to carry files in (a USB stick): it takes every file.
        try FileManager.default.createDirectory(atPath: m.scratch.file("stick/log"), withIntermediateDirectories: true)
        let stick = try m.run(["sync", m.scratch.file("stick")], on: m.laptop)
        #expect(stick.status == 0, "\(stick.stderr)")
        #expect(stick.stdout.hasPrefix("sent 1 file (1 new answer) to "), "\(stick.stdout)")
        #expect(!FileManager.default.fileExists(atPath: m.scratch.file("stick/device.json")), "the stick gets no device of its own")
    }

    /// A machine new to the learner syncs from the stick and has the whole history; its own file
    /// is made as by any writer.
    @Test func aNewMachineGetsTheWholeHistory() throws {
        let m = try TwoMachines.studiedAndSynced()
        defer { m.remove() }
        let fresh = m.scratch.file("fresh")
        let out = try m.run(["sync", m.laptop], on: fresh)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "sent 1 file (0 new answers) to \(m.laptop), received 2 files (5 new answers)\n",
                "its own file, only a header yet, goes too")
        for (x, y) in zip(try m.views(of: fresh), try m.views(of: m.laptop)) { #expect(x == y) }
        #expect(m.logNames(fresh).count == 3, "its own file, empty, beside the two it received")
    }

    /// A file deleted on one side comes back from the other; nothing is doubled.
    @Test func aFileDeletedOnOneSideComesBack() throws {
        let m = try TwoMachines.studiedAndSynced()
        defer { m.remove() }
        let desktopFile = m.ownLog(m.desktop)
        try FileManager.default.removeItem(atPath: m.laptop + "/" + desktopFile)
        #expect(try m.logLines(of: m.laptop).count == 3)
        let out = try m.run(["sync", m.desktop], on: m.laptop)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "sent 0 files (0 new answers) to \(m.desktop), received 1 file (2 new answers)\n")
        #expect(m.bytes(m.laptop, desktopFile) == m.bytes(m.desktop, desktopFile))
        try m.expectAgree()
    }

    /// A torn last line (a sync tool's half delivery, or a crash of the owner) is never copied,
    /// and never cut from another machine's file.
    @Test func aTornLineIsNeitherCopiedNorCut() throws {
        let m = try TwoMachines.studiedAndSynced()
        defer { m.remove() }
        // The desktop answers again; the laptop has only half of that line (a half delivery).
        try m.answer("acl", "good", at: "2026-03-02T09:00:00+00:00", on: m.desktop)
        let desktopFile = m.ownLog(m.desktop)
        let full = m.bytes(m.desktop, desktopFile)!
        let old = m.bytes(m.laptop, desktopFile)!
        let half = full.prefix(old.count + (full.count - old.count) / 2)
        try half.write(to: URL(fileURLWithPath: m.laptop + "/" + desktopFile))
        // The laptop's owner... is the desktop: the laptop's reader skips the torn line.
        let out = try m.run(["sync", m.desktop], on: m.laptop)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "sent 0 files (0 new answers) to \(m.desktop), received 1 file (1 new answer)\n")
        #expect(m.bytes(m.laptop, desktopFile) == full, "the whole version replaces the torn one")

        // The laptop's own file with a torn last line (the laptop crashed mid-answer): its
        // complete lines are sent, the torn bytes stay for the laptop to set aside.
        try m.answer("rt", "good", at: "2026-03-02T10:00:00+00:00", on: m.laptop)
        let laptopFile = m.ownLog(m.laptop)
        let torn = Data("{\"seq\":9,\"type\":\"review\",\"ti".utf8)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: m.laptop + "/" + laptopFile))
        try handle.seekToEnd()
        try handle.write(contentsOf: torn)
        try handle.close()
        let withTorn = m.bytes(m.laptop, laptopFile)!
        let sent = try m.run(["sync", m.desktop], on: m.laptop)
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout == "sent 1 file (1 new answer) to \(m.desktop), received 0 files (0 new answers)\n")
        #expect(m.bytes(m.desktop, laptopFile) == withTorn.dropLast(torn.count))
        #expect(m.bytes(m.laptop, laptopFile) == withTorn, "sync does not cut; the laptop's next writer does")
        // The desktop's copy of the laptop's file, cut short by a torn line there, is left as it is.
        try m.answer("nat", "good", at: "2026-03-02T11:00:00+00:00", on: m.laptop)
        #expect(try m.run(["doctor"], on: m.laptop).status == 0)
        try m.run(["sync", m.desktop], on: m.laptop)
        try m.expectAgree()
    }

    /// The desktop's own file lost its last answer (restored from an older backup), while the
    /// laptop has it: sync reports it and writes nothing of that file; the rest is exchanged.
    @Test func aFoldersOwnFileBehindTheOtherSideIsDamage() throws {
        let m = try TwoMachines.studiedAndSynced()
        defer { m.remove() }
        let desktopFile = m.ownLog(m.desktop)
        let full = m.bytes(m.desktop, desktopFile)!
        let lines = full.split(separator: 0x0A, omittingEmptySubsequences: false)
        let shorter = Data(lines.dropLast(2).joined(separator: [0x0A])) + Data([0x0A])
        try shorter.write(to: URL(fileURLWithPath: m.desktop + "/" + desktopFile))
        try m.answer("acl", "good", at: "2026-03-02T09:00:00+00:00", on: m.laptop)
        let out = try m.run(["sync", m.laptop], on: m.desktop)
        #expect(out.status == 65)
        #expect(out.stdout == "sent 0 files (0 new answers) to \(m.laptop), received 1 file (1 new answer)\n")
        #expect(out.stderr == "recall: \(m.desktop)/\(desktopFile) is its folder's own file, but \(m.laptop)/\(desktopFile) has lines it lacks: "
            + "that folder lost answers its machine wrote; nothing of it was copied (sync never writes a folder's own file: "
            + "restore it from a backup, or copy \(m.laptop)/\(desktopFile) over it while no recall runs)\n")
        #expect(m.bytes(m.desktop, desktopFile) == shorter)
        #expect(m.bytes(m.laptop, desktopFile) == full, "nothing is taken from the laptop's copy either")
        let json = try m.run(["sync", m.laptop, "--json"], on: m.desktop)
        #expect(json.status == 65)
        #expect(json.stdout.hasSuffix("\"damage\":[{\"file\":\"\(desktopFile)\",\"problem\":\"own-file-behind\",\"own\":\"\(m.desktop)/\(desktopFile)\",\"longer\":\"\(m.laptop)/\(desktopFile)\"}]}\n"), "\(json.stdout)")
    }

    /// Two versions of one file where neither extends the other (a folder copied and studied
    /// on twice as the same device): damage, both paths named, nothing of it copied.
    @Test func divergedCopiesAreReportedAndLeftAlone() throws {
        let m = try TwoMachines()
        defer { m.remove() }
        try m.studyOffline()
        let twin = m.scratch.file("twin")
        try m.tool("/usr/bin/cp", ["-r", m.desktop, twin])
        try m.answer("acl", "good", at: "2026-03-02T09:00:00+00:00", on: m.desktop)
        try m.answer("nat", "again", at: "2026-03-02T09:00:00+00:00", on: twin)
        try m.run(["sync", twin], on: m.laptop)
        let desktopFile = m.ownLog(m.desktop)
        let laptopCopy = m.bytes(m.laptop, desktopFile)
        let out = try m.run(["sync", m.desktop], on: m.laptop)
        #expect(out.status == 65)
        #expect(out.stdout == "sent 1 file (3 new answers) to \(m.desktop), received 0 files (0 new answers)\n")
        #expect(out.stderr.hasPrefix("recall: \(desktopFile): \(m.laptop)/\(desktopFile) and \(m.desktop)/\(desktopFile) differ, and neither is the other with lines added"), "\(out.stderr)")
        #expect(m.bytes(m.laptop, desktopFile) == laptopCopy)
    }

    /// A damaged file on one side (a flipped digit) is reported by its place and not copied.
    @Test func aDamagedFileIsNotSpread() throws {
        let m = try TwoMachines.studiedAndSynced()
        defer { m.remove() }
        try m.answer("acl", "good", at: "2026-03-02T09:00:00+00:00", on: m.desktop)
        let desktopFile = m.ownLog(m.desktop)
        let path = m.laptop + "/" + desktopFile
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"rating\":4", with: "\"rating\":1")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let out = try m.run(["sync", m.desktop], on: m.laptop)
        #expect(out.status == 65)
        #expect(out.stderr.hasPrefix("recall: \(desktopFile) was not exchanged: \(path):2: "), "\(out.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    /// A folder another recall is writing to is refused with the lock's message.
    @Test func aBusyFolderIsRefused() throws {
        let m = try TwoMachines()
        defer { m.remove() }
        try m.studyOffline()
        let lock = open(m.desktop + "/lock", O_RDWR | O_CREAT, 0o644)
        defer { close(lock) }
        _ = "4242\n".withCString { write(lock, $0, 5) }
        #expect(flock(lock, LOCK_EX) == 0)
        let out = try m.run(["sync", m.desktop], on: m.laptop)
        #expect(out.status == 1)
        #expect(out.stderr == "recall: another recall (pid 4242) is using \(m.desktop); close it first\n")
        #expect(m.logNames(m.desktop).count == 1, "nothing was copied")
    }
}
