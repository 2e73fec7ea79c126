import Foundation

/// The images of exported notes under the names they have in the package: a field's
/// `<img src="images/vpc.png">` becomes `<img src="vpc.png">` (Anki keeps media flat, by file
/// name), and the file goes into the package once. Two files with the same name from different
/// folders get `2-vpc.png`, … in the order met.
struct AnkiMediaNames {
    private(set) var files: [AnkiMediaFile] = []
    private var names: [String: String] = [:]  // path -> name in the package
    private var usedNames = Set<String>()

    /// `html` with each image whose bytes are in `media` pointing at its package name.
    mutating func replacing(in html: String, note: Note, media: [String: [UInt8]]) -> String {
        var result = html
        for source in Self.sources(in: html) {
            guard let path = Self.path(source, of: note), let bytes = media[path] else { continue }
            let name = self.name(for: path, bytes: bytes)
            result = result.replacing("src=\"" + HTMLEntities.escapeAttribute(source) + "\"",
                                      with: "src=\"" + HTMLEntities.escapeAttribute(name) + "\"")
        }
        return result
    }

    private mutating func name(for path: String, bytes: [UInt8]) -> String {
        if let name = names[path] { return name }
        let file = (path as NSString).lastPathComponent
        var name = file
        var n = 1
        while usedNames.contains(name) {
            n += 1
            name = "\(n)-\(file)"
        }
        usedNames.insert(name)
        names[path] = name
        files.append(AnkiMediaFile(name: name, bytes: bytes))
        return name
    }

    /// The `src` of each `<img>` in `html`, unescaped.
    static func sources(in html: String) -> [String] {
        var sources: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<img src=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            sources.append(HTMLEntities.decode(String(rest[..<end])))
            rest = rest[end...]
        }
        return sources
    }

    /// A relative image path resolved against the note's deck file folder; nil for a URL or
    /// an absolute path (which a package cannot carry).
    static func path(_ source: String, of note: Note) -> String? {
        guard !source.isEmpty, !source.hasPrefix("/"), !source.contains("://"), !source.hasPrefix("data:") else { return nil }
        let folder = (note.location.file as NSString).deletingLastPathComponent
        return ((folder.isEmpty ? source : folder + "/" + source) as NSString).standardizingPath
    }
}
