import Foundation
import RecallCore
import ZIPFoundation

/// Which of Anki's package formats a file is in (Anki's `meta.rs`).
public enum AnkiPackageFormat: String, Hashable, Sendable {
    /// `collection.anki2`, schema 11, no `meta` entry (Anki before 2.1).
    case legacy1
    /// `collection.anki21`, schema 11 (Anki 2.1 before 2.1.50, and "support older versions").
    case legacy2
    /// `collection.anki21b`: schema 18, zstd-compressed, with a `meta` entry (Anki 2.1.50 and later).
    case latest
}

/// A package read: its collection and the format it came in.
public struct AnkiPackage: Sendable {
    public var collection: AnkiCollection
    public var format: AnkiPackageFormat
}

/// Why a package is refused; the message names the file.
public struct AnkiPackageError: Error, Sendable {
    public var message: PackageImportMessage
}

/// Reads an Anki package (`.apkg`) into an `AnkiCollection`: the collection is extracted from
/// the zip to a temporary file (decompressed with zstd in the current format), opened read-only
/// with SQLite, checked by SQLite's `quick_check`, and read table by table; the temporary file
/// is removed before returning. Nothing is written anywhere else.
///
/// Every size is counted while inflating, never taken from the zip's headers, so a zip bomb
/// stops at the limit instead of filling the disk.
public enum AnkiPackageReader {
    /// How large an entry, and all the entries read together, may inflate.
    public struct Limits: Sendable {
        public var entry: Int
        public var total: Int

        /// 1 GiB an entry, 2 GiB in all: a collection of 100,000 cards and 1,000,000 reviews is
        /// about 150 MB.
        public init(entry: Int = 1 << 30, total: Int = 2 << 30) {
            self.entry = entry
            self.total = total
        }
    }

    public static func read(_ path: String, limits: Limits = Limits(), media: Bool = true) throws(AnkiPackageError) -> AnkiPackage {
        let file = path
        func fail(_ message: PackageImportMessage) -> AnkiPackageError { AnkiPackageError(message: message) }
        guard isZip(path) else { throw fail(.notAZip(file: file)) }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil)
        } catch {
            throw fail(.notAZip(file: file))
        }
        var extractor = Extractor(archive: archive, file: file, limits: limits)
        let format: AnkiPackageFormat
        if let meta = archive["meta"] {
            let bytes = try extractor.bytes(meta)
            let version = (try? ProtobufWire.fields(bytes[...])).flatMap { ProtobufWire.int($0, 1) } ?? 0
            switch version {
            case 1: format = .legacy1
            case 2: format = .legacy2
            case 3: format = .latest
            default: throw fail(.unknownVersion(file: file, version: Int(clamping: version)))
            }
        } else {
            format = archive["collection.anki21"] != nil ? .legacy2 : .legacy1
        }
        let name = switch format {
        case .legacy1: "collection.anki2"
        case .legacy2: "collection.anki21"
        case .latest: "collection.anki21b"
        }
        guard let entry = archive[name] else { throw fail(.noCollection(file: file)) }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-apkg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("collection.sqlite").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw fail(.cannotExtract(file: file, reason: error.localizedDescription))
        }
        if format == .latest {
            try extractor.write(try extractor.decompressed(try extractor.bytes(entry), entry: name), to: database)
        } else {
            try extractor.extract(entry, to: database)
        }
        var collection = try AnkiCollectionTables.read(database: database, file: file)
        if media {
            collection.media = try extractor.media(latest: format == .latest)
        }
        return AnkiPackage(collection: collection, format: format)
    }

    /// A zip starts with a local file header (`PK\3\4`), or is empty (`PK\5\6`).
    static func isZip(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let magic = [UInt8]((try? handle.read(upToCount: 4)) ?? Data())
        return magic == [0x50, 0x4B, 0x03, 0x04] || magic == [0x50, 0x4B, 0x05, 0x06]
    }
}
