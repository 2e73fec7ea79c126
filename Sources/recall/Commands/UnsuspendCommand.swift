import ArgumentParser
import RecallCore
import RecallStore

/// `recall unsuspend ID…`: brings back cards suspended with `!` on the review screen.
struct UnsuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unsuspend",
        abstract: "Bring suspended cards back into the review queue.",
        discussion: "With --all, every suspended card. Exits 1 when a card is not suspended."
    )

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: "Card ids (as 'recall show' or the review screen's suspend message gives them).")
    var ids: [String] = []

    @Flag(help: "Unsuspend every suspended card.")
    var all = false

    func validate() throws {
        if ids.isEmpty, !all { throw Console.usage(.noCardIDs) }
    }

    func run() throws {
        let store = try dataOptions.openStore(now: SystemClock.now())
        let suspended = Set(store.state.cards.filter(\.value.suspended).map(\.key))
        let targets = all ? suspended.sorted() : ids
        var missing: [String] = []
        do {
            for id in targets {
                guard suspended.contains(id) else {
                    missing.append(id)
                    continue
                }
                try store.unsuspend(card: id, at: SystemClock.now())
                print(Console.text(CommandOutputMessage.unsuspended(id)))
            }
            try store.close(onlyIfLarge: true)
        } catch {
            throw DataOptions.fail(error)
        }
        if all, targets.isEmpty { print(Console.text(CommandOutputMessage.noCardSuspended)) }
        for id in missing { Console.fail(CommandOutputMessage.notSuspended(id)) }
        if !missing.isEmpty { throw ExitStatus.failure }
    }
}
