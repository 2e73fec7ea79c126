import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// Where commands write: results to stdout, diagnostics and errors to stderr.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sorted(by: { $0.location < $1.location }) {
            error(diagnostic.text(InterfaceLanguage.current))
        }
    }

    /// A message in the language of this run (`InterfaceLanguage.current`).
    static func text(_ message: some Message) -> String {
        message.text(InterfaceLanguage.current)
    }

    /// A usage error (exit status 64, with the usage) in the language of this run.
    static func usage(_ message: UsageMessage) -> ValidationError {
        ValidationError(text(message))
    }

    /// A usage error (exit status 64) from any message, in the language of this run.
    static func usageText(_ message: some Message) -> ValidationError {
        ValidationError(text(message))
    }

    /// `recall: ` and the message, on stderr.
    static func fail(_ message: some Message) {
        error("recall: " + text(message))
    }

    /// "1 deck", "2 decks".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }
}
