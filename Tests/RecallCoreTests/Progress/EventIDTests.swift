import Testing
@testable import RecallCore
import RecallTestSupport

@Suite struct EventIDTests {
    @Test func anIDReadsBackFromItsText() {
        let id = EventID(device: "k7f3q2mzab4c", seq: 17)
        #expect(id.description == "k7f3q2mzab4c:17")
        #expect(EventID(text: id.description) == id)
        #expect(EventID(text: "17") == EventID(device: "", seq: 17), "a schema-1 id")
        for bad in ["", ":", "k7f3:", "k7f3:0", "k7f3:-1", "K7F3:1", "a/b:1", "abc:1", "k7f3:1x"] {
            #expect(EventID(text: bad) == nil, "\(bad)")
        }
    }

    @Test func deviceIDsAreValidAndDiffer() {
        var random = SeededRandom(seed: 3)
        let ids = (0..<1000).map { _ in DeviceID.make(using: &random) }
        #expect(ids.allSatisfy(DeviceID.isValid))
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.utf8.count == 12 && !$0.contains("l") && !$0.contains("0") })
    }
}
