import Foundation
import GRDB
import RecallCore
import ZIPFoundation

/// Writes an `AnkiCollection` as a legacy `.apkg`: the zip Anki's own export writes with
/// "Support older Anki versions" (`rslib/src/import_export/package/colpkg/export.rs`): a `meta`
/// entry saying Legacy2, the schema-11 collection as `collection.anki21`, a `collection.anki2`
/// for Anki 2.0 (here the same tables with no notes: it asks nothing of the importer), the
/// `media` map as JSON (`{"0": "vpc.png"}`) and each media file as an entry named by its number.
///
/// Why legacy and not the current, zstd-compressed schema 18: one schema (11) whose settings
/// are JSON in the `col` row instead of protobuf blobs in tables of their own, and every Anki
/// since 2.1, AnkiDroid and AnkiMobile import it (each upgrades it on import).
///
/// The database is written in one transaction with prepared statements, journal and syncing
/// off (it is a scratch file); the zip goes to a temporary file beside the target, renamed over
/// it when complete, so a failed export leaves the old file or none.
public enum AnkiPackageWriter {
    public struct Failure: Error, Hashable, Sendable {
        public var path: String
        public var reason: String
    }

    public static func write(_ collection: AnkiCollection, to path: String) throws(Failure) {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let scratch = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let fileManager = FileManager.default
        defer { try? fileManager.removeItem(at: scratch) }
        do {
            try? fileManager.removeItem(at: scratch)
            try fileManager.createDirectory(at: scratch, withIntermediateDirectories: false)
            let database = scratch.appendingPathComponent("collection.anki21")
            let dummy = scratch.appendingPathComponent("collection.anki2")
            try AnkiSchema11Writer.write(collection, to: database.path)
            var empty = collection
            (empty.notes, empty.cards, empty.revlog) = ([], [], [])
            try AnkiSchema11Writer.write(empty, to: dummy.path)
            let zip = scratch.appendingPathComponent("package.apkg")
            try writeZip(collection, database: database, dummy: dummy, to: zip)
            guard rename(zip.path, path) == 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(path: path, reason: "\(error)")
        }
    }

    private static func writeZip(_ collection: AnkiCollection, database: URL, dummy: URL, to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        try add(archive, "meta", [0x08, 0x02])  // PackageMetadata { version: LEGACY_2 }
        try archive.addEntry(with: "collection.anki21", fileURL: database, compressionMethod: .deflate)
        try archive.addEntry(with: "collection.anki2", fileURL: dummy, compressionMethod: .deflate)
        var map: [String: String] = [:]
        for (index, file) in collection.media.enumerated() { map[String(index)] = file.name }
        try add(archive, "media", Array(try JSONSerialization.data(withJSONObject: map, options: [.sortedKeys])))
        for (index, file) in collection.media.enumerated() { try add(archive, String(index), file.bytes) }
    }

    private static func add(_ archive: Archive, _ name: String, _ bytes: [UInt8]) throws {
        let data = Data(bytes)
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                             modificationDate: Date(timeIntervalSince1970: 1_577_836_800), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
