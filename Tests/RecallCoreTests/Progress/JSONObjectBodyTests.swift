import Testing
@testable import RecallCore
import RecallTestSupport

/// `recall log --json` appends each answer's object to one buffer (`appendJSONObjectBody`): the
/// bytes must be the line's own fields, as the log holds them, whatever the buffer held before.
@Suite struct JSONObjectBodyTests {
    /// The random logs of the JSON export's test (Korean ids, undos, suspends, buries, restores),
    /// with a deck file name that needs escapes.
    static func entries(seed: UInt64, device: String) -> [LogEntry] {
        JSONExportStreamTests.randomLog(["vpc-nat", "서브넷-라우팅", "s3::버킷"], seed: seed, count: 400, device: device)
    }

    @Test(arguments: [(UInt64(11), ""), (12, "k7f3q2mzab4c"), (13, "기기-1")])
    func appendedBodiesAreTheLinesWithoutTheirGuard(seed: UInt64, device: String) throws {
        var buffer: [UInt8] = Array("앞에 있던 바이트\n".utf8)
        var expected = buffer
        for entry in Self.entries(seed: seed, device: device) {
            let withDevice = !device.isEmpty
            let before = buffer.count
            entry.appendJSONObjectBody(device: withDevice, to: &buffer)
            #expect(Array(buffer[before...]) == entry.jsonObjectBody(device: withDevice))
            buffer += "}\n".utf8
            // The old way: the schema-1 line (no guard), or, with a device, the schema-2 line
            // with its guard taken off and the device added.
            if withDevice {
                let line = entry.line
                let guardStart = try #require(line.lastIndex(of: UInt8(ascii: ",")))
                #expect(String(decoding: line[guardStart...], as: UTF8.self).hasPrefix(",\"crc\":\""))
                expected += line[..<guardStart]
                var name = JSONWriter()
                name.string(device)
                expected += ",\"device\":".utf8
                expected += name.bytes
                expected += "}\n".utf8
            } else {
                expected += entry.schema1Line
            }
        }
        if buffer != expected {
            let a = String(decoding: expected, as: UTF8.self).split(separator: "\n")
            let b = String(decoding: buffer, as: UTF8.self).split(separator: "\n")
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("first difference at line \(line + 1):\nexpected: \(line < a.count ? a[line] : "<end>")\nappended: \(line < b.count ? b[line] : "<end>")")
        }
    }
}
