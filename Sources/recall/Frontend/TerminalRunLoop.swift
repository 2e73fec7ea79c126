import ArgumentParser
import Foundation
import RecallCore
import RecallTerminal
import RecallTUI

/// A screen program as the run loop drives it: Bubble Tea's model. Each call says whether to go on.
protocol TerminalProgram {
    /// The clock, before every frame and every key.
    mutating func tick(_ now: Instant) -> TerminalRunLoop.Step
    mutating func resized(width: Int, height: Int)
    mutating func key(_ key: Key, terminal: Terminal) -> TerminalRunLoop.Step
    func view(width: Int, height: Int) -> ScreenBuffer
}

/// The one terminal run loop, for the study screens and the quiz: the terminal check, taking
/// the terminal over and giving it back, ticks, resizes, the too-small notice (where only `q`
/// works), and Ctrl-C, SIGTERM and SIGHUP. Why one: two loops had each handled these differently.
enum TerminalRunLoop {
    enum Step: Equatable {
        case proceed
        case stop
    }

    /// How the loop ended: the program stopped, or a signal came (then the caller cleans up and
    /// exits with 128 + the signal, see `exit(after:)`).
    enum Outcome: Equatable {
        case stopped
        case interrupted(signal: Int32)
    }

    /// Refuses a run without a terminal before anything is opened: the message, and exit 1.
    static func requireInteractive(_ command: String) throws {
        do {
            try Terminal.requireInteractive(command)
        } catch {
            Console.error(error.message.text(InterfaceLanguage.current))
            throw ExitStatus.failure
        }
    }

    /// Runs `program` until it stops or a signal comes; the terminal is given back either way.
    static func run<Program: TerminalProgram>(_ program: inout Program) throws -> Outcome {
        let terminal = Terminal(environment: ProcessInfo.processInfo.environment)
        try terminal.start()
        defer { terminal.stop() }
        var size = terminal.size
        program.resized(width: size.width, height: size.height)
        let frames = FrameLog(environment: ProcessInfo.processInfo.environment)
        var keyAt: (key: Key, time: Instant)?
        while true {
            if program.tick(SystemClock.now()) == .stop { return .stopped }
            if terminal.size != size {
                size = terminal.size
                program.resized(width: size.width, height: size.height)
            }
            let tooSmall = ScreenBuffer.isTooSmall(width: size.width, height: size.height)
            terminal.draw(tooSmall ? .tooSmall(width: size.width, height: size.height, language: InterfaceLanguage.current) : program.view(width: size.width, height: size.height))
            if let pressed = keyAt {
                frames?.note(pressed.key, since: pressed.time)
                keyAt = nil
            }
            switch terminal.nextEvent(timeout: 250) {
            case .interrupt(let signal):
                return .interrupted(signal: signal)
            case .resize, .tick:
                continue
            case .key(let key):
                if frames != nil { keyAt = (key, SystemClock.now()) }
                if tooSmall {
                    if key == .character("q") { return .stopped }
                    continue
                }
                if program.tick(SystemClock.now()) == .stop { return .stopped }
                if program.key(key, terminal: terminal) == .stop { return .stopped }
            }
        }
    }

    /// Exits with 128 + the signal after an interrupted run.
    static func exit(after outcome: Outcome) throws {
        if case .interrupted(let signal) = outcome { throw ExitCode(128 + signal) }
    }
}

/// For `Scripts/bench-tui`: with `RECALL_FRAME_LOG=path`, each key's time from being read to
/// the next frame drawn (the answer fsynced in between) is appended to `path`, one line each,
/// as measured inside the process (polling tmux adds its own delay).
final class FrameLog {
    private let handle: FileHandle

    init?(environment: [String: String]) {
        guard let path = environment["RECALL_FRAME_LOG"], !path.isEmpty else { return nil }
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: path) else { return nil }
        handle.seekToEndOfFile()
        self.handle = handle
    }

    func note(_ key: Key, since start: Instant) {
        let micros = (SystemClock.now() - start).microseconds
        handle.write(Data("\(key) \(Double(micros) / 1000)\n".utf8))
    }
}
