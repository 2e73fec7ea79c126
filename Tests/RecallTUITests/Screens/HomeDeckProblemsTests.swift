import RecallCore
@testable import RecallTUI
import Testing

/// Deck errors leave cards out; the home screen says so, rather than only the shell after quitting.
@Suite struct HomeDeckProblemsTests {
    static func library(_ texts: [(String, String)]) -> DeckLibrary {
        var decks: [Deck] = []
        var diagnostics: [Diagnostic] = []
        for (file, text) in texts {
            let result = DeckParser.parse(text: text, file: file, defaultDeckName: "d")
            if let deck = result.deck { decks.append(deck) }
            diagnostics.append(contentsOf: result.diagnostics)
        }
        return DeckLibrary(decks: decks, diagnostics: diagnostics)
    }

    static let bad = """
    ---
    deck: Bad
    ---
    ## 질문
    <!-- id: q1 -->
    - [ ] 하나
    - [ ] 둘

    ## 두 번째 질문
    <!-- id: q2 -->
    - [ ] 셋
    - [ ] 넷

    ## 세 번째
    <!-- id: q3 -->
    답
    """

    @Test func errorsInTheDecksAreCountedOnTheHomeScreen() {
        let library = Self.library([("Decks/a.md", Self.bad), ("Decks/b.md", Self.bad.replacingOccurrences(of: "id: q", with: "id: r")), ("Decks/vpc.md", Fixture.deckText)])
        let data = StudyData(library: library, progress: ProgressState(), config: StudyConfig(), schedulers: .defaults,
                             timeZone: Fixture.timeZone)
        let screen = HomeScreen(data: data, now: Fixture.now).view(width: 80, height: 24).lines
        #expect(screen[1].contains("4 errors in 2 files: run 'recall check'"))
    }

    @Test func cleanDecksSayNothing() {
        let screen = HomeScreen(data: Fixture.data(), now: Fixture.now).view(width: 80, height: 24).lines
        #expect(screen[1].trimmingCharacters(in: .whitespaces).isEmpty)
    }
}

extension HomeDeckProblemsTests {
    /// In Korean the notice names `recall check` first, so a 40-column screen still shows it.
    @Test(arguments: [80, 40]) func theNoticeIsKoreanInKorean(width: Int) {
        let library = Self.library([("Decks/a.md", Self.bad), ("Decks/b.md", Self.bad.replacingOccurrences(of: "id: q", with: "id: r"))])
        var data = StudyData(library: library, progress: ProgressState(), config: StudyConfig(), schedulers: .defaults,
                             timeZone: Fixture.timeZone)
        data.language = .ko
        let screen = HomeScreen(data: data, now: Fixture.now).view(width: width, height: 12).lines
        #expect(screen[1].hasPrefix(" 오류 4개(파일 2개), 확인: recall check"), "\(screen[1])")
    }
}
