import ArgumentParser
import RecallCore
import RecallStore

/// `--deck NAME` and `--tag T`, shared by `review`, `quiz`, `export` and `due`, so the options
/// read, mean and fail the same everywhere (the rule itself is `CardSelection`).
struct SelectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only this deck and the decks below it (aws takes AWS::VPC; case does not matter).",
                               valueName: "name"))
    var deck: String?

    @Option(name: .customLong("tag"), parsing: .upToNextOption, help: ArgumentHelp(
        "Only cards with any of these tags, or a tag below one (net takes net::vpc); repeat --tag, or separate tags with spaces or commas.",
        valueName: "tag"))
    var tags: [String] = []

    /// `--tag a,b --tag c` -> `[a, b, c]`.
    var tagList: [String] {
        tags.flatMap { $0.split(separator: ",") }.map { String($0.trimmed) }.filter { !$0.isEmpty }
    }

    var selection: CardSelection { CardSelection(deck: deck, tags: tagList) }

    /// Exits with 64 and "did you mean" when --deck or --tag names nothing in the decks.
    func check(deckNames: [String], tags: [String]) throws {
        if let problem = selection.problem(deckNames: deckNames, tags: tags) { throw Self.fail(problem) }
    }

    static func fail(_ problem: SelectionError) -> ExitCode {
        Console.fail(UsageMessage.selection(problem))
        return ExitStatus.usage
    }
}
