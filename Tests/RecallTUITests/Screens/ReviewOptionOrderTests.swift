import RecallCore
@testable import RecallTUI
import Testing

extension ReviewScreen {
    /// The number key that picks `note.options[index]` in the order on screen.
    func key(forOption index: Int) -> Key {
        .character(Character(String((optionOrder.firstIndex(of: index) ?? 98) + 1)))
    }
}

/// Review shows a choice card's options shuffled per card and study day; the keys and the
/// verdict follow the order on screen.
@Suite struct ReviewOptionOrderTests {
    static let data = Fixture.data()

    /// The option texts in the order the screen lists them.
    static func shownOptions(_ screen: ReviewScreen) -> [String] {
        let texts = Fixture.card("egress").note.options.map(\.text)
        return screen.view(width: 80, height: 24, now: Fixture.now).lines.compactMap { line in
            texts.first { line.hasSuffix("[ ] " + $0) || line.hasSuffix("[x] " + $0) || line.contains("] " + $0 + "  (") }
        }
    }

    @Test func theScreenShowsTheShuffledOrderNotTheDecks() {
        let screen = Fixture.review("egress")
        let deckOrder = Fixture.card("egress").note.options.map(\.text)
        let shown = Self.shownOptions(screen)
        #expect(screen.optionOrder == OptionOrder.review(Fixture.card("egress"), studyDay: Self.data.day(at: Fixture.now).dayNumber))
        #expect(shown == screen.optionOrder.map { deckOrder[$0] })
        #expect(shown != deckOrder, "today's order for this card is not the written one")
    }

    @Test func numberKeysPickWhatIsShownAtThatNumber() {
        var screen = Fixture.review("egress")
        let shownFirst = screen.optionOrder[0]
        _ = screen.update(.character("1"), data: Self.data, now: Fixture.now)
        #expect(screen.phase == .choosing([shownFirst]))
        var right = Fixture.review("egress")
        _ = right.update(right.key(forOption: 1), data: Self.data, now: Fixture.now)  // option 1 is the correct one
        _ = right.update(.enter, data: Self.data, now: Fixture.now)
        #expect(right.derivedRating == .good)
    }

    @Test func theVerdictNamesTheRightAnswerByItsShownNumber() throws {
        var screen = Fixture.review("egress")
        let wrong = try #require(screen.optionOrder.first { $0 != 1 })
        _ = screen.update(screen.key(forOption: wrong), data: Self.data, now: Fixture.now)
        _ = screen.update(.enter, data: Self.data, now: Fixture.now)
        let shownNumber = try #require(screen.optionOrder.firstIndex(of: 1)) + 1
        let lines = screen.view(width: 80, height: 24, now: Fixture.now).lines
        #expect(lines.contains { $0.contains("Wrong. The answer: \(shownNumber).") }, "\(lines)")
        #expect(lines.contains { $0.contains("\(shownNumber)) [ ] NAT 게이트웨이  (missed)") }, "\(lines)")
    }

    @Test func aRedrawAndAnUndoShowTheSameOrderAndTheNextDayAnother() {
        var screen = Fixture.review("egress")
        let first = screen.optionOrder
        #expect(screen.view(width: 80, height: 24, now: Fixture.now) == screen.view(width: 80, height: 24, now: Fixture.now))
        screen.undone(card: "egress", data: Self.data, now: Fixture.now + .minutes(3))
        #expect(screen.optionOrder == first)
        let orders = Set((1...6).map { day -> [Int] in
            var later = screen
            later.show(Fixture.card("egress"), data: Self.data, now: Fixture.now + .days(day))
            return later.optionOrder
        })
        #expect(orders.count >= 3, "other days, other orders: \(orders)")
    }

    @Test func multiAnswerCardsAreShuffledAndToggleByShownNumber() {
        var screen = Fixture.review("stateful")
        let order = screen.optionOrder
        #expect(order.sorted() == [0, 1, 2])
        for index in Fixture.card("stateful").correctOptions { _ = screen.update(screen.key(forOption: index), data: Self.data, now: Fixture.now) }
        #expect(screen.phase == .choosing([0, 2]))
        _ = screen.update(.character("1"), data: Self.data, now: Fixture.now)
        #expect(screen.phase == .choosing(Set([0, 2]).symmetricDifference([order[0]])))
    }
}
