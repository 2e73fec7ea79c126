import Foundation
import RecallTestSupport

/// Runs `recall` on a fault suite folder, as this user or, for the permission cases as root
/// (whom no permission stops), as `nobody` through `setpriv`, as RepairSafetyTests does.
struct FaultRunner: Sendable {
    /// `setpriv ... recall`, or empty to run `recall` itself.
    var prefix: [String]

    /// The runner for `nobody`, or nil when setpriv is missing.
    static func unprivileged() -> FaultRunner? {
        guard let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        return FaultRunner(prefix: [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", RecallBinary.url.path])
    }

    /// Gives the folder to `nobody`, and lets it reach the decks.
    func handOver(_ s: StudyScratch) throws {
        chmod(s.scratch.path, 0o755)
        _ = try Self.shell(["chmod", "-R", "a+rX", s.url.appendingPathComponent("Decks").path])
        _ = try Self.shell(["chown", "-R", "65534:65534", s.data])
    }

    func run(_ arguments: [String], in s: StudyScratch) throws -> RecallBinary.Output {
        guard let executable = prefix.first else { return try s.run(arguments) }
        return try RecallBinary.run(executable: URL(fileURLWithPath: executable),
                                    Array(prefix.dropFirst()) + arguments + ["--data-dir", s.data],
                                    in: s.url, environment: ["TZ": "UTC", "HOME": "/tmp"])
    }

    /// Runs a system tool (chmod, chown, mount), which must succeed.
    @discardableResult
    static func shell(_ arguments: [String]) throws -> RecallBinary.Output {
        let result = try RecallBinary.run(executable: URL(fileURLWithPath: "/usr/bin/env"), arguments)
        guard result.status == 0 else { throw ShellError(text: "\(arguments.joined(separator: " ")): \(result.stderr)") }
        return result
    }

    /// A system tool that failed: the test cannot set up its case.
    struct ShellError: Error, CustomStringConvertible {
        var text: String
        var description: String { text }
    }
}
