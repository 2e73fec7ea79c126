import Foundation
import RecallTestSupport

/// One way of damaging a file of the data folder, as disks, sync tools and people do it.
enum FaultCorruption: String, CaseIterable, Sendable {
    case truncateToHalf = "truncate-half"
    case truncateToZero = "truncate-zero"
    case flipMiddleByte = "flip-byte"
    case flipDigit = "flip-digit"
    case appendGarbage = "append-garbage"
    case appendLastLine = "append-last-line"
    case replaceWithOtherJSON = "replace-json"
    case replaceWithBinary = "replace-binary"
    case delete = "delete"
    case directory = "directory"
    case noPermissions = "chmod-000"

    /// Changes the bytes but not their count: without a checksum (issue 14 point 6) such a
    /// change inside a line that still parses cannot be told from an answer.
    var keepsLength: Bool { self == .flipMiddleByte || self == .flipDigit }

    /// Whether the commands must run as a user the permissions bind (not root).
    var needsUnprivilegedUser: Bool { self == .noPermissions }

    /// Damages the file at `path`; `otherJSON` is another JSON file's bytes. Returns false when
    /// the corruption cannot apply (it would leave the file as it is, as flipping an empty file).
    func apply(to path: String, otherJSON: Data) throws -> Bool {
        let url = URL(fileURLWithPath: path)
        let original = try Data(contentsOf: url)
        var bytes = [UInt8](original)
        switch self {
        case .truncateToHalf: bytes = Array(bytes.prefix(bytes.count / 2))
        case .truncateToZero: bytes = []
        case .flipMiddleByte:
            guard !bytes.isEmpty else { return false }
            bytes[bytes.count / 2] = ~bytes[bytes.count / 2]
        case .flipDigit:
            let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
            guard let index = bytes.indices.dropFirst(bytes.count / 2).first(where: { digits.contains(bytes[$0]) })
                    ?? bytes.indices.last(where: { digits.contains(bytes[$0]) }) else { return false }
            bytes[index] = bytes[index] == UInt8(ascii: "9") ? UInt8(ascii: "0") : bytes[index] + 1
        case .appendGarbage: bytes += Array("}{ garbage \"\u{1}\n".utf8) + [0xFF, 0xFE, 0x0A]
        case .appendLastLine:
            let lines = bytes.split(separator: 0x0A)
            guard let last = lines.last else { return false }
            if bytes.last != 0x0A { bytes.append(0x0A) }
            bytes += last + [0x0A]
        case .replaceWithOtherJSON: bytes = [UInt8](otherJSON)
        case .replaceWithBinary:
            var random = SeededRandom(seed: 14)
            bytes = (0..<777).map { _ in UInt8.random(in: 0...255, using: &random) }
        case .delete:
            try FileManager.default.removeItem(at: url)
            return true
        case .directory:
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
            try Data("inside\n".utf8).write(to: url.appendingPathComponent("a-file"))
            return true
        case .noPermissions:
            return chmod(path, 0) == 0
        }
        guard bytes != [UInt8](original) else { return false }
        try Data(bytes).write(to: url)
        return true
    }
}
