import FuzzCheck
import RecallCore

/// A py-fsrs-shaped review log (any bytes, as JSON Lines) through `recall replay`'s Core path,
/// with FSRS-6 and with SM-2, both at their defaults; see `checkReplay`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReplay(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = bytes(data, size)
    checkReplay(input, Replay(scheduler: try! FSRSScheduler()))
    checkReplay(input, Replay(scheduler: try! SM2Scheduler()))
    return 0
}
