import Foundation
import GRDB
import RecallCore
import RecallTestSupport
import Testing
import ZIPFoundation
@testable import RecallAnki

/// `AnkiPackageWriter`: the zip entries Anki's legacy export writes, and the schema-11 rows read
/// back with SQLite (the real Anki's import is the check stage's, `Scripts/anki_package_export.py`).
@Suite struct AnkiPackageWriterTests {
    static let collection: AnkiCollection = {
        let basic = AnkiNotetype(id: 1_100_000_000_000, name: "Basic", kind: .standard, fields: ["Front", "Back"],
                                 templates: [.init(name: "Card 1", front: "{{Front}}", back: "{{Back}}")])
        var collection = AnkiCollection(created: 1_577_818_800, rolloverHour: 4, creationOffsetMinutesWest: -540,
                                        notetypes: [basic],
                                        decks: [AnkiDeck(id: 1_200_000_000_000, name: "AWS::네트워킹", configID: 1_300_000_000_000)],
                                        deckConfigs: [AnkiDeckConfig(id: 1_300_000_000_000, name: "recall", learningSteps: [1, 10],
                                                                     fsrsParameters: FSRSParameters.defaultWeights)])
        collection.notes = [AnkiNote(id: 1_400_000_000_000, guid: "net-nat", notetypeID: basic.id, modified: 1_773_100_000,
                                     tags: ["vpc", "nat"], fields: ["NAT 게이트웨이는 어디에?", "퍼블릭 서브넷 <img src=\"nat.png\">"])]
        collection.cards = [AnkiCard(id: 1_450_000_000_000, noteID: 1_400_000_000_000, deckID: 1_200_000_000_000, ordinal: 0,
                                     modified: 1_773_100_000, type: .review, queue: .review, due: 2_260, interval: 7,
                                     factor: 2_500, reps: 3, lapses: 1,
                                     data: AnkiCardData(stability: 7.123456, difficulty: 5.43219, desiredRetention: 0.9,
                                                        decay: 0.1542, lastReview: 1_772_500_000))]
        collection.revlog = [AnkiRevlogEntry(id: 1_772_500_000_000, cardID: 1_450_000_000_000, ease: 3, interval: 7,
                                             lastInterval: -600, factor: 592, time: 4_200, kind: .learning)]
        collection.media = [AnkiMediaFile(name: "nat.png", bytes: [0x89, 0x50, 0x4e, 0x47])]
        return collection
    }()

    @Test func theEntriesOfALegacyPackage() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("aws.apkg")
        try AnkiPackageWriter.write(Self.collection, to: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        #expect(archive.map(\.path) == ["meta", "collection.anki21", "collection.anki2", "media", "0"])
        #expect(try Self.bytes(archive, "meta") == [0x08, 0x02])
        #expect(String(decoding: try Self.bytes(archive, "media"), as: UTF8.self) == "{\"0\":\"nat.png\"}")
        #expect(try Self.bytes(archive, "0") == [0x89, 0x50, 0x4e, 0x47])
        // Nothing is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["aws.apkg"])
    }

    @Test func theRowsReadBack() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try AnkiPackageWriter.write(Self.collection, to: folder.file("aws.apkg"))
        let archive = try Archive(url: URL(fileURLWithPath: folder.file("aws.apkg")), accessMode: .read)
        let database = folder.file("collection.anki21")
        FileManager.default.createFile(atPath: database, contents: Data(try Self.bytes(archive, "collection.anki21")))
        let queue = try DatabaseQueue(path: database)
        try queue.read { db in
            let col = try #require(try Row.fetchOne(db, sql: "SELECT crt, ver, conf, models, decks, dconf FROM col"))
            #expect(col["crt"] as Int64 == 1_577_818_800 && col["ver"] as Int == 11)
            let conf = try JSONSerialization.jsonObject(with: Data((col["conf"] as String).utf8)) as? [String: Any]
            #expect(conf?["rollover"] as? Int == 4 && conf?["creationOffset"] as? Int == -540)
            let decks = try JSONSerialization.jsonObject(with: Data((col["decks"] as String).utf8)) as? [String: [String: Any]]
            #expect(decks?["1200000000000"]?["name"] as? String == "AWS::네트워킹")
            let dconf = try JSONSerialization.jsonObject(with: Data((col["dconf"] as String).utf8)) as? [String: [String: Any]]
            let options = try #require(dconf?["1300000000000"])
            #expect((options["fsrsParams6"] as? [Double])?.count == 21 && options["desiredRetention"] as? Double == 0.9)
            #expect((options["new"] as? [String: Any])?["delays"] as? [Double] == [1, 10])
            let note = try #require(try Row.fetchOne(db, sql: "SELECT guid, mid, tags, flds FROM notes"))
            #expect(note["guid"] as String == "net-nat" && note["mid"] as Int64 == 1_100_000_000_000)
            #expect(note["tags"] as String == " vpc nat ")
            #expect(note["flds"] as String == "NAT 게이트웨이는 어디에?\u{1f}퍼블릭 서브넷 <img src=\"nat.png\">")
            let card = try #require(try Row.fetchOne(db, sql: "SELECT type, queue, due, ivl, factor, reps, lapses, data FROM cards"))
            #expect([card["type"], card["queue"], card["due"], card["ivl"], card["factor"], card["reps"], card["lapses"]] as [Int]
                == [2, 2, 2_260, 7, 2_500, 3, 1])
            // Rounded as Anki rounds: s to 4 places, d to 3, dr to 2, decay to 3.
            #expect(card["data"] as String == "{\"s\":7.1235,\"d\":5.432,\"dr\":0.9,\"decay\":0.154,\"lrt\":1772500000}")
            let row = try #require(try Row.fetchOne(db, sql: "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog"))
            #expect([row["id"], row["cid"], row["ease"], row["ivl"], row["lastIvl"], row["factor"], row["time"], row["type"]] as [Int64]
                == [1_772_500_000_000, 1_450_000_000_000, 3, 7, -600, 592, 4_200, 0])
        }
    }

    @Test func aFolderThatCannotBeWrittenIsAFailureNamingTheFile() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("없는 폴더/aws.apkg")
        #expect(throws: AnkiPackageWriter.Failure.self) { try AnkiPackageWriter.write(Self.collection, to: path) }
        do {
            try AnkiPackageWriter.write(Self.collection, to: path)
        } catch {
            #expect(error.path == path)
        }
    }

    static func bytes(_ archive: Archive, _ name: String) throws -> [UInt8] {
        let entry = try #require(archive[name])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return Array(data)
    }
}
