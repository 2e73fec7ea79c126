/// An HTML fragment, such as an Anki field, read into a tree the way a browser would read it,
/// forgivingly: unclosed elements close at the end, a stray end tag is ignored, `<li>`, `<p>`,
/// `<tr>` and table cells close the open one of their kind. Comments, `<script>` and `<style>`
/// are dropped. Text keeps its entities; `HTMLToMarkdown` decodes them after collapsing spaces.
///
/// Elements nest at most `maximumDepth` deep: deeper ones are kept, childless, beside the
/// content of the deepest open element (as browsers do past their limit), so that no walk over
/// the tree can run out of stack; `HTMLFragment.read` says when that happened.
public indirect enum HTMLNode: Hashable, Sendable {
    case text(String)
    case element(HTMLElement)
}

public struct HTMLElement: Hashable, Sendable {
    /// Lower case.
    public var name: String
    public var attributes: [String: String]
    public var children: [HTMLNode]

    public func attribute(_ name: String) -> String? { attributes[name] }

    /// The words of the `class` attribute.
    public var classes: [Substring] {
        (attributes["class"] ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
    }
}

public enum HTMLFragment {
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "wbr", "meta", "link", "col", "area", "base",
                                            "embed", "source", "track", "param"]
    static let droppedElements: Set<String> = ["script", "style", "head", "title"]

    /// How deep elements may nest: half of the 512 that Chrome and WebKit allow, which no
    /// note written by hand or by Anki's editor comes near.
    public static let maximumDepth = 256

    /// A fragment's tree, and whether elements nested deeper than `maximumDepth` were flattened.
    public struct Reading: Sendable {
        public var nodes: [HTMLNode]
        public var tooDeep: Bool
    }

    public static func parse(_ html: String) -> [HTMLNode] {
        read(html).nodes
    }

    public static func read(_ html: String) -> Reading {
        var builder = TreeBuilder()
        // CR LF and a lone CR are LF, as the HTML standard preprocesses its input: else a CR
        // stays in `<pre>` but collapses to a space elsewhere, and a round trip changes the text.
        var chars = Array(html.unicodeScalars)
        if chars.contains("\r") {
            chars = chars.indices.compactMap { i in
                chars[i] != "\r" ? chars[i] : i + 1 < chars.count && chars[i + 1] == "\n" ? nil : "\n"
            }
        }
        var index = 0
        var text = ""
        func flushText() {
            if !text.isEmpty { builder.appendText(text) }
            text = ""
        }
        while index < chars.count {
            let char = chars[index]
            guard char == "<", index + 1 < chars.count else {
                text.unicodeScalars.append(char)
                index += 1
                continue
            }
            let next = chars[index + 1]
            if next == "!" {
                flushText()
                index = skipDeclaration(chars, from: index)
            } else if next == "/" || next.properties.isAlphabetic, let read = readTag(chars, from: index) {
                guard case .tag(let tag) = read else {
                    // A tag left open to the end: it and the rest are text. (Trying again at
                    // each later `<` would read to the end each time, n² for `<a<a<a…`.)
                    text.unicodeScalars.append(contentsOf: chars[index...])
                    break
                }
                flushText()
                index = tag.end
                if tag.isEnd {
                    builder.close(tag.name)
                } else if droppedElements.contains(tag.name) {
                    index = skipElementContent(chars, from: index, name: tag.name)
                } else {
                    builder.open(HTMLElement(name: tag.name, attributes: tag.attributes, children: []),
                                 void: voidElements.contains(tag.name) || tag.selfClosing)
                }
            } else {
                text.unicodeScalars.append(char)
                index += 1
            }
        }
        flushText()
        let tooDeep = builder.tooDeep
        return Reading(nodes: builder.finish(), tooDeep: tooDeep)
    }

    /// `<!-- … -->` or `<!DOCTYPE …>`: skipped whole.
    static func skipDeclaration(_ chars: [Unicode.Scalar], from start: Int) -> Int {
        if start + 3 < chars.count, chars[start + 2] == "-", chars[start + 3] == "-" {
            var index = start + 4
            while index + 2 < chars.count {
                if chars[index] == "-", chars[index + 1] == "-", chars[index + 2] == ">" { return index + 3 }
                index += 1
            }
            return chars.count
        }
        var index = start
        while index < chars.count, chars[index] != ">" { index += 1 }
        return min(index + 1, chars.count)
    }

    static func skipElementContent(_ chars: [Unicode.Scalar], from start: Int, name: String) -> Int {
        let closing = Array("</\(name)".unicodeScalars)
        var index = start
        while index + closing.count <= chars.count {
            if zip(chars[index..<(index + closing.count)], closing).allSatisfy({ $0.properties.lowercaseMapping == String($1) }) {
                while index < chars.count, chars[index] != ">" { index += 1 }
                return min(index + 1, chars.count)
            }
            index += 1
        }
        return chars.count
    }

    struct Tag {
        var name: String
        var isEnd: Bool
        var selfClosing: Bool
        var attributes: [String: String]
        var end: Int
    }

    enum TagRead {
        case tag(Tag)
        /// The input ended inside the tag (no `>`, or a quote never closed).
        case unterminated
    }

    /// Reads `<name attr="v" attr2=v attr3>` or `</name>`; nil if it has no name.
    static func readTag(_ chars: [Unicode.Scalar], from start: Int) -> TagRead? {
        var index = start + 1
        let isEnd = chars[index] == "/"
        if isEnd { index += 1 }
        var name = ""
        while index < chars.count, chars[index].properties.isAlphabetic || ("0"..."9").contains(chars[index]) || chars[index] == "-" {
            name.unicodeScalars.append(chars[index])
            index += 1
        }
        guard !name.isEmpty else { return nil }
        var attributes: [String: String] = [:]
        var selfClosing = false
        while index < chars.count {
            let char = chars[index]
            if char == ">" {
                return .tag(Tag(name: name.lowercased(), isEnd: isEnd, selfClosing: selfClosing, attributes: attributes, end: index + 1))
            }
            if char == "/" || char == " " || char == "\t" || char == "\n" || char == "\r" {
                selfClosing = char == "/"
                index += 1
                continue
            }
            selfClosing = false
            var key = ""
            while index < chars.count, !" \t\n\r/>=".unicodeScalars.contains(chars[index]) {
                key.unicodeScalars.append(chars[index])
                index += 1
            }
            var value = ""
            if index < chars.count, chars[index] == "=" {
                index += 1
                if index < chars.count, chars[index] == "\"" || chars[index] == "'" {
                    let quote = chars[index]
                    index += 1
                    while index < chars.count, chars[index] != quote {
                        value.unicodeScalars.append(chars[index])
                        index += 1
                    }
                    index += 1
                } else {
                    while index < chars.count, !" \t\n\r>".unicodeScalars.contains(chars[index]) {
                        value.unicodeScalars.append(chars[index])
                        index += 1
                    }
                }
            }
            if !key.isEmpty { attributes[key.lowercased()] = HTMLEntities.decode(value) }
        }
        return .unterminated
    }

    /// Builds the tree with a stack of open elements.
    struct TreeBuilder {
        var stack: [HTMLElement] = [HTMLElement(name: "#root", attributes: [:], children: [])]
        var tooDeep = false

        /// Opening one of these closes an open element of the listed kinds (up to a boundary).
        static let implicitlyClosed: [String: Set<String>] = [
            "li": ["li"], "p": ["p"], "tr": ["tr", "td", "th"], "td": ["td", "th"], "th": ["td", "th"],
            "thead": ["tr", "td", "th", "thead", "tbody"], "tbody": ["tr", "td", "th", "thead", "tbody"],
        ]

        mutating func appendText(_ text: String) {
            stack[stack.count - 1].children.append(.text(text))
        }

        mutating func open(_ element: HTMLElement, void: Bool) {
            if let closes = Self.implicitlyClosed[element.name] {
                while let top = stack.last, closes.contains(top.name) { closeTop() }
            }
            // The stack holds the root too: its count is the depth the new element would have.
            if void || stack.count > HTMLFragment.maximumDepth {
                if !void { tooDeep = true }
                stack[stack.count - 1].children.append(.element(element))
            } else {
                stack.append(element)
            }
        }

        /// Closes up to the nearest open element named `name`; a stray end tag does nothing.
        mutating func close(_ name: String) {
            guard let position = stack.lastIndex(where: { $0.name == name }), position > 0 else { return }
            while stack.count > position { closeTop() }
        }

        mutating func closeTop() {
            let element = stack.removeLast()
            stack[stack.count - 1].children.append(.element(element))
        }

        mutating func finish() -> [HTMLNode] {
            while stack.count > 1 { closeTop() }
            return stack[0].children
        }
    }
}
