import ArgumentParser

/// The `recall` command: a thin frontend over RecallCore. Each subcommand lives in its own file.
@main
struct Recall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Spaced-repetition flashcards from Markdown decks, in the terminal.",
        discussion: """
            Decks are Markdown files (see docs/deck-format.md). The deck folder is --decks DIR, \
            else $RECALL_DECKS, else ./Decks, else the installed share/recall/Decks.
            """,
        version: "0.1.0",
        subcommands: [HomeCommand.self, ReviewCommand.self, QuizCommand.self, UnsuspendCommand.self, ListCommand.self,
                      CheckCommand.self, ShowCommand.self, DueCommand.self, AnswerCommand.self, LogCommand.self,
                      DoctorCommand.self, ReplayCommand.self, ExtractCommand.self, ExportCommand.self, ImportCommand.self],
        defaultSubcommand: HomeCommand.self
    )
}
