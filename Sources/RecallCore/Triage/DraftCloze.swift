/// The cloze sentence a basic draft becomes, and the way back: the two halves of `t` on the
/// triage screen, kept together so they stay each other's inverse.
public enum DraftCloze {
    /// `Network ACL: {{c1::a}}; {{c2::b}}`: the subject, then one numbered cloze per answer line.
    public static func sentence(subject: String, answer: [String]) -> String {
        let hidden = answer.enumerated().map { "{{c\($0.offset + 1)::\(safe($0.element))}}" }
        return subject + ": " + (hidden.isEmpty ? "{{c1::\(safe(subject))}}" : hidden.joined(separator: "; "))
    }

    /// A cloze's text may not hold `}}` or `::`, which would end or split it.
    private static func safe(_ text: String) -> String {
        text.replacing("}}", with: "} }").replacing("::", with: ": :")
    }

    /// The sentence with each cloze as `___`, and the hidden texts in order (a cloze's hint,
    /// after a second `::`, left out). `Network ACL: ___; ___` loses its trailing `: ___` parts,
    /// so a sentence made by `sentence` gives back its subject.
    public static func split(_ sentence: String) -> (question: String, hidden: [String]) {
        var question = ""
        var hidden: [String] = []
        var rest = Substring(sentence)
        while let open = rest.range(of: "{{c"), let marker = rest[open.upperBound...].range(of: "::"),
              rest[open.upperBound..<marker.lowerBound].allSatisfy(\.isNumber),
              let close = rest[marker.upperBound...].range(of: "}}") {
            question += rest[..<open.lowerBound] + "___"
            let inside = rest[marker.upperBound..<close.lowerBound]
            hidden.append(String(inside.range(of: "::").map { inside[..<$0.lowerBound] } ?? inside))
            rest = rest[close.upperBound...]
        }
        question += rest
        if let subjectEnd = question.range(of: ": ___"),
           question[subjectEnd.lowerBound...].replacing("___", with: "").allSatisfy({ ":;, ".contains($0) }) {
            question = String(question[..<subjectEnd.lowerBound])
        }
        return (question, hidden)
    }
}
