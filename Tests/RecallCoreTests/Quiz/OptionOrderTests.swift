import Testing
@testable import RecallCore

/// Multiple-choice options are shown shuffled, per card and study day, unless the note pins them.
@Suite struct OptionOrderTests {
    static let deck = """
        ## 프라이빗 서브넷의 EC2가 인터넷에 나가려면?
        <!-- id: nat -->
        - [ ] 인터넷 게이트웨이만
        - [x] 퍼블릭 서브넷의 NAT 게이트웨이
        - [ ] VPC 피어링
        - [ ] 게이트웨이 엔드포인트

        ## 가용성을 높이는 방법으로 맞는 것은?
        <!-- id: pinned -->
        - [ ] 한 AZ에 인스턴스를 모은다
        - [ ] 한 리전만 쓴다
        - [x] 모두 맞음
        shuffle:: no
        """

    static func card(_ id: String) throws -> Card {
        let result = DeckParser.parse(text: deck, file: "t.md", defaultDeckName: "T")
        #expect(result.diagnostics.isEmpty)
        return try #require(result.deck?.notes.flatMap(\.cards).first { $0.id == id })
    }

    @Test func theSameCardAndDayGiveTheSameOrder() throws {
        let card = try Self.card("nat")
        for day in Int64(20_400)..<20_420 {
            let order = OptionOrder.review(card, studyDay: day)
            #expect(order == OptionOrder.review(card, studyDay: day))
            #expect(order.sorted() == [0, 1, 2, 3], "a permutation of the options")
        }
    }

    @Test func otherDaysGiveOtherOrders() throws {
        let card = try Self.card("nat")
        let week = (Int64(20_400)..<20_407).map { OptionOrder.review(card, studyDay: $0) }
        #expect(Set(week).count >= 4, "\(week)")
        #expect(week.contains { $0 != [0, 1, 2, 3] }, "not the deck's order")
    }

    /// Over many days the right answer lands in every position about equally often.
    @Test func theRightAnswerMovesAcrossAllPositions() throws {
        let card = try Self.card("nat")
        var counts = [0, 0, 0, 0]
        for day in Int64(0)..<2_000 {
            let order = OptionOrder.review(card, studyDay: day)
            counts[try #require(order.firstIndex(of: 1))] += 1
        }
        #expect(counts.allSatisfy { (400...600).contains($0) }, "\(counts)")
    }

    /// Pins the algorithm, so review shows the same order on every platform and Swift release.
    @Test func theOrderIsTheSameOnEveryPlatform() throws {
        let card = try Self.card("nat")
        #expect(OptionOrder.seed(card: "nat", studyDay: 20_413) == CardID.fnv1a64(Array("nat\u{1F}20413".utf8)))
        var random = QuizRandom(seed: OptionOrder.seed(card: "nat", studyDay: 20_413))
        var expected = [0, 1, 2, 3]
        random.shuffle(&expected)
        #expect(OptionOrder.review(card, studyDay: 20_413) == expected)
    }

    @Test func aPinnedNoteKeepsItsWrittenOrder() throws {
        let card = try Self.card("pinned")
        #expect(card.note.pinsOptionOrder)
        for day in Int64(20_400)..<20_430 {
            #expect(OptionOrder.review(card, studyDay: day) == [0, 1, 2])
        }
        var random = QuizRandom(seed: 5)
        let before = random
        #expect(OptionOrder.shown(card.note, using: &random) == [0, 1, 2])
        #expect(random.next() == { var copy = before; return copy.next() }(), "a pinned note uses no draw")
    }

    @Test func theQuizKeepsAPinnedOrderAndShufflesTheRest() throws {
        let cards = DeckParser.parse(text: Self.deck, file: "t.md", defaultDeckName: "T").deck!.notes.flatMap(\.cards)
        var natOrders = Set<[String]>()
        for seed in UInt64(0)..<30 {
            let quiz = try QuizBuilder.build(cards: cards, spec: QuizSpec(count: 2, seed: seed, types: [.choice]))
            for question in quiz.questions {
                if question.card.id == "pinned" {
                    #expect(question.options == question.card.note.options)
                } else {
                    natOrders.insert(question.options.map(\.text))
                }
            }
        }
        #expect(natOrders.count > 5)
    }
}
