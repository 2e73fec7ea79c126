/// The guard on every line of a schema-2 review log: a CRC-32 of the line's bytes, written as
/// its last field, `,"crc":"89abcdef"}`.
///
/// Why: a line changed on disk after it was written (a flipped digit, an edit, a bad sector)
/// must be caught when it is read, not replayed as a different answer. JSON alone cannot tell
/// `"rating":3` from `"rating":1`. CRC-32 finds every change of up to 32 bits in a row and all
/// but one in four billion others, costs one table lookup per byte, and needs no key.
/// The checksum covers every byte before `,"crc":"`, so checking needs no JSON parsing and the
/// field's fixed length makes it easy to find: the last 18 bytes of the line.
public enum LineGuard {
    /// `,"crc":"` + 8 hex digits + `"}`.
    public static let suffixLength = 18
    private static let prefix = Array(",\"crc\":\"".utf8)

    /// Ends `body` (an object's text without its closing `}`) with the checksum field, `}` and `\n`.
    public static func seal(_ body: inout [UInt8]) {
        let crc = CRC32.checksum(body)
        body.append(contentsOf: prefix)
        body.append(contentsOf: hex(crc).utf8)
        body.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "}"), 0x0A])
    }

    /// Why a line (without its `\n`) fails its guard, or nil when it is intact.
    public static func problem(in line: UnsafeBufferPointer<UInt8>) -> LineProblem? {
        let count = line.count
        guard count > suffixLength, line[count - 1] == UInt8(ascii: "}"), line[count - 2] == UInt8(ascii: "\"") else {
            return .noChecksum
        }
        let start = count - suffixLength
        for (k, byte) in prefix.enumerated() where line[start + k] != byte {
            return .noChecksum
        }
        var stored: UInt32 = 0
        for k in 0..<8 {
            guard let digit = hexValue(line[start + prefix.count + k]) else {
                return .checksumNotHex
            }
            stored = stored << 4 | UInt32(digit)
        }
        let actual = CRC32.checksum(UnsafeBufferPointer(rebasing: line[..<start]))
        if actual != stored {
            return .checksumMismatch
        }
        return nil
    }

    /// A checksum as the 8 lower-case hexadecimal digits lines and snapshots write.
    public static func hex(_ value: UInt32) -> String {
        String(decoding: (0..<8).map { hexDigits[Int((value >> UInt32(28 - 4 * $0)) & 0xF)] }, as: UTF8.self)
    }

    /// `hex` read back; nil unless exactly 8 such digits.
    public static func parseHex(_ text: some StringProtocol) -> UInt32? {
        guard text.utf8.count == 8 else { return nil }
        var value: UInt32 = 0
        for byte in text.utf8 {
            guard let digit = hexValue(byte) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
