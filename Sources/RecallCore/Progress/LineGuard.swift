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
        for shift in stride(from: 28, through: 0, by: -4) {
            body.append(hexDigits[Int((crc >> UInt32(shift)) & 0xF)])
        }
        body.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "}"), 0x0A])
    }

    /// Why a line (without its `\n`) fails its guard, or nil when it is intact.
    public static func problem(in line: UnsafeBufferPointer<UInt8>) -> String? {
        let count = line.count
        guard count > suffixLength, line[count - 1] == UInt8(ascii: "}"), line[count - 2] == UInt8(ascii: "\"") else {
            return "it has no checksum (a \"crc\" field at the end of the line)"
        }
        let start = count - suffixLength
        for (k, byte) in prefix.enumerated() where line[start + k] != byte {
            return "it has no checksum (a \"crc\" field at the end of the line)"
        }
        var stored: UInt32 = 0
        for k in 0..<8 {
            guard let digit = hexValue(line[start + prefix.count + k]) else {
                return "its checksum is not 8 hexadecimal digits"
            }
            stored = stored << 4 | UInt32(digit)
        }
        let actual = CRC32.checksum(UnsafeBufferPointer(rebasing: line[..<start]))
        if actual != stored {
            return "its checksum does not match its content (the line was changed after it was written)"
        }
        return nil
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

/// CRC-32 as zlib, PNG and Ethernet compute it (polynomial 0xEDB88320, reflected), so a line's
/// checksum can be checked with any tool: `python3 -c 'import zlib; print(hex(zlib.crc32(b"...")))'`.
/// Streaming: `update` continues from an earlier value, which is how the snapshot keeps a
/// running checksum of everything it covers without reading it again.
public enum CRC32 {
    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        update(0, with: bytes)
    }

    public static func update(_ crc: UInt32, with bytes: some Sequence<UInt8>) -> UInt32 {
        if let result = bytes.withContiguousStorageIfAvailable({ update(crc, buffer: $0) }) { return result }
        return Array(bytes).withUnsafeBufferPointer { update(crc, buffer: $0) }
    }

    public static func update(_ crc: UInt32, buffer: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var value = ~crc
        table.withUnsafeBufferPointer { table in
            for byte in buffer {
                value = table[Int((value ^ UInt32(byte)) & 0xFF)] ^ (value >> 8)
            }
        }
        return ~value
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }
}
