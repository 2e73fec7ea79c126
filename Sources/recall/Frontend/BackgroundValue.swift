import Foundation

/// A value worked out on another thread while this one does something else; `value()` waits
/// for it and rethrows its error. For work a command needs later and that does not depend on
/// what it does first (the JSON export's undo pre-pass, while the decks load).
final class BackgroundValue<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, any Error>?

    init(_ work: @escaping @Sendable () throws -> T) {
        Thread {
            self.result = Result { try work() }
            self.done.signal()
        }.start()
    }

    func value() throws -> T {
        done.wait()
        done.signal()  // a second call does not wait for ever
        return try result!.get()
    }
}
