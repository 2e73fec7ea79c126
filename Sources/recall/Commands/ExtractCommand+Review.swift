import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal
import RecallTUI

/// `recall extract NOTES… --review -o FILE`: the triage screen. The drafts are the extraction's,
/// less those the decisions file (`FILE.triage.json`) has decided and those whose id is already
/// in FILE; only kept cards are written, after every decision.
extension ExtractCommand {
    func validateReview() throws {
        guard review else { return }
        if output == nil { throw Console.usageText(TriageMessage.reviewNeedsOutput) }
        if dryRun { throw Console.usageText(TriageMessage.reviewWithDryRun) }
    }

    /// Stdin and stdout must be a terminal; else the message, exit 64. Checked after the deck and
    /// the decisions file were read, so that a damaged one is reported (65) whichever way it runs.
    func requireTerminalForReview() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.fail(TriageMessage.reviewNeedsTerminal)
            throw ExitStatus.usage
        }
        do {
            try Terminal.requireInteractive("recall extract --review")  // a locale without UTF-8 that cannot be fixed
        } catch {
            Console.error(error.message.text(InterfaceLanguage.current))
            throw ExitStatus.usage
        }
    }

    func runReview(_ cards: [ExtractedCard], sources: [String], deckName: String) throws {
        guard let output else { return }
        var name = deckName
        var base = ""
        var inDeck: Set<String> = []
        if FileManager.default.fileExists(atPath: output) {
            let (existing, text) = try readExistingDeck(output)
            name = existing.name
            base = text
            inDeck = Set(existing.notes.map(\.id))
        } else {
            base = DraftWriter.render(DraftDeck(name: name, sources: sources, cards: []))
        }
        let decisionsPath = TriageDecisionsFile.path(forDeck: output)
        let earlier: TriageDecisions
        do {
            earlier = try TriageDecisionsFile.read(decisionsPath, deck: name)
        } catch {
            Console.error(Console.text(error.message))
            throw ExitStatus.dataError
        }
        let draft = DraftDeck(name: name, sources: sources, cards: cards)
        let session = TriageSession(deck: draft, earlier: earlier, inDeck: inDeck)
        guard !session.isFinished else {
            let kept = draft.cards.filter { inDeck.contains(draft.id(of: $0)) }.count
            Console.error(Console.text(TriageMessage.allDecided(total: draft.cards.count, kept: kept, file: output)))
            return
        }
        try requireTerminalForReview()
        var loop = TriageLoop(screen: TriageScreen(session: session, deck: name, file: output, language: InterfaceLanguage.current),
                              base: base, deckPath: output, decisionsPath: decisionsPath)
        let outcome = try TerminalRunLoop.run(&loop)
        let ended = loop.screen.session
        Console.error(Console.text(TriageMessage.sessionEnded(kept: ended.sessionCount(.kept), dropped: ended.sessionCount(.dropped),
                                                              forLater: ended.leftForLater, file: output)))
        try TerminalRunLoop.exit(after: outcome)
    }

    /// The deck at `path` parsed, and its text, for a merge or triage: a deck `recall check`
    /// would refuse is refused (exit 65), the whole-deck errors too (two cards with one id, which
    /// `DeckLibrary` finds, not the parser), and so is a `--deck` name that is not the file's (exit 64).
    func readExistingDeck(_ path: String) throws -> (Deck, String) {
        let loaded = DeckLibrary.loadFile(path, defaultDeckName: DeckName.fromRelativePath((path as NSString).lastPathComponent))
        let checked = DeckLibrary(decks: loaded.deck.map { [$0] } ?? [], diagnostics: loaded.diagnostics)
        guard let existing = loaded.deck, !checked.diagnostics.hasErrors,
              let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            Console.report(checked.diagnostics)
            Console.fail(TransferMessage.deckHasErrors(path))
            throw ExitStatus.dataError
        }
        if let deck, deck != existing.name {
            Console.fail(TransferMessage.fileIsDeck(path: path, name: existing.name))
            throw ExitStatus.usage
        }
        return (existing, text)
    }
}
