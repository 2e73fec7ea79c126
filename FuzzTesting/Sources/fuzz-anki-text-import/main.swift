import FuzzCheck
import RecallCore

/// Anki's text format ("Notes in Plain Text") over any bytes; see `checkImport`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnkiTextImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    checkImport(bytes(data, size), format: .anki, file: "notes.txt")
    return 0
}
