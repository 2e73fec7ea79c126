import Testing
import RecallCore

/// The triage model: the queue, decisions, skips, undo back to the session's start, the
/// progress counts, and what is written (only kept cards, with their draft ids).
@Suite struct TriageSessionTests {
    typealias F = TriageFixtures

    @Test func keepDropAndSkipMoveOnAndCount() {
        var session = F.session()
        #expect(session.number == 1 && session.total == 4)
        session.decide(.kept, at: F.at)
        session.decide(.dropped, at: F.at)
        session.skip()
        #expect(session.number == 4)
        #expect(session.kept == 1 && session.dropped == 1 && session.skipped == 1 && session.leftForLater == 2)
        #expect(session.current?.card.prompt == "서브넷")
        session.decide(.kept, at: F.at)
        #expect(session.isFinished && session.leftForLater == 1)
    }

    @Test func progressCountsWhatEarlierSessionsDecided() {
        var earlier = TriageDecisions(deck: F.deck)
        earlier.record(.init(id: "vpc-draft-aaaaaaaaaa", verdict: .kept, edited: false, at: F.at))
        earlier.record(.init(id: "vpc-draft-bbbbbbbbbb", verdict: .dropped, edited: false, at: F.at))
        let session = F.session(Array(F.drafts.prefix(2)), earlier: earlier, total: 4)
        #expect(session.number == 3 && session.kept == 1 && session.dropped == 1)
        #expect(session.decisions.entries.count == 2, "the earlier decisions are kept")
    }

    @Test func onlyKeptCardsAreWrittenAfterTheBaseWithTheirDraftIDs() {
        var session = F.session()
        session.edit { $0.setQuestion("Network ACL의 특징은?") }
        session.decide(.kept, at: F.at)
        session.decide(.dropped, at: F.at)
        session.decide(.kept, at: F.at)
        let text = session.deckText(base: F.base)
        #expect(text.hasPrefix(F.base), "the file as it was, byte for byte")
        let deck = DeckParser.parse(text: text, file: "vpc-draft.md", defaultDeckName: F.deck)
        #expect(!deck.diagnostics.hasErrors, "\(deck.diagnostics)")
        let notes = deck.deck?.notes ?? []
        #expect(notes.map(\.id) == [F.drafts[0].id, F.drafts[2].id], "an edit keeps the draft's id; the dropped card is not written")
        #expect(notes.first?.prompt == "Network ACL의 특징은?")
        let decisions = session.decisions.entries
        #expect(decisions.map(\.verdict) == [.kept, .dropped, .kept])
        #expect(decisions.map(\.edited) == [true, false, false])
    }

    @Test func undoGoesBackThroughDecisionsSkipsAndEditsToTheStart() {
        var session = F.session()
        session.edit { $0.setQuestion("Network ACL이란?") }
        session.decide(.kept, at: F.at)
        session.skip()
        let undone1 = session.undo()
        #expect(undone1, "the skip")
        #expect(session.current?.id == F.drafts[1].id)
        let undone2 = session.undo()
        #expect(undone2, "the keep: the card is taken out of the deck again")
        #expect(session.keptCards.isEmpty && session.deckText(base: F.base) == F.base)
        #expect(session.current?.card.question == "Network ACL이란?")
        let undone3 = session.undo()
        #expect(undone3, "the edit")
        #expect(session.current?.edited == false)
        let undone4 = session.undo()
        #expect(!undone4, "nothing before the session's start")
    }

    @Test func anEditThatChangesNothingIsNoUndoStep() {
        var session = F.session()
        session.edit { $0.setTags([]) }
        #expect(!session.canUndo)
    }

    @Test func resumeAsksOnlyAboutDraftsNeitherDecidedNorInTheDeck() {
        let cards = F.drafts.map(\.original)
        let deck = DraftDeck(name: F.deck, sources: ["003_vpc.txt"], cards: cards)
        var earlier = TriageDecisions(deck: F.deck)
        // Kept, then deleted from the deck by hand: still decided, so neither asked nor written.
        earlier.record(.init(id: F.drafts[0].id, verdict: .kept, edited: false, at: F.at))
        earlier.record(.init(id: F.drafts[1].id, verdict: .dropped, edited: false, at: F.at))
        let session = TriageSession(deck: deck, earlier: earlier, inDeck: [F.drafts[3].id])
        #expect(session.current?.id == F.drafts[2].id)
        #expect(session.total == 4 && session.number == 4 && session.leftForLater == 1, "three of four are decided or in the deck")

        // The note edited: one question reworded gives a new id, the only one asked about.
        var edited = cards
        edited[1].prompt = "보안 그룹 (SG)"
        let again = TriageSession(deck: DraftDeck(name: F.deck, sources: [], cards: edited), earlier: session.decisions, inDeck: [F.drafts[2].id, F.drafts[3].id])
        #expect(again.current?.card.prompt == "보안 그룹 (SG)")
        #expect(again.leftForLater == 1)
    }

    /// Issue 19: an accepted edit of a draft left undecided (`q`, `s`) was lost.
    @Test func anEditedDraftLeftUndecidedKeepsItsEditAndResumesEdited() {
        var session = F.session()
        session.edit(at: F.at) { $0.setQuestion("Network ACL의 특징은?") }
        session.skip()
        let saved = session.decisions
        #expect(saved.entries.map(\.verdict) == [.later], "\(saved.entries)")
        #expect(saved.ids.isEmpty, "a later draft is still to decide")
        #expect(saved.pendingEdits[F.drafts[0].id]?.contains("## Network ACL의 특징은?") == true)

        var resumed = F.session(earlier: saved)
        #expect(resumed.current?.id == F.drafts[0].id)
        #expect(resumed.current?.card.question == "Network ACL의 특징은?" && resumed.current?.edited == true)
        #expect(resumed.current?.card.answer == F.drafts[0].card.answer && resumed.current?.card.source == F.drafts[0].card.source)
        #expect(resumed.decisions == saved, "nothing changed: the same file")
        let undone = resumed.undo()
        #expect(undone, "u undoes the resumed edit")
        #expect(resumed.current?.card == F.drafts[0].original && resumed.decisions.entries.isEmpty)
    }

    @Test func keepingAnEditedLaterDraftReplacesItsLaterEntry() {
        var session = F.session()
        session.edit(at: F.at) { $0.setTags(["acl"]) }
        var resumed = F.session(earlier: session.decisions)
        resumed.decide(.kept, at: F.at)
        #expect(resumed.decisions.entries.map(\.verdict) == [.kept] && resumed.decisions.entries[0].note == nil)
        #expect(resumed.keptCards.first?.card.tags == ["acl"])
    }

    /// Issue 19: the tags field separates by commas only; a space inside a tag becomes `-`.
    @Test func theTagsFieldJoinsTheWordsOfATagWithADash() throws {
        #expect(try Tags.parseField(", 데이터베이스 기초").get() == ["데이터베이스-기초"])
        #expect(try Tags.parseField("networking,  vpc , #aws  cloud ,, vpc").get() == ["networking", "vpc", "aws-cloud"])
        #expect(try Tags.parseField("").get() == [])
        for bad in ["a[b", "a]", "a\u{7}b"] {
            #expect(throws: Tags.Refused.self) { try Tags.parseField(bad).get() }
        }
        let text = DraftWriter.note(F.card("서브넷", ["VPC 안의 IP 주소 범위"], tags: ["데이터베이스-기초", "aws-cloud"]), id: "x")
        let parsed = DeckParser.parse(text: "---\ndeck: d\n---\n" + text, file: "d.md", defaultDeckName: "d")
        #expect(parsed.deck?.notes.first?.tags == ["데이터베이스-기초", "aws-cloud"], "the deck parser reads them back as they are")
    }
}
