import Foundation
import Testing
import RecallTestSupport

/// A data folder on a small tmpfs that fills up: the answer that does not fit is refused with a
/// message and exit 74, every acknowledged answer stays, the log stays readable, and once there
/// is room again the next answer is recorded.
@Suite struct FaultSuiteFullDiskTests {
    @Test func aFullDiskRefusesTheAnswerAndLosesNothing() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let mountPoint = s.url.appendingPathComponent("small").path
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: false)
        let mount = try RecallBinary.run(executable: URL(fileURLWithPath: "/usr/bin/env"),
                                         ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint])
        guard mount.status == 0 else {
            print("skipped: this machine does not let the test mount a small tmpfs (\(mount.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return
        }
        defer { _ = try? RecallBinary.run(executable: URL(fileURLWithPath: "/usr/bin/env"), ["umount", mountPoint]) }
        let data = mountPoint + "/data"
        func run(_ arguments: [String]) throws -> RecallBinary.Output {
            try RecallBinary.run(arguments + ["--data-dir", data], in: s.url, environment: ["TZ": "UTC"])
        }
        func loggedSeqs() throws -> [Int] {
            let log = try run(["log", "--json"])
            #expect(log.status == 0, "the log stays readable: \(log.stderr)")
            #expect(!log.stderr.contains("incomplete"), "no torn line is left: \(log.stderr)")
            return log.stdout.split(separator: "\n").compactMap { Int($0.dropFirst(7).prefix { $0.isNumber }) }
        }
        func answer(_ i: Int) throws -> RecallBinary.Output {
            try run(["answer", ["nat", "igw", "rt"][i % 3], "3", "--at", "2026-03-01T09:00:00Z", "--duration", String(1000 + i)])
        }
        #expect(try answer(0).status == 0)

        // Fill the disk.
        let filler = mountPoint + "/filler"
        let fd = open(filler, O_WRONLY | O_CREAT, 0o600)
        try #require(fd >= 0)
        let block = [UInt8](repeating: 0x41, count: 4096)
        var full = false
        for _ in 0..<1024 where !full {
            full = block.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } < 0
        }
        close(fd)
        try #require(full, "the 1 MB tmpfs never filled up")

        // Answer until one does not fit (the log's last page may still have room for a few).
        var acknowledged = 1
        var refused: RecallBinary.Output?
        for i in 1..<400 {
            let result = try answer(i)
            if result.status == 0 {
                acknowledged += 1
            } else {
                refused = result
                break
            }
        }
        let failure = try #require(refused, "every answer was recorded on a full disk")
        #expect(failure.status == 74, "\(failure.stderr)")
        #expect(failure.stderr.contains(data) && failure.stderr.contains("No space left on device"), "\(failure.stderr)")
        #expect(try loggedSeqs() == Array(1...acknowledged), "every acknowledged answer, and nothing else")
        print("full disk: \(acknowledged) answers recorded, then: \(failure.stderr.trimmingCharacters(in: .newlines)) (exit \(failure.status))")

        // Room again: the next answer is recorded after them.
        try FileManager.default.removeItem(atPath: filler)
        let next = try answer(acknowledged)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try loggedSeqs() == Array(1...(acknowledged + 1)))
        let doctor = try run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
    }
}
