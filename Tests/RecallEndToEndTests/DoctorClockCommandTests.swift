import Foundation
import Testing
import RecallCore
import RecallTestSupport

/// `recall doctor --at … [--json]` names a device whose clock is ahead, in both languages and
/// in JSON that does not change with the language.
@Suite struct DoctorClockCommandTests {
    @Test func doctorNamesTheDeviceAheadAndJSONHasIt() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let data = folder.file("data")
        let decks = folder.file("Decks")
        try folder.write("Decks/vpc.md", "---\ndeck: AWS::VPC\n---\n\n## NAT 게이트웨이는 무엇을 하나요?\n<!-- id: vpc-nat -->\n\n사설 서브넷의 아웃바운드 인터넷 접근\n")
        func run(_ arguments: [String], language: String = "en") throws -> RecallBinary.Output {
            try RecallBinary.run(arguments + ["--data-dir", data, "--lang", language], in: folder.url)
        }
        let answer = try run(["answer", "vpc-nat", "3", "--decks", decks, "--at", "2026-03-01T09:00:00+00:00"])
        #expect(answer.status == 0, "\(answer.stderr)")
        var bytes = Array(#"{"recall":"review-log","schema":2,"device":"p9wx2hd3tu6e","created":"2026-03-01T09:00:00.000000+00:00""#.utf8)
        bytes += Array(#","crc":""#.utf8) + Array(String(format: "%08x", CRC32.checksum(bytes)).utf8) + Array("\"}\n".utf8)
        bytes += LogEntry(seq: 1, time: TestClock.at("2026-03-01T10:30:00+00:00"), event: .review(review("vpc-nat", .hard)),
                          device: "p9wx2hd3tu6e").line
        try folder.write("data/log/p9wx2hd3tu6e.jsonl", String(decoding: bytes, as: UTF8.self))
        let at = ["--decks", decks, "--at", "2026-03-01T09:10:00+00:00"]
        let english = try run(["doctor"] + at)
        #expect(english.status == 0, "\(english.stdout)\(english.stderr)")
        #expect(english.stdout.contains("device p9wx2hd3tu6e: its latest event is dated 80 minutes after this machine's clock"))
        let korean = try run(["doctor"] + at, language: "ko")
        #expect(korean.stdout.contains("기기 p9wx2hd3tu6e: 마지막 기록이 이 기기의 시계보다 80분 뒤의 시각입니다"))
        let json = try run(["doctor", "--json"] + at)
        let jsonKorean = try run(["doctor", "--json"] + at, language: "ko")
        #expect(json.stdout == jsonKorean.stdout, "--json does not change with the language")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let skews = object?["clockSkews"] as? [[String: Any]]
        #expect(skews?.count == 1)
        #expect(skews?.first?["device"] as? String == "p9wx2hd3tu6e")
        #expect(skews?.first?["aheadSeconds"] as? Int == 4_800)
        #expect(skews?.first?["thisMachine"] as? Bool == false)
        let bad = try run(["doctor", "--at", "yesterday"])
        #expect(bad.status == 64)
    }
}
