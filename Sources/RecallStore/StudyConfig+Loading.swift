import Foundation
import RecallCore

extension StudyConfig {
    /// Reads the config; a missing file gives the defaults.
    public static func load(_ path: String) throws(ProgressError) -> StudyConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) { throw .io(file: path, reason: ReadFailure.message(path)) }
            return StudyConfig()
        }
        return try decode(data, path: path)
    }
}
