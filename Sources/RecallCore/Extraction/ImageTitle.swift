/// What a talk's title names, for the context of its cards: `바쁘다 바빠, 현대사회! Amazon Kendra로
/// 원하는 자료를 …` → `Amazon Kendra`. A whole title is too long to stand before every question.
enum ImageTitle {
    /// The `Amazon …`/`AWS …` product named in `alt`, else its longest run of capitalised Latin
    /// words (`Modern Transactional Data Lake`), else the title itself when it is short; nil
    /// when none fits (the image still ends the part above it).
    static func subject(_ alt: Substring) -> String? {
        guard let title = NoteInline.clean(alt) else { return nil }
        let words = title.split(separator: " ").map { $0.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }
        let isName: (Substring) -> Bool = { $0.first?.isUppercase == true }
        var runs: [[Substring]] = []
        var run: [Substring] = []
        for (index, word) in words.enumerated() {
            let whole = word.count == title.split(separator: " ")[index].count
            if isName(word) { run.append(word) } else if !run.isEmpty { runs.append(run); run = [] }
            // `Kendra로`: the name ends where Hangul begins.
            if !whole, !run.isEmpty { runs.append(run); run = [] }
        }
        if !run.isEmpty { runs.append(run) }
        if let product = runs.first(where: { ["Amazon", "AWS"].contains($0[0]) && $0.count >= 2 }) {
            return product.prefix(4).joined(separator: " ")
        }
        let named = runs.filter { !($0.count == 1 && $0[0].allSatisfy(\.isUppercase)) }
        if let longest = named.max(by: { $0.count < $1.count }) { return longest.prefix(4).joined(separator: " ") }
        return title.count <= 40 ? title : nil
    }
}
