import Foundation
import RecallStore

/// The lines of a file descriptor (a file or a pipe), read with `LineScanner`, the one line
/// reader: `recall replay` reads millions of lines, none made into a String.
struct LineReader {
    let fileDescriptor: Int32

    /// Calls `body` with each line, without its `\n` (or `\r\n`); stops when `body` returns false.
    /// A last line without a newline is still a line.
    func forEachLine(_ body: (Slice<UnsafeBufferPointer<UInt8>>) throws -> Bool) throws {
        try LineScanner.forEachLine(read: { (into, count) throws -> Int in
            while true {
                let result = read(fileDescriptor, into, count)
                if result >= 0 { return result }
                if errno == EINTR { continue }
                Console.error("recall: read failed: \(String(cString: strerror(errno)))")
                throw ExitStatus.ioError
            }
        }) { line, _, complete in
            var line = line
            if complete, line.last == 0x0D { line = line.dropLast() }
            return try body(line)
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
