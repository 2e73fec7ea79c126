import Foundation
import RecallCore
import ZIPFoundation

/// Takes entries out of the package's zip, counting what each inflates to against the limits
/// as it goes (a zip's sizes are what its maker wrote, not what its entries hold).
struct Extractor {
    let archive: Archive
    let file: String
    let limits: AnkiPackageReader.Limits
    private var total = 0

    init(archive: Archive, file: String, limits: AnkiPackageReader.Limits) {
        self.archive = archive
        self.file = file
        self.limits = limits
    }

    private func fail(_ message: PackageImportMessage) -> AnkiPackageError { AnkiPackageError(message: message) }

    /// Inflates the entry chunk by chunk, handing each to `body`; stops at the first chunk past
    /// a limit. A wrong checksum is damage.
    private mutating func inflate(_ entry: Entry, _ body: (Data) throws -> Void) throws(AnkiPackageError) {
        var size = 0
        var over = false
        let limits = limits
        let before = total
        let checksum: ZIPFoundation.CRC32
        do {
            checksum = try archive.extract(entry, bufferSize: 1 << 20) { chunk in
                size += chunk.count
                if size > limits.entry || before + size > limits.total {
                    over = true
                    throw CocoaError(.fileReadTooLarge)
                }
                try body(chunk)
            }
        } catch {
            if over { throw fail(.tooLarge(file: file, entry: entry.path, limit: min(limits.entry, limits.total - before))) }
            throw fail(.damagedCollection(file: file, reason: "\(entry.path): \(error.localizedDescription)"))
        }
        guard checksum == entry.checksum else {
            throw fail(.damagedCollection(file: file, reason: "\(entry.path): CRC-32 mismatch"))
        }
        total += size
    }

    mutating func bytes(_ entry: Entry) throws(AnkiPackageError) -> [UInt8] {
        var bytes: [UInt8] = []
        try inflate(entry) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Streams the entry into a new file at `path`.
    mutating func extract(_ entry: Entry, to path: String) throws(AnkiPackageError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw fail(.cannotExtract(file: file, reason: path))
        }
        defer { try? handle.close() }
        var writeError: Error?
        do {
            try inflate(entry) { chunk in
                do { try handle.write(contentsOf: chunk) } catch { writeError = error; throw error }
            }
        } catch {
            if let writeError { throw fail(.cannotExtract(file: file, reason: writeError.localizedDescription)) }
            throw error
        }
    }

    func write(_ bytes: [UInt8], to path: String) throws(AnkiPackageError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            throw fail(.cannotExtract(file: file, reason: error.localizedDescription))
        }
    }

    /// zstd data decompressed within the entry limit.
    func decompressed(_ bytes: [UInt8], entry: String) throws(AnkiPackageError) -> [UInt8] {
        do {
            return try Zstd.decompress(bytes, limit: limits.entry)
        } catch {
            if case .tooLarge = error { throw fail(.tooLarge(file: file, entry: entry, limit: limits.entry)) }
            throw fail(.badCompression(file: file, entry: entry))
        }
    }

    /// The media files: names from the `media` entry (a JSON object in the legacy formats, zstd
    /// protobuf `MediaEntries` in the current one), bytes from the entries `0`, `1`, ….
    mutating func media(latest: Bool) throws(AnkiPackageError) -> [AnkiMediaFile] {
        guard let entry = archive["media"] else { return [] }
        let map = try bytes(entry)
        var names: [(String, String)] = []
        if latest {
            guard let fields = try? ProtobufWire.fields(try decompressed(map, entry: "media")[...]) else {
                throw fail(.badContent(file: file, what: "media"))
            }
            for (index, (number, value)) in fields.enumerated() where number == 1 {
                guard case .bytes(let message) = value, let inner = try? ProtobufWire.fields(message),
                      let name = ProtobufWire.string(inner, 1) else { throw fail(.badContent(file: file, what: "media")) }
                names.append((String(index), name))
            }
        } else {
            guard let object = try? JSONSerialization.jsonObject(with: Data(map)) as? [String: String] else {
                throw fail(.badContent(file: file, what: "media"))
            }
            names = object.sorted { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }.map { ($0.key, $0.value) }
        }
        var files: [AnkiMediaFile] = []
        for (key, name) in names {
            guard let entry = archive[key] else { continue }
            var data = try bytes(entry)
            if latest { data = try decompressed(data, entry: key) }
            files.append(AnkiMediaFile(name: name, bytes: data))
        }
        return files
    }
}
