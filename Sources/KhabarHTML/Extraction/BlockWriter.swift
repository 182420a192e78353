/// Turns the chosen content nodes into sections of paragraphs.
///
/// Rules:
/// - Block elements (``ContentScorer/blockTags``) and `<br>` end a paragraph; inline elements and links
///   join the text around them.
/// - `<h1>`…`<h6>` start a new section with that heading, unless the heading repeats the title, is mostly
///   link text (a teaser list), opens with a cross-link phrase, or is longer than 200 characters (then it
///   is a paragraph).
/// - A paragraph is dropped when more than half its characters are link text, when it opens with a
///   cross-link phrase (``Boilerplate/isReadAlso(_:)``), or when it is interface wording
///   (``Boilerplate/isFurniture(_:)``).
/// - Sections left with a heading and no paragraphs at the end are dropped.
struct BlockWriter {
    private(set) var sections: [ExtractedPage.Section] = [.init(heading: nil, paragraphs: [])]
    private var buffer = ""
    private var bufferLinkChars = 0
    private var linkDepth = 0
    private let foldedTitle: String?

    init(title: String?) {
        foldedTitle = title.map { TextFolding.fold($0) }
    }

    private enum Step { case enter(HTMLNode), exit(HTMLNode) }

    mutating func write(_ nodes: [HTMLNode]) {
        for node in nodes { write(node) }
        flush()
    }

    private mutating func write(_ top: HTMLNode) {
        var stack: [Step] = [.enter(top)]
        while let step = stack.popLast() {
            switch step {
            case .exit(let node):
                if node.name == "a" { linkDepth -= 1 } else { flush() }
            case .enter(let node):
                if node.removed { continue }
                if node.kind == .text {
                    buffer += node.text
                    if linkDepth > 0 { bufferLinkChars += TextFolding.visibleLength(node.text) }
                    continue
                }
                switch node.name {
                case "h1", "h2", "h3", "h4", "h5", "h6":
                    flush()
                    heading(node)
                    continue
                case "br", "hr":
                    flush()
                    continue
                case "a":
                    linkDepth += 1
                    stack.append(.exit(node))
                default:
                    if ContentScorer.blockTags.contains(node.name) {
                        flush()
                        stack.append(.exit(node))
                    }
                }
                for child in node.children.reversed() { stack.append(.enter(child)) }
            }
        }
    }

    private mutating func heading(_ node: HTMLNode) {
        let text = TextFolding.fold(visibleText(node))
        guard !text.isEmpty else { return }
        if let t = foldedTitle, text == t { return }
        if ContentScorer.linkDensity(node) > 0.5 || Boilerplate.isReadAlso(text) || Boilerplate.isFurniture(text) { return }
        if text.count > 200 {
            appendParagraph(text)
            return
        }
        if sections.count == 1 && sections[0].heading == nil && sections[0].paragraphs.isEmpty {
            sections[0].heading = text
        } else {
            sections.append(.init(heading: text, paragraphs: []))
        }
    }

    private func visibleText(_ node: HTMLNode) -> String {
        var out = ""
        var stack: [HTMLNode] = [node]
        while let x = stack.popLast() {
            if x.removed { continue }
            if x.kind == .text { out += x.text } else { stack.append(contentsOf: x.children.reversed()) }
        }
        return out
    }

    private mutating func flush() {
        defer { buffer = ""; bufferLinkChars = 0 }
        let text = TextFolding.fold(buffer)
        guard !text.isEmpty else { return }
        let length = TextFolding.visibleLength(text)
        if bufferLinkChars * 2 > length { return }
        if Boilerplate.isReadAlso(text) || Boilerplate.isFurniture(text) { return }
        appendParagraph(text)
    }

    private mutating func appendParagraph(_ text: String) {
        sections[sections.count - 1].paragraphs.append(text)
    }

    /// The sections with empty trailing ones dropped.
    var result: [ExtractedPage.Section] {
        var out = sections
        while let last = out.last, last.paragraphs.isEmpty { out.removeLast() }
        return out
    }
}
