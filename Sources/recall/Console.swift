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

    /// "1 deck", "2 decks".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }
}
