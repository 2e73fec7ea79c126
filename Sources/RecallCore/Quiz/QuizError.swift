/// Why a quiz cannot be made as asked. Each is a mistake on the command line (exit status 64),
/// and each message says what to type instead.
public enum QuizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `--deck` or `--tag` names nothing (the rule all commands share).
    case unknownName(SelectionError)
    /// The filters match no card of the requested types; the text says what was asked.
    case noQuestions(scope: String, types: [QuizQuestionType], otherTypes: [QuizQuestionType])
    case tooFewQuestions(available: Int, requested: Int)
    case unknownType(String)
    case noTypes
    case badCount(Int)
    case badPassPercent(Int)
    case badSeed(String)
    case badDuration(QuizDuration.ParseError)

    public var description: String {
        switch self {
        case .unknownName(let error):
            return error.description
        case .noQuestions(let scope, let types, let otherTypes):
            let asked = types.map(\.rawValue).joined(separator: ",")
            var text = "no \(asked) questions in \(scope)"
            if !otherTypes.isEmpty {
                text += "; it has \(otherTypes.map(\.rawValue).joined(separator: ",")) questions (use --types)"
            }
            return text
        case .tooFewQuestions(let available, let requested):
            let match = available == 1 ? "1 question matches" : "\(available) questions match"
            return "only \(match), not \(requested); use --count \(available) or fewer"
        case .unknownType(let name):
            let known = QuizQuestionType.allCases.map(\.rawValue).joined(separator: ", ")
            return name.isEmpty ? "--types has an empty name; use \(known), separated by commas"
                : "unknown question type '\(name)'; use \(known), separated by commas"
        case .noTypes:
            return "--types names no question type; use choice, basic, cloze or typein"
        case .badCount(let count):
            return "--count must be at least 1, got \(count)"
        case .badPassPercent(let percent):
            return "--pass is a percentage from 1 to 100, got \(percent)"
        case .badSeed(let text):
            return "--seed must be a whole number from 0 to \(QuizRandom.seedLimit - 1), got '\(text)'"
        case .badDuration(let error):
            return "--time: \(error)"
        }
    }
}
