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

    /// The config of a folder about to be written, written with the defaults on first use (so
    /// that every writer, `recall sync` too, leaves the same files). Under the writer's lock.
    static func loadWritingDefaults(folder: String) throws(ProgressError) -> StudyConfig {
        let path = DataFolder.configPath(folder)
        let config = try load(path)
        if try !DataFolder.exists(path) {
            do {
                try AtomicFile.replace(path, with: config.fileBytes)
            } catch {
                throw .io(file: path, reason: error.reason)
            }
        }
        return config
    }
}

extension StudyConfig {
    /// Changes the config under the writer's lock, so that no study session appends an answer
    /// planned under the old settings while the file changes: read again inside the lock (so
    /// an edit made meanwhile is kept), changed, checked, and replaced atomically.
    public static func update(folder: String, _ change: (inout StudyConfig) -> Void) throws(ProgressError) -> StudyConfig {
        try DataFolder.create(folder)
        let lock = try StoreLock.acquire(folder: folder)
        defer { lock.release() }
        let path = DataFolder.configPath(folder)
        var config = try load(path)
        change(&config)
        if let problem = config.problem { throw .badConfig(file: path, reason: problem) }
        do {
            try AtomicFile.replace(path, with: config.fileBytes)
        } catch {
            throw .io(file: path, reason: error.reason)
        }
        return config
    }
}
