import Foundation
import RecallTestSupport
import Testing

/// Two machines that exchange their logs without `recall sync`: by copying files by hand, by a
/// real git repository, and by copying the whole folder; after each, both agree on everything.
@Suite struct TwoMachineCopyTests {
    /// Each machine's own file copied to the other with `cp`, twice (the second time over the
    /// older copy): the way docs/sync.md says copying by hand works.
    @Test func copyingEachOwnFileByHand() throws {
        let m = try TwoMachines()
        defer { m.remove() }
        for day in [1, 2] {
            try m.studyOffline(day: day)
            try m.tool("/usr/bin/cp", [m.laptop + "/" + m.ownLog(m.laptop), m.desktop + "/log/"])
            try m.tool("/usr/bin/cp", [m.desktop + "/" + m.ownLog(m.desktop), m.laptop + "/log/"])
            try m.expectAgree()
            #expect(try m.logLines(of: m.laptop).count == 5 * day)
        }
        #expect(try m.run(["doctor"], on: m.desktop).status == 0)
    }

    /// A bare remote and two clones as the two data folders, with the `.gitignore` and
    /// `.gitattributes` of docs/sync.md: commit, pull and push on each side report no conflict,
    /// even with `core.autocrlf=true` on one (which `-text` makes harmless).
    @Test func aGitRepositoryCarriesTheLogs() throws {
        let m = try TwoMachines()
        defer { m.remove() }
        let git = "/usr/bin/git"
        let remote = m.scratch.file("remote.git")
        try m.tool(git, ["init", "-q", "--bare", "-b", "main", remote])
        try m.tool(git, ["init", "-q", "-b", "main", m.laptop])
        let doc = try String(contentsOf: PackageFolder.root.appendingPathComponent("docs/sync.md"), encoding: .utf8)
        try Self.block("gitignore", in: doc).write(toFile: m.laptop + "/.gitignore", atomically: true, encoding: .utf8)
        try Self.block("gitattributes", in: doc).write(toFile: m.laptop + "/.gitattributes", atomically: true, encoding: .utf8)
        try m.tool(git, ["add", "-A"], in: m.laptop)
        try m.tool(git, ["commit", "-q", "-m", "recall data folder"], in: m.laptop)
        try m.tool(git, ["remote", "add", "origin", remote], in: m.laptop)
        try m.tool(git, ["push", "-q", "-u", "origin", "main"], in: m.laptop)
        try m.tool(git, ["-c", "core.autocrlf=true", "clone", "-q", remote, m.desktop])
        try m.tool(git, ["config", "core.autocrlf", "true"], in: m.desktop)
        for day in [1, 2] {
            try m.studyOffline(day: day)
            for (folder, pull) in [(m.laptop, true), (m.desktop, true), (m.laptop, false)] {
                try m.tool(git, ["add", "-A"], in: folder)
                let status = try m.tool(git, ["status", "--porcelain"], in: folder).stdout
                #expect(status.split(separator: "\n").allSatisfy { $0.hasPrefix("A  log/") || $0.hasPrefix("M  log/") || $0.isEmpty },
                        "only log files are shared: \(status)")
                if !status.isEmpty { try m.tool(git, ["commit", "-q", "-m", "study"], in: folder) }
                if pull {
                    let pulled = try m.tool(git, ["pull", "--no-rebase", "--no-edit"], in: folder)
                    #expect(!pulled.stdout.contains("CONFLICT") && !pulled.stderr.contains("CONFLICT"))
                    try m.tool(git, ["push", "-q"], in: folder)
                }
            }
            try m.tool(git, ["pull", "-q", "--no-rebase", "--no-edit"], in: m.laptop)
            try m.expectAgree()
            #expect(try m.logLines(of: m.desktop).count == 5 * day)
            #expect(try m.tool(git, ["status", "--porcelain"], in: m.desktop).stdout == "", "recall's own files stay out of git")
        }
        #expect(try m.run(["doctor"], on: m.desktop).status == 0)
    }

    /// Why `.gitattributes` says `-text`: without it, a clone with `core.autocrlf=true` checks the
    /// log out with `\r\n`, and every line fails its guard.
    @Test func withoutDashTextAutocrlfBreaksTheGuards() throws {
        let m = try TwoMachines()
        defer { m.remove() }
        let git = "/usr/bin/git"
        try m.tool(git, ["init", "-q", "-b", "main", m.laptop])
        let doc = try String(contentsOf: PackageFolder.root.appendingPathComponent("docs/sync.md"), encoding: .utf8)
        try Self.block("gitignore", in: doc).write(toFile: m.laptop + "/.gitignore", atomically: true, encoding: .utf8)
        try m.answer("nat", "good", at: "2026-03-01T09:00:00+00:00", on: m.laptop)
        try m.tool(git, ["add", "-A"], in: m.laptop)
        try m.tool(git, ["commit", "-q", "-m", "no attributes"], in: m.laptop)
        try m.tool(git, ["-c", "core.autocrlf=true", "clone", "-q", m.laptop, m.desktop])
        let log = try m.run(["log"], on: m.desktop)
        #expect(log.status == 65)
        #expect(log.stderr.contains("fails its guard"), "\(log.stderr)")
    }

    /// The text of the first ```NAME block of a Markdown page.
    static func block(_ name: String, in page: String) throws -> String {
        let start = try #require(page.range(of: "```" + name + "\n"))
        let end = try #require(page.range(of: "\n```", range: start.upperBound..<page.endIndex))
        return String(page[start.upperBound..<end.lowerBound]) + "\n"
    }

    /// The whole folder copied over the other machine's, one way and back (`cp -r`): the
    /// receiving machine, finding another host's `device.json`, appends to a new file of its
    /// own, never to the other machine's. Each machine runs with a host name of its own, in a
    /// UTS namespace (`unshare --uts`).
    @Test func aWholeFolderCopiedBothWays() throws {
        let m = try TwoMachines()
        defer { m.remove() }
        guard let probe = try? RecallBinary.run(executable: URL(fileURLWithPath: "/usr/bin/unshare"), ["--uts", "true"]),
              probe.status == 0 else {
            print("aWholeFolderCopiedBothWays: skipped, since unshare --uts is not allowed here (it gives each machine its own host name)")
            return
        }
        let hosts = [m.laptop: "laptop-host", m.desktop: "desktop-host"]
        try m.studyOffline(hosts: hosts)
        let laptopDevice = m.ownLog(m.laptop)
        let desktopDevice = m.ownLog(m.desktop)
        let laptopFile = m.bytes(m.laptop, laptopDevice)
        try m.tool("/usr/bin/cp", ["-r", m.laptop + "/.", m.desktop])
        try m.answer("acl", "good", at: "2026-03-01T11:00:00+00:00", on: m.desktop, host: hosts[m.desktop])
        let newDesktopDevice = m.ownLog(m.desktop)
        #expect(newDesktopDevice != laptopDevice && newDesktopDevice != desktopDevice,
                "a device.json of another host: the desktop takes an id of its own")
        #expect(m.bytes(m.desktop, laptopDevice) == laptopFile, "the laptop's file is not written on the desktop")
        try m.tool("/usr/bin/cp", ["-r", m.desktop + "/.", m.laptop])
        try m.expectAgree()
        #expect(try m.logLines(of: m.laptop).count == 6)
        try m.answer("nat", "again", at: "2026-03-01T12:00:00+00:00", on: m.laptop, host: hosts[m.laptop])
        #expect(m.ownLog(m.laptop) != newDesktopDevice, "and back on the laptop, the same")
        #expect(try m.logLines(of: m.laptop).count == 7)
    }
}
