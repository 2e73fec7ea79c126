import Testing
@testable import RecallCore

/// The one deck order (issue 12, point 5): by `::` parts, a parent before its children.
@Suite struct DeckOrderTests {
    @Test func treeOrderGoesByPartsNotByCharacters() {
        let names = ["AWS-Notes", "AWS::VPC", "AWS", "AWS::S3", "기초", "AWS::S3::Glacier"]
        #expect(names.sorted(by: DeckName.precedes) == ["AWS", "AWS::S3", "AWS::S3::Glacier", "AWS::VPC", "AWS-Notes", "기초"])
        #expect(names.sorted() != names.sorted(by: DeckName.precedes), "plain string order puts AWS-Notes before AWS::S3")
    }

    @Test func treePathsAddEveryParentOnce() {
        #expect(DeckName.treePaths(["B::Two", "A", "B::One", "B::One"]) == ["A", "B", "B::One", "B::Two"])
    }

    @Test func decksOfOneNameKeepTheirFileOrder() {
        let decks = [("B", "b1.md"), ("A::X", "a.md"), ("B", "b0.md"), ("A", "z.md")]
        #expect(DeckName.inTreeOrder(decks, name: \.0).map(\.1) == ["z.md", "a.md", "b1.md", "b0.md"])
    }
}
