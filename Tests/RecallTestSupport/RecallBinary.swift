import Foundation

/// Runs the built `recall` executable (or any other program) as a user would, and captures what
/// it prints: the one subprocess runner of the test targets.
public enum RecallBinary {
    /// What a finished run printed, and how it ended.
    public struct Output: Sendable {
        public var stdout: String
        public var stderr: String
        public var status: Int32
    }

    /// `$RECALL_BIN` when set; otherwise the `recall` that SwiftPM built next to the test bundle
    /// (the end-to-end target depends on it), else `.build/debug/recall`.
    public static let url: URL = {
        if let path = ProcessInfo.processInfo.environment["RECALL_BIN"] { return URL(fileURLWithPath: path) }
        var candidates: [URL] = []
        for start in [Bundle.main.bundleURL, Bundle.main.executableURL ?? Bundle.main.bundleURL] {
            candidates.append(start.appendingPathComponent("recall"))
            var folder = start.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("recall"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(PackageFolder.root.appendingPathComponent(".build/debug/recall"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
            ?? candidates.last!
    }()

    /// The package root, so tests can use the bundled `Decks/`.
    public static var packageRoot: URL { PackageFolder.root }

    /// Runs `recall ARGUMENTS` in `folder` (the package root by default) with `RECALL_DECKS`
    /// unset and `environment` added, feeding it `stdin`, and waits for it.
    @discardableResult
    public static func run(_ arguments: [String], stdin: String? = nil, in folder: URL? = nil,
                           environment: [String: String] = [:]) throws -> Output {
        try run(executable: url, arguments, stdin: stdin, in: folder, environment: environment)
    }

    /// Runs any program the same way (for example python3 reading what recall wrote).
    @discardableResult
    public static func run(executable: URL, _ arguments: [String], stdin: String? = nil, in folder: URL? = nil,
                           environment: [String: String] = [:]) throws -> Output {
        // A command that exits before reading all its input must fail the test, not kill the runner.
        signal(SIGPIPE, SIG_IGN)
        let process = configured(executable, arguments, in: folder, environment: environment)
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read both pipes while the process runs, so a large output cannot fill a pipe and stall it.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// Starts `recall ARGUMENTS` without waiting: the caller reads its stdout as it goes and
    /// kills or waits for it. Stderr is discarded.
    public static func start(_ arguments: [String], in folder: URL? = nil,
                             environment: [String: String] = [:]) throws -> (Process, FileHandle) {
        let process = configured(url, arguments, in: folder, environment: environment)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, out.fileHandleForReading)
    }

    private static func configured(_ executable: URL, _ arguments: [String], in folder: URL?,
                                   environment: [String: String]) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? PackageFolder.root
        var env = ProcessInfo.processInfo.environment
        env["RECALL_DECKS"] = nil
        // English unless a test asks for Korean (`LANG=ko_KR.UTF-8` or `--lang ko`): the
        // language follows the locale (`Language.resolve`), and the machine's may be Korean.
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        return process
    }
}
