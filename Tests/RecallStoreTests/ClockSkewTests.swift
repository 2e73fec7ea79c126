import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

/// `recall doctor`'s report of devices whose clocks disagree with this machine's (`ClockSkew`):
/// what the files show is a device's latest event dated after this machine's now.
@Suite struct ClockSkewTests {
    static let desktop = "p9wx2hd3tu6e"

    /// The laptop answered at `own`; the desktop's file has one answer at `theirs`.
    static func folder(own: Instant, theirs: Instant) throws -> TempFolder {
        let folder = try TempFolder()
        let store = try ProgressStore.open(folder: folder.path, now: own)
        try store.record(review("a", .good), at: own)
        try store.close()
        var bytes = ReviewLog.headerLine(device: desktop, created: TestClock.base)
        bytes += LogEntry(seq: 1, time: theirs, event: .review(review("b", .good)), device: desktop).line
        try folder.write("log/\(desktop).jsonl", String(decoding: bytes, as: UTF8.self))
        return folder
    }

    @Test func aDeviceAheadOfThisClockIsNamedWithHowFar() throws {
        let folder = try Self.folder(own: TestClock.base, theirs: TestClock.base + .minutes(63))
        defer { folder.remove() }
        let report = try Doctor.check(folder: folder.path, cards: nil, now: TestClock.base + .minutes(1))
        #expect(report.clockSkews.map(\.device) == [Self.desktop])
        #expect(report.clockSkews.first?.ahead == .minutes(62) && report.clockSkews.first?.thisMachine == false)
        #expect(report.findings.contains { $0.level == .note && $0.message.hasPrefix("device \(Self.desktop): its latest event is dated 62 minutes after") })
        #expect(report.problems.isEmpty, "a clock that disagrees is not damage")
        #expect(try Doctor.check(folder: folder.path, cards: nil).clockSkews.isEmpty, "no clock, no check")
    }

    @Test func fiveMinutesIsWithinTolerance() throws {
        let folder = try Self.folder(own: TestClock.base, theirs: TestClock.base + .minutes(6))
        defer { folder.remove() }
        #expect(try Doctor.check(folder: folder.path, cards: nil, now: TestClock.base + .minutes(1)).clockSkews.isEmpty)
        #expect(try Doctor.check(folder: folder.path, cards: nil, now: TestClock.base + .seconds(59)).clockSkews.count == 1)
    }

    /// This machine's own events dated after its clock: its clock went back since it wrote them.
    @Test func thisMachinesOwnFutureEventsNameItsHost() throws {
        let folder = try Self.folder(own: TestClock.base + .hours(2), theirs: TestClock.base)
        defer { folder.remove() }
        let report = try Doctor.check(folder: folder.path, cards: nil, now: TestClock.base)
        let own = try #require(report.clockSkews.first)
        #expect(report.clockSkews.count == 1 && own.thisMachine && own.host != nil && own.ahead == .hours(2))
        #expect(report.findings.contains { $0.message.contains("this machine: its own latest event is dated 120 minutes after") })
    }
}
