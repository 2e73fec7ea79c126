import RecallCore

/// Breaks text into lines that fit a display width. Hangul and other wide characters count two
/// columns and are never split; lines break at spaces where possible, and inside a word only
/// when the word alone is wider than the line.
public enum TextWrap {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.lines {
            result += wrapLine(String(paragraph), width: width)
        }
        return result
    }

    /// One line of text (no newlines). Leading indentation is kept on the first line and, for
    /// list items, continuation lines hang under the item's text.
    static func wrapLine(_ line: String, width: Int) -> [String] {
        if DisplayWidth.of(line) <= width { return [line] }
        let indent = hangingIndent(of: line, width: width)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in words(line) {
            let wordWidth = DisplayWidth.of(word)
            let isSpace = word.allSatisfy { $0 == " " }
            if currentWidth + wordWidth <= width {
                current += word
                currentWidth += wordWidth
                continue
            }
            if isSpace {
                // A break point: the spaces are dropped at the end of a line.
                lines.append(current)
                current = indent
                currentWidth = DisplayWidth.of(indent)
                continue
            }
            if currentWidth > DisplayWidth.of(indent), wordWidth <= width - DisplayWidth.of(indent) {
                lines.append(current)
                current = indent + word
                currentWidth = DisplayWidth.of(indent) + wordWidth
                continue
            }
            // The word is wider than a line: break it between characters.
            for character in word {
                let w = DisplayWidth.of(character)
                if currentWidth + w > width, currentWidth > 0 {
                    lines.append(current)
                    current = indent
                    currentWidth = DisplayWidth.of(indent)
                }
                current.append(character)
                currentWidth += w
            }
        }
        if !current.isEmpty, current != indent || lines.isEmpty { lines.append(current) }
        return lines.map(\.withoutTrailingSpaces)
    }

    /// Runs of spaces and runs of non-spaces, in order.
    static func words(_ line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var inSpaces = false
        for character in line {
            let isSpace = character == " "
            if !current.isEmpty, isSpace != inSpaces {
                result.append(current)
                current = ""
            }
            inSpaces = isSpace
            current.append(character)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Spaces that line up continuation lines under a list item's text (`- `, `1. `), or the
    /// line's own indentation; never more than half the width.
    static func hangingIndent(of line: String, width: Int) -> String {
        let leading = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(leading)
        var marker = 0
        if rest.hasPrefix("- ") || rest.hasPrefix("* ") || rest.hasPrefix("+ ") {
            marker = 2
        } else if let dot = rest.firstIndex(of: "."), rest[..<dot].allSatisfy(\.isNumber), !rest[..<dot].isEmpty,
                  rest[rest.index(after: dot)...].hasPrefix(" ") {
            marker = rest.distance(from: rest.startIndex, to: dot) + 2
        }
        let indent = min(leading + marker, width / 2)
        return String(repeating: " ", count: indent)
    }
}

