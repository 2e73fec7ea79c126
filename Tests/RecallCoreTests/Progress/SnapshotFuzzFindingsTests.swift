import Testing
@testable import RecallCore

/// Inputs the fuzz target `fuzz-snapshot` found (FuzzTesting/), each kept as a test.
@Suite struct SnapshotFuzzFindingsTests {
    static func snapshot(names: String, cards: String = "0", recent: String = "0") -> [UInt8] {
        Array("""
            {"recall":"snapshot","schema":2,"latest":null,"settings":"s","logs":0,"names":\(names),"cards":\(cards),"recent":\(recent),
            "logs":[
            ],
            "names":[
            ],
            "cards":[
            ],
            "recent":[
            ]}

            """.utf8)
    }

    /// The header's counts sized the arrays before a row was read: a damaged count of
    /// 299,999,999,999 names asked for terabytes and crashed; a negative one made an empty range trap.
    @Test(arguments: [("299999999999", "0", "0"), ("0", "299999999999", "0"), ("0", "0", "299999999999"),
                      ("-1", "0", "0"), ("0", "-5", "0"), ("0", "0", "-2")])
    func anImpossibleCountIsDamage(names: String, cards: String, recent: String) {
        #expect(throws: ProgressError.self) {
            try Snapshot.decode(Self.snapshot(names: names, cards: cards, recent: recent), path: "snapshot.json")
        }
    }

    @Test func theSameSnapshotWithRightCountsDecodes() throws {
        #expect(try Snapshot.decode(Self.snapshot(names: "0"), path: "snapshot.json")?.state == ProgressState())
    }
}
