import FuzzCheck
import RecallCore

/// One review-log line (any bytes, as the store hands a line without its `\n` to the Core
/// reader): it returns; the general reader gives the same entry (the fast one for the usual
/// review line, `PlainLogLine`, never disagrees with it); and a line that reads as an entry
/// re-encodes to a line that reads as the equal entry and encodes to the same bytes again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLogLine(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = bytes(data, size)
    guard case .success(let entry) = input.withUnsafeBufferPointer(LogEntry.parse) else { return 0 }
    let general = input.withUnsafeBufferPointer(LogEntry.parseFields)
    require(general == .success(entry), "the general reader disagrees: \(general) against \(entry)")
    let line = entry.line
    require(line.last == 0x0A && !line.dropLast().contains(0x0A), "an entry's line is not one line: \(line)")
    let again = Array(line.dropLast()).withUnsafeBufferPointer(LogEntry.parse)
    guard case .success(let reread) = again else {
        require(false, "the encoded entry does not read back: \(again)\n\(String(decoding: line, as: UTF8.self))")
        return 0
    }
    require(reread == entry, "the entry changed: \(entry) -> \(reread)")
    require(reread.line == line, "the entry encodes differently the second time")
    return 0
}
