/// Splits what a reader hands over, block by block, into lines without making a copy or a
/// String of each: the one line reader, for the review log (`ReadableFile`, by `pread`) and for
/// `recall replay` (a file or a pipe), which both read millions of lines.
public enum LineScanner {
    /// Calls `body` with each line (without its `\n`), its byte offset from where reading began,
    /// and whether it ended with `\n` (only the last can lack one); stops when `body` returns
    /// false. `read(into, count)` fills up to `count` bytes and returns how many, 0 at the end.
    public static func forEachLine<Failure: Error>(
        blockSize: Int = 1 << 20,
        read: (UnsafeMutableRawPointer, Int) throws(Failure) -> Int,
        _ body: (Slice<UnsafeBufferPointer<UInt8>>, _ offset: Int, _ complete: Bool) throws(Failure) -> Bool
    ) throws(Failure) {
        var buffer = [UInt8](repeating: 0, count: blockSize)
        var filled = 0
        var base = 0  // the offset of buffer[0]
        var atEnd = false
        while !atEnd {
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            var failure: Failure?
            let count = buffer.withUnsafeMutableBytes { raw -> Int in
                do throws(Failure) {
                    return try read(raw.baseAddress! + filled, raw.count - filled)
                } catch {
                    failure = error
                    return 0
                }
            }
            if let failure { throw failure }
            atEnd = count == 0
            filled += count
            var start = 0
            var stop = false
            buffer.withUnsafeBufferPointer { all in
                do throws(Failure) {
                    while start < filled {
                        guard let found = memchr(all.baseAddress! + start, 0x0A, filled - start) else {
                            if atEnd {
                                stop = try !body(all[start..<filled], base + start, false)
                                start = filled
                            }
                            break
                        }
                        let newline = all.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                        let lineStart = start
                        start = newline + 1
                        if try !body(all[lineStart..<newline], base + lineStart, true) {
                            stop = true
                            break
                        }
                    }
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
            if stop { return }
            if start > 0 {
                let remaining = filled - start
                buffer.withUnsafeMutableBytes { raw in
                    if remaining > 0 { raw.baseAddress!.copyMemory(from: raw.baseAddress! + start, byteCount: remaining) }
                }
                filled = remaining
                base += start
            }
        }
    }
}
