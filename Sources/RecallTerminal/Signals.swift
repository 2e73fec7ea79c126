#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// SIGINT, SIGTERM and SIGHUP set a flag instead of killing the process, so the study loop can
/// save and restore the terminal before it exits.
enum Signals {
    private static let received = Atomic<Bool>(false)

    static func install() {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Glibc.signal(signal) { _ in Signals.received.store(true, ordering: .relaxed) }
        }
    }

    static func pending() -> Bool { received.load(ordering: .relaxed) }
}
