import Testing
@testable import RecallCore

/// Notes with long runs of link and tag openers: extraction reads them in time proportional to
/// their length (at these sizes the old scans, which searched to the end of the line from each
/// opener, took minutes) and still finds the cards around them.
@Suite struct ExtractLimitsTests {
    @Test(arguments: ["[", "![", "<a", "[x]", "<a <"])
    func aLongRunOfOpenersGivesNoCardAndNoWait(_ opener: String) {
        let run = String(repeating: opener, count: 200_000)
        #expect(extract("## VPC\n\(run)\n").isEmpty)
        #expect(NoteInline.clean(Substring(run + " 끝")) == nil || NoteInline.clean(Substring(run + " 끝"))!.hasSuffix("끝"))
    }

    @Test func linksAndTagsAfterARunAreStillRead() {
        let line = String(repeating: "[", count: 50_000) + "] 앞 [서브넷](https://x.y) 과 <b>라우팅</b> 표"
        // The `[]` the run ends in goes, as every empty pair of brackets does.
        let cleaned = NoteInline.clean(Substring(line)) == String(repeating: "[", count: 49_999) + " 앞 서브넷 과 라우팅 표"
        #expect(cleaned)
        #expect(NoteInline.clean("[[[a] b [c](d) ![그림](e.png) <a <i>기울임</i>") == "[[[a] b c <a 기울임")
        #expect(NoteInline.clean("[열림 [링크](f") == "[열림 [링크](f")
    }
}
