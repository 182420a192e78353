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
/// - The *main run* is the paragraphs whose block sits in the element holding most of the paragraph text.
///   Before its first paragraph, short lines (≤ 15 words) holding a date or a clock time are datelines
///   and are dropped; after its last paragraph, paragraphs from other containers that speak about
///   comments, privacy, terms of use or copyright (``Boilerplate/isNotice(_:)``) are dropped.
/// - A heading that announces comments or a most-read list («التعليقات», «الأكثر قراءة», Comments)
///   ends the text: nothing after it is written (``Boilerplate/isStopHeading(_:)``).
/// - Lines without letters, bare labels (`الموضوع:`) and photo credits (`© …`) are dropped
///   (``Boilerplate/isLabelOrCredit(_:)``).
/// - Sections left with a heading and no paragraphs at the end are dropped.
struct BlockWriter {
    private struct Item {
        var text: String
        var isHeading: Bool
        var container: ObjectIdentifier?
    }

    private var items: [Item] = []
    private var blocks: [HTMLNode] = []
    private var buffer = ""
    private var bufferLinkChars = 0
    private var linkDepth = 0
    private var stopped = false
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
                if node.name == "a" { linkDepth -= 1 } else { flush(); blocks.removeLast() }
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
                        blocks.append(node)
                        stack.append(.exit(node))
                    }
                }
                for child in node.children.reversed() { stack.append(.enter(child)) }
            }
        }
    }

    private mutating func heading(_ node: HTMLNode) {
        let text = TextFolding.fold(visibleText(node))
        guard !text.isEmpty, !stopped else { return }
        if Boilerplate.isStopHeading(text) { stopped = true; return }
        if let t = foldedTitle, text == t { return }
        if ContentScorer.linkDensity(node) > 0.5 || Boilerplate.isReadAlso(text) || Boilerplate.isFurniture(text) { return }
        if text.unicodeScalars.count > 200 {
            appendParagraph(text)
            return
        }
        items.append(Item(text: text, isHeading: true, container: nil))
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
        guard !stopped else { return }
        let text = TextFolding.fold(buffer)
        guard !text.isEmpty else { return }
        let length = TextFolding.visibleLength(text)
        if bufferLinkChars * 2 > length { return }
        if Boilerplate.isReadAlso(text) || Boilerplate.isFurniture(text) || Boilerplate.isLabelOrCredit(text) { return }
        appendParagraph(text)
    }

    private mutating func appendParagraph(_ text: String) {
        // The container is the parent of the innermost block holding the text.
        let container = blocks.last?.parent.map { ObjectIdentifier($0) }
        items.append(Item(text: text, isHeading: false, container: container))
    }

    /// The sections, after the main-run rules; empty trailing sections dropped.
    var result: [ExtractedPage.Section] {
        var lengths: [ObjectIdentifier: Int] = [:]
        for item in items where !item.isHeading {
            if let c = item.container { lengths[c, default: 0] += item.text.utf8.count }
        }
        let main = lengths.max { $0.value < $1.value }?.key
        let first = items.firstIndex { !$0.isHeading && $0.container == main } ?? 0
        let last = items.lastIndex { !$0.isHeading && $0.container == main } ?? items.count - 1
        var out: [ExtractedPage.Section] = [.init(heading: nil, paragraphs: [])]
        for (i, item) in items.enumerated() {
            if item.isHeading {
                if out.count == 1 && out[0].heading == nil && out[0].paragraphs.isEmpty {
                    out[0].heading = item.text
                } else {
                    out.append(.init(heading: item.text, paragraphs: []))
                }
                continue
            }
            if i < first && Self.isDateline(item.text) { continue }
            if i > last && item.container != main && Boilerplate.isNotice(item.text) { continue }
            out[out.count - 1].paragraphs.append(item.text)
        }
        while let l = out.last, l.paragraphs.isEmpty { out.removeLast() }
        return out
    }

    /// A short line holding a date or a clock time.
    static func isDateline(_ text: String) -> Bool {
        guard TextFolding.wordCount(text) <= 15 else { return false }
        if ArabicDateText.firstDate(in: text) != nil { return true }
        let digits = Array(ISODate.westernDigits(text).utf8)
        for i in 0..<max(0, digits.count - 4) where digits[i + 2] == 0x3A {
            if (0x30...0x39).contains(digits[i]) && (0x30...0x39).contains(digits[i + 1])
                && (0x30...0x39).contains(digits[i + 3]) && (0x30...0x39).contains(digits[i + 4]) { return true }
        }
        return false
    }
}
