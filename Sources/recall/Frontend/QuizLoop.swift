import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal
import RecallTUI

/// Runs the quiz screens in the terminal, through the one run loop (`TerminalRunLoop`). `onSubmit` is called once, when the quiz is
/// submitted (by the learner or by the clock), while the result is on the screen: it saves the
/// attempt and says where it went (or why not), which the result screen shows. Returns the result, or
/// nil when the learner left without submitting. Ctrl-C, SIGTERM and SIGHUP restore the
/// terminal and exit with 128 + the signal; an attempt not yet submitted is not saved.
struct QuizLoop: TerminalProgram {
    var screen: QuizScreen
    var result: QuizResult?
    let onSubmit: (QuizResult) -> QuizResultScreen.SaveOutcome

    /// `studyWrong`: the learner left the result by `r` (`QuizResultScreen.studyWrong`).
    static func run(quiz: Quiz, startedAt: Instant, onSubmit: @escaping (QuizResult) -> QuizResultScreen.SaveOutcome) throws
        -> (result: QuizResult?, studyWrong: Bool) {
        try TerminalRunLoop.requireInteractive("recall quiz")
        var loop = QuizLoop(screen: QuizScreen(quiz: quiz, startedAt: startedAt, language: InterfaceLanguage.current), onSubmit: onSubmit)
        try TerminalRunLoop.exit(after: try TerminalRunLoop.run(&loop))
        return (loop.result, loop.screen.studyWrongRequested)
    }

    mutating func tick(_ now: Instant) -> TerminalRunLoop.Step { handle(screen.tick(now: now)) }

    mutating func resized(width: Int, height: Int) {}

    mutating func key(_ key: Key, terminal: Terminal) -> TerminalRunLoop.Step {
        handle(screen.update(key, now: SystemClock.now()))
    }

    func view(width: Int, height: Int) -> ScreenBuffer { screen.view(width: width, height: height, now: SystemClock.now()) }

    private mutating func handle(_ effect: QuizScreen.Effect) -> TerminalRunLoop.Step {
        switch effect {
        case .none: return .proceed
        case .quit: return .stop
        case .submitted(let submitted):
            result = submitted
            screen.noteSaved(onSubmit(submitted))
            return .proceed
        }
    }
}
