import Foundation
import RecallCore

extension StudyConfig {
    /// Reads the config; a missing file gives the defaults.
    public static func load(_ path: String) throws(ProgressError) -> StudyConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            // `exists` gives the errno of a folder that cannot be searched, instead of "absent".
            if try DataFolder.exists(path) { throw .io(file: path, reason: .cannotReadFile(ReadFailure.problem(path))) }
            return StudyConfig()
        }
        return try decode(data, path: path)
    }
}
