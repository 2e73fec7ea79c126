import Foundation
import RecallCore
import RecallStore

/// The language of this run, settled before any command prints: `--lang ko|en` anywhere on
/// the command line (taken out before ArgumentParser sees it, so every command has it), else
/// `language` in the data folder's `config.json`, else the locale variables, else English.
///
/// Why before parsing: the data folder's config is known only from `--data-dir`, and an error
/// of the command line itself must already be in the learner's language.
enum InterfaceLanguage {
    /// Set once in `Recall.main`, before any command runs; read everywhere after.
    nonisolated(unsafe) static var current: Language = .en

    struct BadFlag: Error {
        var value: String
        var message: CommandLineMessage { .badLanguageFlag(value: value) }
    }

    /// Removes `--lang X` / `--lang=X` from `arguments` (not after `--`) and returns X.
    static func takeFlag(from arguments: inout [String]) throws(BadFlag) -> Language? {
        var found: Language?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            var value: String?
            if argument == "--lang" {
                guard index + 1 < arguments.count else { throw BadFlag(value: "") }
                value = arguments[index + 1]
                arguments.removeSubrange(index...(index + 1))
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
                arguments.remove(at: index)
            } else {
                index += 1
                continue
            }
            guard let value, let language = Language(code: value) else { throw BadFlag(value: value ?? "") }
            found = language
        }
        return found
    }

    /// The `language` of the config in the folder that `--data-dir` (or the environment) names;
    /// nil when there is none or it cannot be read (the command reports a bad config itself).
    static func configured(arguments: [String], environment: [String: String]) -> Language? {
        var option: String?
        for (k, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--data-dir", k + 1 < arguments.count { option = arguments[k + 1] }
            if argument.hasPrefix("--data-dir=") { option = String(argument.dropFirst("--data-dir=".count)) }
        }
        let folder = DataFolder.resolve(option: option, environment: environment,
                                        home: FileManager.default.homeDirectoryForCurrentUser.path)
        guard let data = FileManager.default.contents(atPath: DataFolder.configPath(folder)),
              let config = try? JSONDecoder().decode(StudyConfig.self, from: data) else { return nil }
        return config.language
    }
}
