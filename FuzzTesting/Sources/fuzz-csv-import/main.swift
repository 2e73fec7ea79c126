import FuzzCheck
import RecallCore

/// A csv file with a header row over any bytes; see `checkImport`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    checkImport(bytes(data, size), format: .csv, file: "notes.csv")
    return 0
}
