import RecallCore
import Foundation

/// Creates a folder and the folders above it with mkdir(2), so that a failure says in words
/// which part of the path is in the way and why (from errno), where Foundation's
/// `createDirectory` says "The operation could not be completed (NSCocoaErrorDomain error 512)".
public enum FolderCreation {
    public struct Failure: Error, CustomStringConvertible, Hashable, Sendable {
        /// The folder asked for.
        public var folder: String
        /// What went wrong, naming the part of the path: `Notes is a file, not a folder`.
        public var reason: IOProblem
        public var description: String { "cannot create the folder \(folder): \(reason.english)" }
    }

    /// Does nothing when the folder exists; `mode` is for the folders it makes.
    public static func create(_ folder: String, mode: mode_t = 0o755) throws(Failure) {
        let absolute = folder.hasPrefix("/")
        var path = absolute ? "" : "."
        var shown = ""
        for part in folder.split(separator: "/") where !part.isEmpty && part != "." {
            path += "/" + part
            shown = shown.isEmpty ? (absolute ? "/" + part : String(part)) : shown + "/" + part
            var status = stat()
            if stat(path, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFDIR else {
                    throw Failure(folder: folder, reason: .partIsFile(shown))
                }
                continue
            }
            if mkdir(path, mode) != 0, errno != EEXIST {
                throw Failure(folder: folder, reason: .cannotMakeFolder(shown, system: String(cString: strerror(errno))))
            }
        }
    }
}
