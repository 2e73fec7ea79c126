/// HTML character references: decoding what Anki fields hold, escaping what we write into them.
///
/// The named references are the ones that occur in card text (Anki's editor writes `&nbsp;`,
/// `&amp;`, `&lt;`, `&gt;`; pasted text brings typographic ones). An unknown name is not a
/// reference and stays text, as in a browser.
public enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "shy": "\u{AD}", "copy": "©", "reg": "®", "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»",
        "middot": "·", "bull": "•", "times": "×", "divide": "÷", "deg": "°", "plusmn": "±", "micro": "µ",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "lArr": "⇐", "rArr": "⇒", "hArr": "⇔",
        "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "infin": "∞", "sum": "∑", "minus": "−", "radic": "√",
        "sect": "§", "para": "¶", "euro": "€", "yen": "¥", "pound": "£", "cent": "¢", "dagger": "†",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹", "sup2": "²", "sup3": "³", "iexcl": "¡", "iquest": "¿",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "lambda": "λ", "mu": "μ", "pi": "π", "sigma": "σ",
        "check": "✓", "cross": "✗", "star": "☆", "hearts": "♥",
    ]

    /// True for `&name;` with a known name, and for decimal and hexadecimal references.
    public static func isReference(_ text: some StringProtocol) -> Bool {
        decodeOne(text) != nil
    }

    /// The character a whole reference `&…;` stands for; nil if it is not one.
    static func decodeOne(_ text: some StringProtocol) -> String? {
        guard text.count >= 3, text.first == "&", text.last == ";" else { return nil }
        let body = text.dropFirst().dropLast()
        if body.first == "#" {
            let digits = body.dropFirst()
            let hex = digits.first == "x" || digits.first == "X"
            let number = hex ? digits.dropFirst() : digits
            guard (1...7).contains(number.count), let value = UInt32(number, radix: hex ? 16 : 10) else { return nil }
            // As HTML does: NUL, surrogates and values past Unicode become U+FFFD.
            guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        return named[String(body)]
    }

    /// Decodes every reference in `text`; `&` that starts none is kept.
    public static func decode(_ text: some StringProtocol) -> String {
        let text = String(text)
        guard text.containsBytes("&"), text.contains("&") else { return text }
        var result = ""
        var index = text.startIndex
        while let amp = text[index...].firstIndex(of: "&") {
            result += text[index..<amp]
            var end = text.index(after: amp)
            var length = 0
            while end < text.endIndex, length < 33, text[end] != ";", text[end] != "&", !text[end].isWhitespace {
                end = text.index(after: end)
                length += 1
            }
            if end < text.endIndex, text[end] == ";", let decoded = decodeOne(text[amp...end]) {
                result += decoded
                index = text.index(after: end)
            } else {
                result += "&"
                index = text.index(after: amp)
            }
        }
        result += text[index...]
        return result
    }

    /// Text for an HTML element's content: `&`, `<` and `>` escaped.
    public static func escape(_ text: some StringProtocol) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) else {
            return String(text)
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for char in text {
            switch char {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(char)
            }
        }
        return result
    }

    /// Text for an attribute value in double quotes.
    public static func escapeAttribute(_ text: some StringProtocol) -> String {
        escape(text).replacing("\"", with: "&quot;")
    }
}
