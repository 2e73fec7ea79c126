import Foundation
import RecallTestSupport
import Testing

/// Two data folders as two machines, studying one deck folder: the laptop and the desktop.
///
/// Why a helper: every two-machine test (sync, copies by hand, git) studies, exchanges files,
/// and then checks that both machines see the same history and the same states, by the
/// commands a learner runs.
struct TwoMachines {
    let scratch: TempFolder
    var laptop: String { scratch.file("laptop") }
    var desktop: String { scratch.file("desktop") }
    static let cards = ["nat", "igw", "rt", "sg", "acl"]
    /// The time every view is taken at.
    static let viewTime = "2026-03-05T12:00:00+00:00"

    init() throws {
        scratch = try TempFolder()
        var deck = "---\ndeck: AWS::VPC\n---\n"
        for card in Self.cards { deck += "## \(card.uppercased())?\n<!-- id: \(card) -->\nanswer \(card)\n\n" }
        try scratch.write("Decks/vpc.md", deck)
    }

    func remove() { scratch.remove() }

    /// `recall ARGUMENTS --data-dir FOLDER`, in the scratch folder (its `Decks/`), in UTC.
    /// With `host`, it runs under that host name, in a UTS namespace of its own (`unshare`), as
    /// on another machine.
    @discardableResult
    func run(_ arguments: [String], on folder: String, host: String? = nil, environment: [String: String] = [:]) throws -> RecallBinary.Output {
        var env = environment
        env["TZ"] = "UTC"
        guard let host else { return try RecallBinary.run(arguments + ["--data-dir", folder], in: scratch.url, environment: env) }
        return try RecallBinary.run(executable: URL(fileURLWithPath: "/usr/bin/unshare"),
                                    ["--uts", "--", "/bin/sh", "-c", "hostname \"$0\" && exec \"$@\"", host, RecallBinary.url.path]
                                        + arguments + ["--data-dir", folder],
                                    in: scratch.url, environment: env)
    }

    /// Records one answer on a machine, and fails the test if it was not recorded.
    func answer(_ card: String, _ rating: String, at time: String, on folder: String, host: String? = nil,
                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let out = try run(["answer", card, rating, "--at", time], on: folder, host: host)
        #expect(out.status == 0, "answer \(card) on \(folder): \(out.stderr)", sourceLocation: sourceLocation)
    }

    /// What a learner sees of the history and the states: `log --json`, `due --json`, every
    /// card's `show`, and `export --format json` (which holds every card's progress).
    func views(of folder: String) throws -> [String] {
        var views: [String] = []
        for arguments in [["log", "--json"], ["due", "--json", "--at", Self.viewTime], ["export", "--format", "json"]]
            + Self.cards.map({ ["show", $0] }) {
            let out = try run(arguments, on: folder)
            // The export's own time stamp is the one line that differs between any two runs.
            let stdout = out.stdout.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("  \"exported\" : ") }.joined(separator: "\n")
            views.append("\(arguments.joined(separator: " ")) -> \(out.status)\n\(stdout)\(out.stderr)")
        }
        return views
    }

    /// Both machines print the same history and states, byte for byte.
    func expectAgree(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let a = try views(of: laptop)
        let b = try views(of: desktop)
        for (x, y) in zip(a, b) { #expect(x == y, sourceLocation: sourceLocation) }
        #expect(a[0].hasPrefix("log --json -> 0\n"), "\(a[0])", sourceLocation: sourceLocation)
    }

    /// The events `log --json` lists on a machine.
    func logLines(of folder: String) throws -> [String] {
        try run(["log", "--json"], on: folder).stdout.split(separator: "\n").map(String.init)
    }

    /// A machine's own file, `log/<device>.jsonl`, as `device.json` names it.
    func ownLog(_ folder: String) -> String { TempFolder.deviceLogName(in: folder) }

    func bytes(_ folder: String, _ name: String) -> Data? {
        FileManager.default.contents(atPath: folder + "/" + name)
    }

    /// The names in a folder's `log/`, sorted.
    func logNames(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/log")) ?? []).sorted()
    }

    /// Studies on both machines offline: different cards, then the same card on both.
    /// `hosts` gives each folder's host name, as on two machines.
    func studyOffline(day: Int = 1, hosts: [String: String] = [:]) throws {
        let d = String(format: "%02d", day)
        try answer("nat", "good", at: "2026-03-\(d)T09:00:00+00:00", on: laptop, host: hosts[laptop])
        try answer("igw", "again", at: "2026-03-\(d)T09:01:00+00:00", on: laptop, host: hosts[laptop])
        try answer("rt", "easy", at: "2026-03-\(d)T09:02:00+09:00", on: desktop, host: hosts[desktop])
        try answer("sg", "good", at: "2026-03-\(d)T10:00:00+00:00", on: laptop, host: hosts[laptop])
        try answer("sg", "hard", at: "2026-03-\(d)T10:05:00+00:00", on: desktop, host: hosts[desktop])
    }

    /// Two machines that studied offline and then synced once.
    static func studiedAndSynced() throws -> TwoMachines {
        let m = try TwoMachines()
        try m.studyOffline()
        let out = try m.run(["sync", m.desktop], on: m.laptop)
        #expect(out.status == 0, "\(out.stderr)")
        return m
    }

    /// Runs a program other than recall (git, cp) in `folder`, and fails the test unless it exits 0.
    @discardableResult
    func tool(_ program: String, _ arguments: [String], in folder: String? = nil,
              sourceLocation: SourceLocation = #_sourceLocation) throws -> RecallBinary.Output {
        let out = try RecallBinary.run(executable: URL(fileURLWithPath: program), arguments,
                                       in: URL(fileURLWithPath: folder ?? scratch.path),
                                       environment: ["GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
                                                     "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com",
                                                     "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"])
        #expect(out.status == 0, "\(program) \(arguments): \(out.stdout)\(out.stderr)", sourceLocation: sourceLocation)
        return out
    }
}
