import ArgumentParser
import Foundation
import RecallCore

/// The `recall` command: a thin frontend over RecallCore. Each subcommand lives in its own file.
@main
struct Recall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Spaced-repetition flashcards from Markdown decks, in the terminal.",
        discussion: """
            Decks are Markdown files (see docs/deck-format.md). The deck folder is --decks DIR, \
            else $RECALL_DECKS, else ./Decks, else the installed share/recall/Decks.

            Language (한국어/English): --lang ko|en on any command, else "language" in \
            config.json, else LC_ALL, LC_MESSAGES or LANG (ko_KR.UTF-8 and ko mean Korean), \
            else English.
            """,
        version: "0.1.0",
        subcommands: [HomeCommand.self, ReviewCommand.self, QuizCommand.self, UnsuspendCommand.self, ListCommand.self,
                      CheckCommand.self, ShowCommand.self, DueCommand.self, AnswerCommand.self, LogCommand.self,
                      DoctorCommand.self, ReplayCommand.self, ExtractCommand.self, ExportCommand.self, ImportCommand.self,
                      StatsCommand.self, OptimizeCommand.self, SimulateCommand.self, ExamCommand.self,
                      SyncCommand.self],
        defaultSubcommand: HomeCommand.self
    )

    /// Settles the interface's language (`InterfaceLanguage`), then runs the command.
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let environment = ProcessInfo.processInfo.environment
        do throws(InterfaceLanguage.BadFlag) {
            let flag = try InterfaceLanguage.takeFlag(from: &arguments)
            InterfaceLanguage.current = Language.resolve(
                flag: flag, configured: flag == nil ? InterfaceLanguage.configured(arguments: arguments, environment: environment) : nil,
                environment: environment)
        } catch {
            InterfaceLanguage.current = Language.resolve(flag: nil, configured: nil, environment: environment)
            Console.error("recall: " + error.message.text(InterfaceLanguage.current))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        main(arguments)
    }
}
