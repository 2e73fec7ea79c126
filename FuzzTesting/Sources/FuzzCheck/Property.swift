/// A property a fuzz target checks: when it does not hold, the process traps with the message,
/// which libFuzzer reports as a crash and keeps the input of (`crash-...` in FuzzTesting/crashes/).
public func require(_ holds: Bool, _ message: @autoclosure () -> String,
                    file: StaticString = #file, line: UInt = #line) {
    if !holds { fatalError("property failed: \(message())", file: file, line: line) }
}
