import Testing
@testable import RecallStore

/// The one line reader, fed in blocks smaller than its lines: what the log and `recall replay` read.
@Suite struct LineScannerTests {
    static func lines(_ text: String, blockSize: Int, chunk: Int, stopAfter: Int = .max) -> [(String, Int, Bool)] {
        let bytes = Array(text.utf8)
        var position = 0
        var result: [(String, Int, Bool)] = []
        LineScanner.forEachLine(blockSize: blockSize, read: { into, count in
            let n = min(count, chunk, bytes.count - position)
            bytes.withUnsafeBytes { into.copyMemory(from: $0.baseAddress! + position, byteCount: n) }
            position += n
            return n
        }) { line, offset, complete in
            result.append((String(decoding: UnsafeBufferPointer(rebasing: line), as: UTF8.self), offset, complete))
            return result.count < stopAfter
        }
        return result
    }

    @Test(arguments: [1, 2, 3, 7, 64], [1, 5, 1000])
    func linesOffsetsAndTheLastLineComeOutWhateverTheBlocks(blockSize: Int, chunk: Int) {
        let text = "첫 줄\n\nsecond line is longer than a block\r\nlast"
        let lines = Self.lines(text, blockSize: blockSize, chunk: chunk)
        #expect(lines.map(\.0) == ["첫 줄", "", "second line is longer than a block\r", "last"])
        #expect(lines.map(\.1) == [0, 8, 9, 45])
        #expect(lines.map(\.2) == [true, true, true, false])
        #expect(Self.lines(text + "\n", blockSize: blockSize, chunk: chunk).map(\.2) == [true, true, true, true])
        #expect(Self.lines(text, blockSize: blockSize, chunk: chunk, stopAfter: 2).map(\.0) == ["첫 줄", ""])
        #expect(Self.lines("", blockSize: blockSize, chunk: chunk).isEmpty)
    }
}
