import Foundation
import RecallCore
import Testing
@testable import RecallAnki

/// The reader on packages the real Anki made (Scripts/make-anki-fixtures), compared with what
/// Anki's own library read from the same collection (sample.json).
@Suite struct AnkiPackageReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    struct Facts: Decodable {
        var notes: [[Value]]
        var cards: [[Int64]]
        var revlog: [[Int64]]
        var decks: [String]
        var crt: Int64
    }

    enum Value: Decodable {
        case int(Int64), text(String)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Int64.self) { self = .int(value) } else { self = .text(try container.decode(String.self)) }
        }
        var text: String { if case .text(let text) = self { return text } else { return "" } }
        var int: Int64 { if case .int(let value) = self { return value } else { return 0 } }
    }

    static func facts() throws -> Facts {
        try JSONDecoder().decode(Facts.self, from: Data(contentsOf: fixtures.appendingPathComponent("sample.json")))
    }

    @Test(arguments: [("sample-latest.apkg", AnkiPackageFormat.latest), ("sample-legacy.apkg", .legacy2)])
    func readsWhatAnkiWrote(name: String, format: AnkiPackageFormat) throws {
        let package = try AnkiPackageReader.read(Self.fixture(name))
        let facts = try Self.facts()
        let collection = package.collection
        #expect(package.format == format)
        #expect(collection.created == facts.crt)
        #expect(collection.rolloverHour == 4)
        #expect(collection.notes.map(\.id) == facts.notes.map { $0[0].int })
        #expect(collection.notes.map(\.guid) == facts.notes.map { $0[1].text })
        #expect(collection.notes.map { $0.fields.joined(separator: "\u{1f}") } == facts.notes.map { $0[4].text })
        #expect(collection.notes.map(\.tags) == facts.notes.map { $0[3].text.split(separator: " ").map(String.init) })
        #expect(collection.notes.first?.fields == ["VPC란?", "가상 사설 <b>네트워크</b>"])
        #expect(collection.cards.map { [$0.id, $0.noteID, $0.deckID, Int64($0.ordinal), Int64($0.type.rawValue), Int64($0.queue.rawValue),
                                        $0.due, Int64($0.interval), Int64($0.reps), Int64($0.lapses)] } == facts.cards)
        #expect(collection.revlog.map { [$0.id, $0.cardID, Int64($0.ease), Int64($0.interval), Int64($0.lastInterval), Int64($0.factor),
                                         Int64($0.time), Int64($0.kind.rawValue)] } == facts.revlog)
        #expect(Set(collection.decks.map(\.name)).isSuperset(of: ["AWS", "AWS::S3", "AWS::VPC"]))
        let names = Set(collection.notetypes.map(\.name))
        #expect(names.isSuperset(of: ["Basic", "Basic (and reversed card)", "Basic (optional reversed card)",
                                      "Basic (type in the answer)", "Cloze", "세 장 카드"]))
        let cloze = try #require(collection.notetypes.first { $0.name == "Cloze" })
        #expect(cloze.kind == .cloze && cloze.fields.first == "Text" && cloze.templates.first?.front.contains("{{cloze:Text}}") == true)
        let three = try #require(collection.notetypes.first { $0.name == "세 장 카드" })
        #expect(three.fields == ["용어", "정의", "예"] && three.templates.map(\.front) == ["{{용어}}", "{{정의}}", "{{예}}"])
        // FSRS was on: reviewed cards carry their memory state.
        #expect(collection.cards.filter { $0.reps > 0 }.allSatisfy { $0.data.stability != nil && $0.data.difficulty != nil })
        // The image, listed in `media` (JSON, or zstd protobuf in the current format), zstd inside in the current one.
        #expect(collection.media == [AnkiMediaFile(name: "vpc-구성도.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("서브넷 구성도".utf8))])
        #expect(try AnkiPackageReader.read(Self.fixture(name), media: false).collection.media.isEmpty)
        let config = try #require(collection.deckConfigs.first { $0.id == 1 })
        #expect(config.learningSteps == [1, 10] && config.relearningSteps == [10] && config.desiredRetention == 0.9)
    }

    @Test func bothFormatsReadTheSame() throws {
        let latest = try AnkiPackageReader.read(Self.fixture("sample-latest.apkg")).collection
        let legacy = try AnkiPackageReader.read(Self.fixture("sample-legacy.apkg")).collection
        #expect(latest.notes == legacy.notes)
        #expect(latest.cards.map(\.id) == legacy.cards.map(\.id))
        #expect(latest.revlog == legacy.revlog)
        #expect(latest.notetypes.map(\.fields) == legacy.notetypes.map(\.fields))
        #expect(latest.notetypes.map(\.templates) == legacy.notetypes.map(\.templates))
    }

    static func refusal(_ path: String, limits: AnkiPackageReader.Limits = .init()) -> PackageImportMessage? {
        do {
            _ = try AnkiPackageReader.read(path, limits: limits)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func refusesWhatIsNoPackage() {
        let notZip = Self.fixture("bad-not-a-zip.apkg")
        guard case .notAZip(let file) = Self.refusal(notZip) else { Issue.record("not refused as not a zip"); return }
        #expect(file == notZip)
        let empty = Self.fixture("bad-no-collection.apkg")
        guard case .noCollection(let emptyFile) = Self.refusal(empty) else { Issue.record("not refused as without collection"); return }
        #expect(emptyFile == empty)
        #expect(Self.refusal(Self.fixture("missing.apkg")).map { if case .notAZip = $0 { true } else { false } } == true)
    }

    @Test func refusesATruncatedDatabase() {
        let path = Self.fixture("bad-truncated.apkg")
        guard case .damagedCollection(let file, _) = Self.refusal(path) else { Issue.record("not refused as damaged"); return }
        #expect(file == path)
    }

    @Test func refusesAnUnknownVersion() {
        guard case .unknownVersion(_, let version) = Self.refusal(Self.fixture("bad-version-7.apkg")) else {
            Issue.record("not refused as an unknown version")
            return
        }
        #expect(version == 7)
    }

    @Test func refusesAnEntryPastTheLimitWhileInflating() {
        // The legacy collection inflates to 150 kB; the current one is zstd inside the zip.
        guard case .tooLarge(_, let entry, _) = Self.refusal(Self.fixture("sample-legacy.apkg"), limits: .init(entry: 64 << 10)) else {
            Issue.record("a deflated entry past the limit was read")
            return
        }
        #expect(entry == "collection.anki21")
        guard case .tooLarge(_, let zstdEntry, _) = Self.refusal(Self.fixture("sample-latest.apkg"), limits: .init(entry: 8 << 10)) else {
            Issue.record("a zstd entry past the limit was read")
            return
        }
        #expect(zstdEntry == "collection.anki21b")
        guard case .tooLarge = Self.refusal(Self.fixture("sample-legacy.apkg"), limits: .init(entry: 1 << 20, total: 100 << 10)) else {
            Issue.record("entries past the total limit were read")
            return
        }
    }

    @Test func protobufWireReadsPackedFloatsAndSkipsUnknownFields() throws {
        // field 1 varint 3; field 2 bytes "한"; field 5 packed floats [1, 10]; field 9 fixed64 (unknown).
        let bytes: [UInt8] = [0x08, 0x03, 0x12, 0x03, 0xED, 0x95, 0x9C, 0x2A, 0x08, 0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x20, 0x41,
                              0x49, 1, 2, 3, 4, 5, 6, 7, 8]
        let fields = try ProtobufWire.fields(bytes[...])
        #expect(ProtobufWire.int(fields, 1) == 3)
        #expect(ProtobufWire.string(fields, 2) == "한")
        #expect(ProtobufWire.floats(fields, 5) == [1, 10])
        #expect(throws: ProtobufWire.Malformed.self) { try ProtobufWire.fields([0x12, 0x05, 0x01][...]) }
    }
}
