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

    /// While another program has the terminal: Ctrl-C and Ctrl-\ go to the whole foreground
    /// process group, recall included, and are that program's to handle, as `system(3)` does.
    /// SIGTERM and SIGHUP still set the flag, so a logout during the editor still saves and leaves.
    static func ignoreKeyboardSignals() {
        Glibc.signal(SIGINT, SIG_IGN)
        Glibc.signal(SIGQUIT, SIG_IGN)
    }

    /// Undoes `ignoreKeyboardSignals`.
    static func restoreKeyboardSignals() {
        Glibc.signal(SIGQUIT, SIG_DFL)
        install()
    }

    /// The signal that arrived, or nil.
    static func pending() -> Int32? {
        let number = received.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
