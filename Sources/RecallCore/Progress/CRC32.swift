/// CRC-32 as zlib, PNG and Ethernet compute it (polynomial 0xEDB88320, reflected), so a line's
/// checksum can be checked with any tool: `python3 -c 'import zlib; print(hex(zlib.crc32(b"...")))'`.
/// Streaming: `update` continues from an earlier value, which is how a reader extends the
/// snapshot's checksum of a file's covered part with the lines it reads after it.
///
/// Eight bytes per step with eight tables ("slicing by 8"): measured on 100 MB, 54 ms against
/// 247 ms for the one-table loop (zlib's C: 23 ms), which matters because a reader checks the
/// whole covered part of a log (150 MB at a million reviews) when the file changed behind the
/// snapshot. See docs/performance.md.
public enum CRC32 {
    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        update(0, with: bytes)
    }

    public static func update(_ crc: UInt32, with bytes: some Sequence<UInt8>) -> UInt32 {
        if let result = bytes.withContiguousStorageIfAvailable({ update(crc, buffer: $0) }) { return result }
        return Array(bytes).withUnsafeBufferPointer { update(crc, buffer: $0) }
    }

    public static func update(_ crc: UInt32, buffer: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = buffer.baseAddress else { return crc }
        var value = ~crc
        tables.withUnsafeBufferPointer { t in
            let raw = UnsafeRawPointer(base)
            let count = buffer.count
            var i = 0
            while i + 8 <= count {
                let low = raw.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian ^ value
                let high = raw.loadUnaligned(fromByteOffset: i + 4, as: UInt32.self).littleEndian
                value = t[7 * 256 + Int(low & 0xFF)] ^ t[6 * 256 + Int((low >> 8) & 0xFF)]
                    ^ t[5 * 256 + Int((low >> 16) & 0xFF)] ^ t[4 * 256 + Int(low >> 24)]
                    ^ t[3 * 256 + Int(high & 0xFF)] ^ t[2 * 256 + Int((high >> 8) & 0xFF)]
                    ^ t[256 + Int((high >> 16) & 0xFF)] ^ t[Int(high >> 24)]
                i += 8
            }
            while i < count {
                value = t[Int((value ^ UInt32(raw.load(fromByteOffset: i, as: UInt8.self))) & 0xFF)] ^ (value >> 8)
                i += 1
            }
        }
        return ~value
    }

    /// Table k gives the CRC of a byte followed by k zero bytes.
    private static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 8 * 256)
        for n in 0..<256 {
            var c = UInt32(n)
            for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            t[n] = c
        }
        for k in 1..<8 {
            for n in 0..<256 {
                let previous = t[(k - 1) * 256 + n]
                t[k * 256 + n] = (previous >> 8) ^ t[Int(previous & 0xFF)]
            }
        }
        return t
    }()
}
