import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal
import RecallTUI

/// Runs the quiz screens in the terminal. `onSubmit` is called once, when the quiz is
/// submitted (by the learner or by the clock), while the result is on the screen: it saves the
/// attempt and says where it went (or why not), which the result screen shows. Returns the result, or
/// nil when the learner left without submitting. Ctrl-C, SIGTERM and SIGHUP restore the
/// terminal and exit with 128 + the signal; an attempt not yet submitted is not saved.
enum QuizLoop {
    static func run(quiz: Quiz, startedAt: Instant, onSubmit: (QuizResult) -> QuizResultScreen.SaveOutcome) throws -> QuizResult? {
        do {
            try Terminal.requireInteractive("recall quiz")
        } catch {
            Console.error(error.description)
            throw ExitStatus.failure
        }
        var screen = QuizScreen(quiz: quiz, startedAt: startedAt)
        var result: QuizResult?
        let terminal = Terminal(environment: ProcessInfo.processInfo.environment)
        try terminal.start()
        defer { terminal.stop() }
        func handle(_ effect: QuizScreen.Effect) -> Bool {
            switch effect {
            case .none: return false
            case .quit: return true
            case .submitted(let submitted):
                result = submitted
                screen.noteSaved(onSubmit(submitted))
                return false
            }
        }
        while true {
            if handle(screen.tick(now: SystemClock.now())) { break }
            let (width, height) = terminal.size
            if ScreenBuffer.isTooSmall(width: width, height: height) {
                terminal.draw(.tooSmall(width: width, height: height))
            } else {
                terminal.draw(screen.view(width: width, height: height, now: SystemClock.now()))
            }
            switch terminal.nextEvent(timeout: 250) {
            case .interrupt(let signal):
                terminal.stop()
                throw ExitCode(128 + signal)
            case .resize, .tick:
                continue
            case .key(let key):
                if ScreenBuffer.isTooSmall(width: width, height: height) {
                    if key == .character("q") { return result }
                    continue
                }
                if handle(screen.update(key, now: SystemClock.now())) { return result }
            }
        }
        return result
    }
}
