import Testing
@testable import RecallCore
import RecallTestSupport

/// The line guard of schema 2: CRC-32 as zlib computes it, and any change to a line is caught.
@Suite struct LineGuardTests {
    @Test func crc32IsZlibs() {
        // The standard check value of CRC-32, and `zlib.crc32(b"recall")` from Python.
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Array("recall".utf8)) == 0x4B30_0576)
        #expect(CRC32.checksum([UInt8]()) == 0)
        let whole = Array("{\"seq\":1,\"type\":\"review\"}".utf8)
        #expect(CRC32.update(CRC32.checksum(whole[..<7]), with: whole[7...]) == CRC32.checksum(whole), "streaming")
    }

    /// Eight bytes at a time gives what one byte at a time gives, at every length and alignment.
    @Test func slicingByEightAgreesWithTheBytewiseRule() {
        func bytewise(_ bytes: ArraySlice<UInt8>) -> UInt32 {
            var value: UInt32 = ~0
            for byte in bytes {
                value ^= UInt32(byte)
                for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
            }
            return ~value
        }
        var random = SeededRandom(seed: 11)
        let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &random) }
        for start in 0..<9 {
            for end in stride(from: start, through: bytes.count, by: 7) {
                #expect(CRC32.checksum(bytes[start..<end]) == bytewise(bytes[start..<end]), "\(start)..<\(end)")
            }
        }
    }

    func sealed(_ text: String) -> [UInt8] {
        var body = Array(text.utf8)
        LineGuard.seal(&body)
        return body
    }

    func problem(_ line: [UInt8]) -> String? {
        line.withUnsafeBufferPointer { LineGuard.problem(in: UnsafeBufferPointer(rebasing: $0.dropLast()))?.english }
    }

    @Test func aSealedLineIsIntactAndParses() throws {
        let line = sealed("{\"seq\":1,\"type\":\"review\",\"rating\":3")
        #expect(String(decoding: line.suffix(19), as: UTF8.self).hasPrefix(",\"crc\":\""))
        #expect(line.last == 0x0A)
        #expect(problem(line) == nil)
        var fields: [String] = []
        try line.dropLast().withUnsafeBufferPointer { buffer throws(JSONFields.Failure) in
            try JSONFields.forEach(in: buffer) { key, _ in fields.append(String(key)) }
        }
        #expect(fields == ["seq", "type", "rating", "crc"])
    }

    /// Every single-byte change of a sealed line, anywhere in it, is caught.
    @Test func everyChangedByteIsCaught() {
        let line = sealed("{\"seq\":12,\"type\":\"review\",\"time\":\"2026-03-01T09:00:00+00:00\",\"card\":\"vpc-nat\",\"rating\":3")
        var random = SeededRandom(seed: 7)
        for index in 0..<(line.count - 1) {
            var changed = line
            changed[index] ^= UInt8.random(in: 1...255, using: &random)
            #expect(problem(changed) != nil, "byte \(index)")
        }
    }

    @Test func aLineWithoutAGuardSaysSo() {
        #expect(problem(Array("{\"seq\":1}\n".utf8))?.contains("no checksum") == true)
        var line = sealed("{\"seq\":1")
        line[line.count - 4] = UInt8(ascii: "z")
        #expect(problem(line)?.contains("hexadecimal") == true)
    }
}
