import Foundation

/// Reads a file descriptor in large blocks and hands out its lines as byte slices, without
/// making a String per line: `recall replay` reads millions of lines.
struct LineReader {
    let fileDescriptor: Int32
    var blockSize = 1 << 20

    /// Calls `body` with each line, without its `\n` (or `\r\n`); stops when `body` returns false.
    /// A last line without a newline is still a line.
    func forEachLine(_ body: (Slice<UnsafeBufferPointer<UInt8>>) throws -> Bool) throws {
        var buffer = [UInt8](repeating: 0, count: blockSize)
        var filled = 0
        var atEnd = false
        while !atEnd {
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let count = buffer.withUnsafeMutableBytes { raw in
                read(fileDescriptor, raw.baseAddress! + filled, raw.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                Console.error("recall: read failed: \(String(cString: strerror(errno)))")
                throw ExitStatus.ioError
            }
            atEnd = count == 0
            filled += count
            var consumed = 0
            var stop = false
            try buffer.withUnsafeBufferPointer { all in
                var start = 0
                let end = filled
                while start < end {
                    guard let newline = all[start..<end].firstIndex(of: 0x0A) else {
                        if atEnd {
                            stop = try !body(all[start..<end])
                            start = end
                        }
                        break
                    }
                    var lineEnd = newline
                    if lineEnd > start, all[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                    let line = all[start..<lineEnd]
                    start = newline + 1
                    if try !body(line) {
                        stop = true
                        break
                    }
                }
                consumed = start
            }
            if stop { return }
            if consumed > 0 {
                buffer.withUnsafeMutableBufferPointer { all in
                    let remaining = filled - consumed
                    if remaining > 0 {
                        UnsafeMutableRawPointer(all.baseAddress!).copyMemory(from: all.baseAddress! + consumed, byteCount: remaining)
                    }
                }
                filled -= consumed
            }
        }
    }
}

/// Collects output bytes and writes them to stdout in large blocks.
struct OutputBuffer {
    var bytes: [UInt8] = []
    let limit = 1 << 16

    init() {
        bytes.reserveCapacity(limit + 4096)
    }

    mutating func flushIfFull() {
        if bytes.count >= limit { flush() }
    }

    mutating func flush() {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // stdout closed (e.g. a pipe to head): nothing more can be said
                }
                offset += written
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
