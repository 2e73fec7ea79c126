#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// SIGINT, SIGTERM and SIGHUP set a flag instead of killing the process, so the study loop can
/// save and restore the terminal before it exits. The flag holds the signal's number.
enum Signals {
    private static let received = Atomic<Int32>(0)

    static func install() {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Glibc.signal(signal) { number in Signals.received.store(number, ordering: .relaxed) }
        }
    }

    /// The signal that arrived, or nil.
    static func pending() -> Int32? {
        let number = received.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
