/// A place in a text file, 1-based, so that a message can send the user straight to it.
///
/// `column` counts Unicode scalars (characters, for Korean text), not bytes,
/// except for invalid UTF-8, where no characters exist and it counts bytes.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(line):\(column)" }

    /// `file:line`, the short form used for card sources.
    public var fileAndLine: String { "\(file):\(line)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A problem found in user data. Errors are values with a place: every one names file, line and
/// column. What it says is a message value (`DeckMessage`, `ImportMessage`), printed in the
/// interface's language with `text(_:)`; `description` and `message` are the English.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong and what to do about it, in both languages.
    public var content: any Message

    public init(_ severity: Severity, at location: SourceLocation, _ content: any Message) {
        self.severity = severity
        self.location = location
        self.content = content
    }

    /// A text that is the same in every language (one given from outside recall, or a test's).
    public init(_ severity: Severity, at location: SourceLocation, _ text: String) {
        self.init(severity, at: location, Verbatim(text: text))
    }

    public static func error(at location: SourceLocation, _ content: any Message) -> Diagnostic {
        Diagnostic(.error, at: location, content)
    }

    public static func warning(at location: SourceLocation, _ content: any Message) -> Diagnostic {
        Diagnostic(.warning, at: location, content)
    }

    public static func error(at location: SourceLocation, _ text: String) -> Diagnostic {
        Diagnostic(.error, at: location, text)
    }

    public static func warning(at location: SourceLocation, _ text: String) -> Diagnostic {
        Diagnostic(.warning, at: location, text)
    }

    /// The message alone, in English.
    public var message: String { content.english }

    /// `Decks/vpc.md:42:3: multiple-choice card has no correct option`; warnings say so.
    public var description: String { text(.en) }

    /// The whole line in `language`: `file:line:col: 오류: ...` in Korean.
    public func text(_ language: Language) -> String {
        let place = location.description
        let message = content.text(language)
        switch severity {
        case .error: return DiagnosticLine.error(place: place, message: message).text(language)
        case .warning: return DiagnosticLine.warning(place: place, message: message).text(language)
        }
    }

    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.severity == b.severity && a.location == b.location
            && a.content.english == b.content.english && a.content.korean == b.content.korean
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(location)
        hasher.combine(content.english)
    }

    /// A text kept as given in both languages.
    struct Verbatim: Message {
        var text: String
        var korean: String { text }
        var english: String { text }
        static var examples: [Verbatim] { [] }
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
}
