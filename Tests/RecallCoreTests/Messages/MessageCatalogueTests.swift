import Foundation
import Testing
@testable import RecallCore

/// The message catalogue is whole: every enum of messages is listed in `MessageCatalogue.all`,
/// every case of each has an example, and every example has both languages, its Korean in
/// Korean. (A case without a text in one language does not compile: `korean` and `english` are
/// exhaustive switches.)
@Suite struct MessageCatalogueTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Sources/RecallCore/Messages").standardized

    /// `enum Name: Message` (or `Message` among its conformances) and the cases it declares, read
    /// from the sources: what the examples must cover.
    static func declaredCases() throws -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            var current: String?
            var depth = 0
            var enumDepth = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                // `indirect` (an enum or a case holding a message of its own kind) changes nothing here.
                let trimmed = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "indirect ", with: "")
                if let match = trimmed.firstMatch(of: /^(?:public )?enum (\w+)\s*:\s*([^{]*)\{/),
                   match.2.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == "Message" }) {
                    current = String(match.1)
                    enumDepth = depth + 1
                    result[current!, default: []] = []
                } else if let name = current, depth == enumDepth, let match = trimmed.firstMatch(of: /^case (\w[^=:]*?)(?:\(|$|,)/) {
                    // `case a, b` or `case a(x: Int, y: Int)`: the names before any parenthesis
                    // (the associated values, commas and all, taken out first).
                    let names = trimmed.dropFirst(5).replacing(/\([^()]*(\([^()]*\)[^()]*)*\)/, with: "").split(separator: ",").map {
                        $0.trimmingCharacters(in: .whitespaces).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                    }
                    _ = match
                    for caseName in names where !caseName.isEmpty { result[name]!.insert(String(caseName)) }
                }
                depth += line.filter { $0 == "{" }.count - line.filter { $0 == "}" }.count
                if current != nil, depth < enumDepth { current = nil }
            }
        }
        return result
    }

    /// The case name of a value: its label, or itself when it has no payload.
    static func caseName(_ value: Any) -> String {
        Mirror(reflecting: value).children.first?.label ?? String(describing: value)
    }

    @Test func everyEnumIsListedAndEveryCaseHasAnExample() throws {
        let declared = try Self.declaredCases()
        let listed = Set(MessageCatalogue.all.map { String(describing: $0) })
        #expect(Set(declared.keys) == listed, "MessageCatalogue.all must list every enum of messages in Sources/RecallCore/Messages")
        for type in MessageCatalogue.all {
            let name = String(describing: type)
            let covered = Set(type.examples.map { Self.caseName($0) })
            let missing = (declared[name] ?? []).subtracting(covered)
            #expect(missing.isEmpty, "\(name).examples has no example of \(missing.sorted())")
        }
    }

    @Test func everyExampleReadsInBothLanguages() {
        for type in MessageCatalogue.all {
            for example in type.examples {
                let korean = example.korean, english = example.english
                #expect(!korean.isEmpty && !english.isEmpty, "\(type).\(Self.caseName(example)) is empty in a language")
                let hasLetters = english.unicodeScalars.contains { $0.properties.isAlphabetic }
                let hasHangul = korean.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
                #expect(hasHangul || !hasLetters, "\(type).\(Self.caseName(example)) is not Korean in Korean: \(korean)")
            }
        }
    }

    @Test func theCaseReaderFindsCases() throws {
        // A guard for the reader above: an enum of messages, written as the catalogue's are.
        let declared = try Self.declaredCases()
        for type in MessageCatalogue.all {
            #expect(!(declared[String(describing: type)] ?? []).isEmpty, "no cases read for \(type)")
        }
    }
}
