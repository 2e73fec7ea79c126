import Foundation
import RecallCore
#if canImport(Glibc)
import Glibc
#endif

/// Opens a deck file at a line in the learner's editor: `$VISUAL`, else `$EDITOR`, else `vi`.
///
/// Why not Foundation's `Process`: on Linux it starts the child in a process group of its own,
/// which is not the terminal's foreground group, so an interactive editor cannot read the
/// terminal (vi stops at once with "Error reading input"). `posix_spawn` without
/// `POSIX_SPAWN_SETPGROUP` keeps the editor in recall's group, which owns the terminal.
/// The variable may hold arguments (`code -w`), so it goes through the shell, with the file
/// passed as an argument rather than pasted into the command.
enum Editor {
    enum Outcome: Equatable {
        /// The editor exited with status 0.
        case closed
        /// The shell could not find or run the editor (status 127 or 126).
        case notFound(editor: String)
        /// The editor exited with another status, or was killed by a signal.
        case failed(editor: String, status: Int32)
        /// The shell itself could not be started.
        case couldNotStart(reason: String)

        /// What the study screen says after the decks were read again.
        var message: SessionMessage {
            switch self {
            case .closed: return .reloaded
            case .notFound(let editor): return .editorNotFound(editor: editor)
            case .failed(let editor, let status): return .editorFailed(editor: editor, status: status)
            case .couldNotStart(let reason): return .editorCouldNotStart(reason: reason)
            }
        }
    }

    /// The editor command: the first of `$VISUAL` and `$EDITOR` that is set and not empty.
    static func command(environment: [String: String]) -> String {
        [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }
            .first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
    }

    /// Runs the editor in the foreground and waits for it. The caller has given the terminal
    /// up (`Terminal.suspend`), which also ignores Ctrl-C in recall meanwhile; the editor gets
    /// the default SIGINT and SIGQUIT back, so Ctrl-C inside it is the editor's own.
    static func open(file: String, line: Int) -> Outcome {
        let editor = command(environment: ProcessInfo.processInfo.environment)
        let arguments = ["/bin/sh", "-c", editor + " \"$@\"", "editor", "+\(line)", file]
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var cArguments = arguments.map { strdup($0) }
        cArguments.append(nil)
        defer { for argument in cArguments { free(argument) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, "/bin/sh", nil, &attributes, cArguments, environ)
        guard spawned == 0 else { return .couldNotStart(reason: String(cString: strerror(spawned))) }

        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 {
            guard errno == EINTR else { return .couldNotStart(reason: String(cString: strerror(errno))) }
        }
        return outcome(waitStatus: status, editor: editor)
    }

    /// Reads a `waitpid` status the way a shell does: the exit code, or 128 + the signal.
    static func outcome(waitStatus status: Int32, editor: String) -> Outcome {
        let signal = status & 0x7f
        if signal != 0 { return .failed(editor: editor, status: 128 + signal) }
        let code = (status >> 8) & 0xff
        switch code {
        case 0: return .closed
        case 126, 127: return .notFound(editor: editor)
        default: return .failed(editor: editor, status: code)
        }
    }
}
