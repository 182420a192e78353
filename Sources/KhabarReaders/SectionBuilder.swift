import KhabarCore

/// Splits body lines into sections: a line that looks like a heading (``LineShape/isHeadingLike``)
/// and is followed by a paragraph starts a new section; every other non-empty line is a paragraph.
/// A heading-like last line, or one followed by another heading-like line, stays a paragraph.
enum SectionBuilder {
    static func sections(_ lines: [String]) -> [ArticleSection] {
        let shapes = lines.map(LineShape.init)
        var sections: [ArticleSection] = []
        var current = ArticleSection(heading: nil, paragraphs: [])
        for (i, shape) in shapes.enumerated() {
            let next = i + 1 < shapes.count ? shapes[i + 1] : nil
            if shape.isHeadingLike, let next, !next.isHeadingLike {
                if current.heading != nil || !current.paragraphs.isEmpty { sections.append(current) }
                current = ArticleSection(heading: shape.text, paragraphs: [])
            } else {
                current.paragraphs.append(shape.text)
            }
        }
        if current.heading != nil || !current.paragraphs.isEmpty { sections.append(current) }
        return sections
    }
}
